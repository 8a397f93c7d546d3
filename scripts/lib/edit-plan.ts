/**
 * "A plan changed": the edit the incremental-build test and benchmark make to
 * one plan's source, as an office would when it republishes a plan with one
 * task's activities reworded. The plan's table header names the column
 * ("Hoạt động", or "Kết quả" where a table has no activity column); the
 * middle numbered row gets words added there. The title stays as printed (a
 * new title would be a new task to the permalink rule, src/import/identity.ts)
 * and the table stays a table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ADDED_WORDS = 'theo văn bản điều chỉnh';

/** Edits content/sources/<plan>.txt in `contentDir`; returns the cell's new text. */
export function rewordOneTask(contentDir: string, plan: string): string {
  const file = join(contentDir, 'sources', `${plan}.txt`);
  const lines = readFileSync(file, 'utf8').split('\n');
  const tables = lines.map((l) => l.split('\t')).filter((c) => c.length >= 4);
  const columnOf = (name: RegExp) => {
    const header = tables.find((c) => c.some((h) => name.test(h)));
    return header ? header.findIndex((h) => name.test(h)) : -1;
  };
  const activities = columnOf(/Hoạt động/);
  const col = activities >= 0 ? activities : columnOf(/Kết quả/);
  if (col < 0) throw new Error(`${file}: không thấy cột "Hoạt động" hay "Kết quả" trong bảng`);
  const rows = lines.flatMap((l, i) => (/^\s*\d+\s*\t/.test(l) && (l.split('\t')[col] ?? '').trim() ? [i] : []));
  if (rows.length === 0) throw new Error(`${file}: không có dòng bảng đánh số nào có cột ${col + 1}`);
  const at = rows[Math.floor(rows.length / 2)]!;
  const cells = lines[at]!.split('\t');
  cells[col] = `${cells[col]!.trimEnd()} ${ADDED_WORDS}`;
  lines[at] = cells.join('\t');
  writeFileSync(file, lines.join('\n'));
  return cells[col]!;
}
