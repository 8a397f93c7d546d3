/**
 * "A plan changed": the edit the incremental-build test and benchmark make to
 * one plan's source, as an office would when it republishes a plan with one
 * task reworded. The middle row of the plan's table gets words added to its
 * longest cell, so one task's text changes and the table stays a table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ADDED_WORDS = 'theo văn bản điều chỉnh';

/** Edits content/sources/<plan>.txt in `contentDir`; returns the cell's new text. */
export function rewordOneTask(contentDir: string, plan: string): string {
  const file = join(contentDir, 'sources', `${plan}.txt`);
  const lines = readFileSync(file, 'utf8').split('\n');
  const rows = lines.flatMap((l, i) => (l.split('\t').length >= 4 && /^\s*\d+\s*\t/.test(l) ? [i] : []));
  if (rows.length === 0) throw new Error(`${file}: không có dòng bảng đánh số nào để sửa`);
  const at = rows[Math.floor(rows.length / 2)]!;
  const cells = lines[at]!.split('\t');
  const longest = cells.reduce((best, c, i) => (c.length > cells[best]!.length ? i : best), 0);
  cells[longest] = `${cells[longest]!.trimEnd()} ${ADDED_WORDS}`;
  lines[at] = cells.join('\t');
  writeFileSync(file, lines.join('\n'));
  return cells[longest]!;
}
