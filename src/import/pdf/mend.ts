/**
 * A wrapped line given to the wrong column (Hải Lăng task 24): the last line
 * of a title ("DVC tỉnh", the end of "… trên cổng DVC tỉnh") laid out as a
 * two-word activity cell, so the real activity and output ran together in
 * the output cell. The row says so itself: a cell of a word or two that opens
 * with an acronym continues the cell before it when that one ends
 * mid-sentence, and the cell after it then holds two cells when one of its
 * lines can only open a cell. Only that shape is mended; every other row
 * stays as laid out.
 */
import { type Cues, opensCell, opensWithAcronym } from './cues';
import type { Role } from './cells';
import type { Cell, Row } from './layout';
import { cellText } from './wrap';

const MENDED: readonly Role[] = ['activity', 'output'];

/**
 * Where `cell` splits in two: before the first line that can only open a
 * cell, one starting with a figure ("100% hồ sơ …") or a capital after a
 * line that closed a phrase. Line widths cannot tell here (the column is
 * narrow, every break is forced); the fragment already says the row was cut
 * wrong, this only says where.
 */
function splitPoint(cell: Cell): number | undefined {
  for (let k = 2; k < cell.pieces.length - 1; k++) {
    const [prev, next] = [cell.pieces[k - 1]!.text, cell.pieces[k]!.text];
    if (/^\d/.test(next) || (/[.;:]$/.test(prev) && opensCell(next))) return k;
  }
  return undefined;
}

const withPieces = (cell: Cell, pieces: Cell['pieces']): Cell => ({ ...cell, pieces, text: cellText(pieces) });

/** The rows with fragment cells mended; the lines mended, for the quality report. */
export function mendFragments(
  rows: readonly Row[],
  roles: readonly Role[],
  cues: Cues,
): { rows: Row[]; mended: number[] } {
  const mended: number[] = [];
  const out = rows.map((row) => {
    const cells = [...row];
    for (let k = 1; k + 1 < cells.length; k++) {
      const [before, frag, after] = [cells[k - 1]!, cells[k]!, cells[k + 1]!];
      const fragment =
        MENDED.includes(frag.role) &&
        frag.pieces.length === 1 &&
        frag.text.split(' ').length <= 2 &&
        opensWithAcronym(frag.text, cues);
      if (!fragment || /[.;:!?]$/.test(before.text.trim())) continue;
      if (roles.indexOf(after.role) !== roles.indexOf(frag.role) + 1) continue;
      const at = splitPoint(after);
      if (at === undefined) continue;
      cells[k - 1] = withPieces(before, [...before.pieces, ...frag.pieces]);
      cells[k] = withPieces(frag, after.pieces.slice(0, at));
      cells[k + 1] = withPieces(after, after.pieces.slice(at));
      mended.push(frag.pieces[0]!.line);
    }
    return cells;
  });
  return { rows: out, mended };
}
