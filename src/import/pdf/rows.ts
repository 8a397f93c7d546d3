/**
 * Rows of every numbered item of a PDF table: column widths are first
 * unknown, so the items are laid out once without them, the widths are read
 * off that layout, and the items are laid out again (twice, so a width
 * misjudged in the first round is corrected in the second).
 */
import type { Cues } from './cues';
import { startsLower } from './cues';
import type { Piece, Role } from './cells';
import { type Row, type Widths, estimateWidths, layoutItem } from './layout';
import { cellLines, cellText } from './wrap';

export interface ItemRows {
  rows: Row[];
  /** Lines where a row cut by a page break was rejoined. */
  rejoined: number[];
}

/**
 * Where a page break cut a row: the extractor printed the row's cells up to
 * the break, then, after the next page's header, the rest of each cut cell,
 * which starts mid-sentence, in lower case.
 */
function cuts(pieces: readonly Piece[]): number[] {
  return pieces.flatMap((p, i) => (i > 0 && p.gap === 'page' && startsLower(p.text) ? [i] : []));
}

function layoutWithCuts(pieces: readonly Piece[], roles: readonly Role[], widths: Widths, cues: Cues): ItemRows {
  const at = cuts(pieces);
  const parts = [0, ...at, pieces.length].slice(0, -1).map((from, k) => pieces.slice(from, [...at, pieces.length][k]));
  let rows: Row[] = [];
  const rejoined: number[] = [];
  parts.forEach((part, k) => {
    const last = rows[rows.length - 1];
    if (k === 0 || !last) {
      rows = layoutItem(part, roles, widths, cues);
      return;
    }
    const carry: Partial<Record<Role, string>> = {};
    for (const cell of last) carry[cell.role] = cellLines(cell.pieces).at(-1)?.text ?? '';
    const [head = [], ...rest] = layoutItem(part, roles, widths, cues, { carry });
    for (const cell of head) {
      const into = last.find((c) => c.role === cell.role);
      if (into) {
        into.pieces = [...into.pieces, ...cell.pieces];
        into.text = cellText(into.pieces);
      } else last.push(cell);
    }
    last.sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role));
    rejoined.push(part[0]!.line);
    rows.push(...rest);
  });
  return { rows, rejoined };
}

export function layoutItems(items: readonly (readonly Piece[])[], roles: readonly Role[], cues: Cues): ItemRows[] {
  let widths: Widths = {};
  let out: ItemRows[] = [];
  for (let pass = 0; pass < 3; pass++) {
    out = items.map((pieces) => layoutWithCuts(pieces, roles, widths, cues));
    const next = estimateWidths(out.flatMap((o) => o.rows));
    // Laid out again with the same widths, the items would not change.
    if (JSON.stringify(next) === JSON.stringify(widths)) break;
    widths = next;
  }
  return out;
}
