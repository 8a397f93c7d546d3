/**
 * What the page says about a doubtful field: the field's name as the plans
 * print it, why the importer doubts it, and which source lines to read.
 * Shared by the task page note, /chat-luong/ and tasks.csv.
 */
import { TASK_FIELDS, type FieldDoubt, type TaskField } from '../../schema/task';

export const FIELD_LABEL: Record<TaskField, string> = {
  title: 'Nhiệm vụ',
  objective: 'Mục tiêu',
  activities: 'Hoạt động',
  outputs: 'Kết quả, sản phẩm',
  lead: 'Chủ trì',
  coordinate: 'Phối hợp',
  time: 'Thời gian',
  budget: 'Kinh phí',
  note: 'Ghi chú',
};

/** Derived fields are not cut from a cell: they say where they came from instead. */
const DERIVED = new Set(['lead-derived']);

/** The single line all of a field's doubts point at, if there is one. */
function oneLine(ds: readonly FieldDoubt[]): [number, number] | undefined {
  const lines = new Set(ds.flatMap((d) => d.lines));
  return lines.size === 1 ? [ds[0]!.lines[0], ds[0]!.lines[0]] : undefined;
}

export interface DoubtNote {
  field: TaskField;
  label: string;
  /** "Ô này có thể chưa được tách đúng" or, for a derived unit, where it came from. */
  text: string;
  reasons: string[];
  lines: [number, number];
}

/**
 * One note per doubtful field, in TASK_FIELDS order. It links the one line
 * its doubts point at, else the task's own lines: the source page anchors
 * single lines and whole tasks, not arbitrary stretches.
 */
export function doubtNotes(doubts: readonly FieldDoubt[], taskLines: [number, number]): DoubtNote[] {
  const byField = new Map<TaskField, FieldDoubt[]>();
  for (const d of doubts) byField.set(d.field, [...(byField.get(d.field) ?? []), d]);
  return TASK_FIELDS.flatMap((field) => {
    const ds = byField.get(field);
    if (!ds) return [];
    const derived = ds.every((d) => DERIVED.has(d.reason));
    return [
      {
        field,
        label: FIELD_LABEL[field],
        text: derived
          ? 'Văn bản không ghi đơn vị ở nhiệm vụ này; đơn vị được suy ra từ phần Tổ chức thực hiện'
          : 'Ô này có thể chưa được tách đúng',
        reasons: [...new Set(ds.map((d) => d.reason))],
        lines: oneLine(ds) ?? taskLines,
      },
    ];
  });
}
