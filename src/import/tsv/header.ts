/**
 * The header row(s) of an appendix table: which column holds which field.
 * Columns are found by their names, in any order and any subset; a parent
 * heading over two sub-headings ("Trách nhiệm cụ thể" over "Đơn vị chủ trì /
 * Đơn vị phối hợp") is resolved from the second header row.
 */
import { foldVietnamese } from '../../text/fold';

export type Field =
  'stt' | 'objective' | 'task' | 'activity' | 'output' | 'lead' | 'coordinate' | 'time' | 'budget' | 'note' | 'group';

export interface Column {
  field: Field | 'unknown';
  /** Header text as printed (both rows joined for two-row headers). */
  label: string;
}

const NAMES: [Field, RegExp][] = [
  ['stt', /^(stt|tt|so tt|so thu tu)$/],
  ['objective', /^muc tieu/],
  ['task', /^(cac )?nhiem vu/],
  ['activity', /^(cac )?hoat dong/],
  ['output', /^(ket qua|san pham)/],
  ['group', /^trach nhiem/],
  ['lead', /chu tri/],
  ['coordinate', /phoi hop/],
  ['time', /^(thoi gian|thoi han|tien do)/],
  ['budget', /^(kinh phi|nguon kinh phi|du toan)/],
  ['note', /^ghi chu/],
];

/** Field named by a header cell ("5-Chủ trì", "1- Mục tiêu"), if any. */
export function headerField(cell: string): Field | undefined {
  const folded = foldVietnamese(cell)
    .replace(/^\d+\s*[-.)]\s*/, '')
    .trim();
  if (!folded) return undefined;
  for (const [field, re] of NAMES) if (re.test(folded)) return field;
  return undefined;
}

/**
 * A row is a header when at least three of its cells name known columns, one
 * of them STT or Nhiệm vụ, its first filled cell is a column name (a data row
 * starts with a number) and no cell reads like running text.
 */
export function isHeaderRow(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (!filled.length || !headerField(filled[0]!)) return false;
  if (filled.some((c) => c.split(/\s+/).length > 8)) return false;
  const fields = cells.map(headerField).filter((f): f is Field => f !== undefined);
  return fields.length >= 3 && (fields.includes('stt') || fields.includes('task'));
}

/**
 * The second row of a two-row header: its first cell is empty and every
 * non-empty cell names a column (at least one).
 */
export function isSubHeaderRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return cells[0]?.trim() === '' && filled.length > 0 && filled.every((c) => headerField(c) !== undefined);
}

export function columnsOf(header: string[], sub?: string[]): Column[] {
  const width = Math.max(header.length, sub?.length ?? 0);
  const columns: Column[] = [];
  for (let j = 0; j < width; j++) {
    const top = header[j]?.trim() ?? '';
    const below = sub?.[j]?.trim() ?? '';
    const field = (below && headerField(below)) || headerField(top);
    const label = [top, below].filter(Boolean).join(' / ');
    if (field && field !== 'group') columns.push({ field, label });
    else if (!top && !below) columns.push({ field: 'unknown', label: '' });
    else columns.push({ field: 'unknown', label });
  }
  return columns;
}

/** Two headers are the same table when their texts agree cell by cell. */
export const sameHeader = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((c, i) => foldVietnamese(c) === foldVietnamese(b[i] ?? ''));
