/**
 * Shared check: every non-empty tab-separated cell of every table line (from
 * the first header row on) is in the ledger, and the ledger texts of a cell
 * add up to the cell (ignoring whitespace, formatting tags and the "; " or ", " an item was split at).
 */
import type { ParseResult } from '../../src/import/raw';

const squash = (s: string) => s.replace(/<\/?(b|i|p|ul|li|strong|em)(\s[^<>]*)?>/gi, '').replace(/[\s;,]+/g, '');

export function unplacedCells(text: string, result: ParseResult): string[] {
  const lines = text.normalize('NFC').split(/\r\n|\r|\n/);
  const byCell = new Map<string, string[]>();
  for (const e of result.ledger) {
    const key = `${e.line}:${e.column}`;
    byCell.set(key, [...(byCell.get(key) ?? []), e.text]);
  }
  const first = Math.min(...result.ledger.filter((e) => e.to === 'header').map((e) => e.line));
  const problems: string[] = [];
  lines.forEach((line, i) => {
    if (i + 1 < first || !line.includes('\t')) return;
    line.split('\t').forEach((cell, j) => {
      if (!cell.trim()) return;
      const got = byCell.get(`${i + 1}:${j + 1}`);
      if (!got) problems.push(`line ${i + 1} col ${j + 1} missing: ${cell.slice(0, 60)}`);
      else if (squash(got.join('')) !== squash(cell))
        problems.push(`line ${i + 1} col ${j + 1} differs: ${cell.slice(0, 60)}`);
    });
  });
  return problems;
}
