/**
 * Per-field confidence: a field is doubtful wherever the importer itself
 * raised a warning on its cell, or took its value from elsewhere than the
 * task (a lead from the duties section). Pure: tasks and diagnostics in,
 * confidence and doubts out; nothing here changes a value.
 */
import { TASK_FIELDS, type FieldDoubt, type Task, type TaskConfidence, type TaskField } from '../schema/task';
import type { Diagnostic } from '../schema/quality';
import { foldVietnamese } from '../text/fold';

/** Column order of the tables: a shifted row is doubtful from its first shifted column on. */
const COLUMN_ORDER: readonly TaskField[] = TASK_FIELDS;

/** Header words (folded) → field. Checked in order: "Cơ quan chủ trì" before "Nhiệm vụ". */
const HEADER_FIELD: readonly [RegExp, TaskField][] = [
  [/chu tri|^lead/, 'lead'],
  [/phoi hop|^coordinate/, 'coordinate'],
  [/thoi gian|thoi han|^time/, 'time'],
  [/ket qua|san pham|^outputs?$/, 'outputs'],
  [/hoat dong|^activit/, 'activities'],
  [/kinh phi|^budget/, 'budget'],
  [/ghi chu|^note/, 'note'],
  [/muc tieu|^objective/, 'objective'],
  [/nhiem vu|^title/, 'title'],
];

/** Warnings that name no column but concern every cell of the row. */
const WHOLE_ROW = new Set(['pdf-row-rejoined', 'items-unsplit']);

/** The task fields a diagnostic points at ([] when it concerns no field of a task). */
export function fieldsOf(d: Pick<Diagnostic, 'code' | 'field'>): TaskField[] {
  if (WHOLE_ROW.has(d.code)) return [...COLUMN_ORDER];
  if (!d.field) return [];
  const folded = foldVietnamese(d.field).replace(/^\d+\s*-\s*/, '');
  const hit = HEADER_FIELD.find(([re]) => re.test(folded))?.[1];
  if (!hit) return [];
  if (d.code === 'shifted-row') return COLUMN_ORDER.slice(COLUMN_ORDER.indexOf(hit));
  // A fragment left unmended is the end of the cell before it, and the cell after may hold what it displaced.
  if (d.code === 'pdf-fragment') {
    const k = COLUMN_ORDER.indexOf(hit);
    return [COLUMN_ORDER[k - 1], hit, COLUMN_ORDER[k + 1]].filter((f): f is TaskField => f !== undefined);
  }
  return [hit];
}

/** Whether the task has anything in this field. */
function filled(t: Omit<Task, 'corrections' | 'confidence' | 'doubts'>, f: TaskField): boolean {
  const acts = t.activities;
  switch (f) {
    case 'title':
    case 'objective':
    case 'budget':
    case 'note':
      return t[f] !== '';
    case 'activities':
      return acts.some((a) => a.text !== '' || a.task);
    case 'outputs':
      return t.outputs.length > 0 || acts.some((a) => a.outputs.length > 0);
    case 'lead':
      return t.leadRaw !== '';
    case 'coordinate':
      return t.coordinateRaw !== '';
    case 'time':
      return t.time !== null;
  }
}

const inside = (line: number, [first, last]: [number, number]) => line >= first && line <= last;

/**
 * Confidence of every task of one plan from that plan's diagnostics. Only
 * warnings count: info entries record a decision the importer is sure of.
 */
export function confidenceOf(
  tasks: readonly Omit<Task, 'corrections' | 'confidence' | 'doubts'>[],
  diagnostics: readonly Diagnostic[],
): { confidence: TaskConfidence; doubts: FieldDoubt[] }[] {
  const out = tasks.map(() => ({ doubts: [] as FieldDoubt[] }));
  for (const d of diagnostics) {
    if (d.level !== 'warning' || d.line === undefined) continue;
    const fields = fieldsOf(d);
    if (!fields.length) continue;
    const k = tasks.findIndex((t) => inside(d.line!, t.source.lines));
    if (k < 0) continue;
    // A warning on the whole row leaves alone the fields this task does not have.
    const named = fields.length > 1 ? fields.filter((f) => filled(tasks[k]!, f)) : fields;
    for (const field of named) out[k]!.doubts.push({ field, reason: d.code, lines: [d.line, d.line] });
  }
  // Units the task itself does not name: taken from the duties section.
  tasks.forEach((t, k) => {
    if (!t.leadDerived) return;
    out[k]!.doubts.push({ field: 'lead', reason: 'lead-derived', lines: t.source.lines });
    if (t.coordinateRaw) out[k]!.doubts.push({ field: 'coordinate', reason: 'lead-derived', lines: t.source.lines });
  });
  return out.map(({ doubts }) => {
    const unique = [...new Map(doubts.map((d) => [`${d.field}\u0000${d.reason}\u0000${d.lines[0]}`, d])).values()];
    const doubtful = new Set(unique.map((d) => d.field));
    const confidence = Object.fromEntries(
      TASK_FIELDS.map((f) => [f, doubtful.has(f) ? 'doubtful' : 'certain']),
    ) as TaskConfidence;
    return { confidence, doubts: unique };
  });
}
