/**
 * Rebuilds the cells of one numbered item from its pieces of text. The
 * extractor emits a row's cells left to right, each one short line at a
 * time, with nothing between cells; so this chooses, among all ways to cut
 * the pieces into cells of non-decreasing column (a new row when the column
 * goes back), the one that best explains the evidence: line widths (a line
 * is broken only when the next word does not fit), the extractor's hard
 * breaks and empty-cell marks, and what the words look like (units, times,
 * document kinds). A dynamic programme over (piece, column) finds it.
 */
import { CONTENT_FLOOR } from './content';
import { type Cues, opensWithAcronym, startsLower } from './cues';
import type { Piece, Role } from './cells';
import { textWidth } from './glyphs';
import { cellLines, cellText, estimateWidth, fittedCost } from './wrap';
import { MAX_CELL, contentCostOf, spanTable } from './spans';

export { MAX_CELL };

export interface Cell {
  role: Role;
  pieces: Piece[];
  text: string;
}
export type Row = Cell[];
export type Widths = Partial<Record<Role, number>>;

export interface LayoutOptions {
  /**
   * The pieces continue a row cut by a page break: the last line of each of
   * its cells, by column. Their first row extends those cells.
   */
  carry?: Partial<Record<Role, string>>;
}

// Cost of leaving a column empty in a row that has one.
export const SKIP: Partial<Record<Role, number>> = {
  objective: 1.5,
  task: 5,
  activity: 0.8,
  output: 1.2,
  lead: 2.5,
  coord: 0.8,
  time: 1.5,
  budget: 0.2,
  note: 0.1,
};
export const LAYOUT_COST = {
  rowBreak: 1,
  lowerStart: 2.5,
  /** An empty-cell mark where no column was skipped, or a skip without one. */
  markUnused: 0.8,
  markBonus: 0.8,
  bulletRunSplit: 2.5,
  acronymStart: 0.7,
  carryMissing: 3,
  carryComplete: 1.5,
};

/** Cost of leaving columns [from, to) empty; in a continuation row Nhiệm vụ and Mục tiêu come free. */
function skipTable(roles: readonly Role[]): (from: number, to: number, continuation: boolean) => number {
  const sums = [[0], [0]] as number[][];
  roles.forEach((r, k) => {
    sums[0]!.push(sums[0]![k]! + (SKIP[r] ?? 0));
    sums[1]!.push(sums[1]![k]! + (r === 'task' || r === 'objective' ? 0 : (SKIP[r] ?? 0)));
  });
  const w = roles.length + 1;
  const table = new Float64Array(2 * w * w);
  for (let c = 0; c < 2; c++)
    for (let from = 0; from < w; from++)
      for (let to = 0; to < w; to++) table[(c * w + from) * w + to] = to <= from ? 0 : sums[c]![to]! - sums[c]![from]!;
  return (from, to, continuation) => table[((continuation ? 1 : 0) * w + from) * w + to]!;
}

/**
 * The programme's tables, reused from one item to the next (each is
 * written before it is read): typed arrays are costly to allocate and to
 * collect, and an import lays out tens of thousands of items.
 */
const scratch = {
  buffers: new Map<string, Float64Array | Int32Array>(),
  floats(name: string, size: number): Float64Array {
    let b = this.buffers.get(name) as Float64Array | undefined;
    if (!b || b.length < size) this.buffers.set(name, (b = new Float64Array(Math.max(size, 2 * (b?.length ?? 0)))));
    return b.subarray(0, size);
  },
  ints(name: string, size: number): Int32Array {
    let b = this.buffers.get(name) as Int32Array | undefined;
    if (!b || b.length < size) this.buffers.set(name, (b = new Int32Array(Math.max(size, 2 * (b?.length ?? 0)))));
    return b.subarray(0, size);
  },
};

/** Best cut of one item's pieces into rows of cells. `roles` excludes the number column. */
export function layoutItem(
  pieces: readonly Piece[],
  roles: readonly Role[],
  widths: Widths,
  cues: Cues,
  opts: LayoutOptions = {},
): Row[] {
  const n = pieces.length;
  const m = roles.length;
  if (n === 0) return [];
  const carry = opts.carry;
  const skip = skipTable(roles);
  // State: column of the last cell, plus m while still in the first row
  // (which, when carrying a cut row, continues cells mid-sentence).
  const S = 2 * m;
  const best = scratch.floats('best', (n + 1) * S).fill(Infinity);
  const back = scratch.ints('back', (n + 1) * S).fill(-1);
  const carryCost = (role: Role, text: string) => {
    const prev = carry?.[role];
    if (prev === undefined) return LAYOUT_COST.carryMissing;
    const width = widths[role] ?? 0;
    // A page cuts a cell after a full line; a short last line ended its cell.
    const complete = textWidth(prev) < width * 0.7 ? LAYOUT_COST.carryComplete : 0;
    return complete + fittedCost(prev, text, Math.max(textWidth(prev), width * 0.85));
  };
  // What opening a cell at piece i costs, whatever the cell.
  const opening = pieces.map((first, i) => {
    const acronym = opensWithAcronym(first.text, cues) ? LAYOUT_COST.acronymStart : 0;
    let bullets = false;
    // Inside a run of "- " items (no hard break since the last item opened).
    for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
      if (/^[-+•]/.test(pieces[k]!.text)) bullets = true;
      if (bullets || pieces[k]!.gap !== 'soft') break;
    }
    return {
      acronym,
      lower: (startsLower(first.text) ? LAYOUT_COST.lowerStart : 0) + acronym,
      empty: first.gap === 'empty',
      bulletRun: bullets && /^[-+•]/.test(first.text),
      carry: carry ? roles.map((r) => carryCost(r, first.text) + acronym) : [],
    };
  });
  // Ends in order; for each, starts from the nearest back, so that the
  // short cells, usually the best, bound the long ones: a cell whose cost
  // cannot beat what its end states already hold is never weighed (nor its
  // words read). Ties go as in a scan of starts in order: to the earliest
  // start, then the earliest state, whose index back[] holds.
  //
  // From a start and into a column, candidates differ only by best + move
  // (the cell's own cost is shared), so only those within rounding of the
  // least of each target (first row or not) are tried, in state order.
  // lows[] holds the least best + move of each (start, column, target), NaN
  // for none; cap[] each best plus the rounding that bounds may be off by.
  const tol = (v: number) => 1e-9 * (1 + Math.abs(v));
  const cap = scratch.floats('cap', (n + 1) * S).fill(Infinity);
  const moves = scratch.floats('moves', n * S * m);
  const kept = scratch.ints('kept', n * m * S);
  const nKept = scratch.ints('nKept', n * m);
  const lows = scratch.floats('lows', n * m * 2);
  const table = spanTable(pieces, cues);
  const colWidths = roles.map((r) => widths[r]);
  for (let j = 1; j <= n; j++) {
    // Every cell ending at r = j - 1 has been weighed: its states are final.
    const r = j - 1;
    if (r === 0)
      for (let c = 0; c < m; c++) {
        const open = carry ? opening[0]!.carry[c]! - opening[0]!.acronym : opening[0]!.lower;
        lows[c * 2] = NaN;
        lows[c * 2 + 1] = open + skip(0, c, carry !== undefined);
      }
    else {
      const o = opening[r]!;
      const move = moves.subarray(r * S * m, (r + 1) * S * m);
      for (let a = 0; a < S; a++) {
        if (!(best[r * S + a]! < Infinity)) continue;
        const col = a % m;
        const inFirst = a >= m;
        for (let c = 0; c < m; c++) {
          const sameRow = c > col;
          let mv = sameRow
            ? skip(col + 1, c, false)
            : LAYOUT_COST.rowBreak + skip(col + 1, m, false) + skip(0, c, true);
          mv += carry && inFirst && sameRow ? o.carry[c]! : o.lower;
          if (o.empty && sameRow)
            mv += c === col + 1 ? LAYOUT_COST.markUnused : -Math.min(LAYOUT_COST.markBonus, skip(col + 1, c, false));
          if (sameRow && o.bulletRun) mv += LAYOUT_COST.bulletRunSplit;
          move[a * m + c] = mv;
        }
      }
      for (let c = 0; c < m; c++) {
        let low0 = Infinity;
        let low1 = Infinity;
        for (let a = 0; a < S; a++) {
          const b = best[r * S + a]!;
          if (!(b < Infinity)) continue;
          const v = b + move[a * m + c]!;
          if (a >= m && c > a % m) low1 = Math.min(low1, v);
          else low0 = Math.min(low0, v);
        }
        let k = 0;
        for (let a = 0; a < S; a++) {
          const b = best[r * S + a]!;
          if (!(b < Infinity)) continue;
          const v = b + move[a * m + c]!;
          const low = a >= m && c > a % m ? low1 : low0;
          if (v <= low + tol(low)) kept[(r * m + c) * S + k++] = a;
        }
        nKept[r * m + c] = k;
        lows[(r * m + c) * 2] = low0 < Infinity ? low0 : NaN;
        lows[(r * m + c) * 2 + 1] = low1 < Infinity ? low1 : NaN;
      }
    }
    const js = j * S;
    for (let i = j - 1; i >= Math.max(0, j - MAX_CELL); i--) {
      const len = j - i;
      const slot = table.cell(i, len);
      const shape = table.cost(slot);
      const lo = i * m * 2;
      // A cell's own cost is at least its shape's, its breaks' against its
      // widest line (a column's yardstick is never less), and the least content cost.
      const floor = shape + table.leastWidthCost(i, slot) + CONTENT_FLOOR;
      let any = false;
      for (let c = 0; c < m && !any; c++)
        any = lows[lo + c * 2]! + floor <= cap[js + c]! || lows[lo + c * 2 + 1]! + floor <= cap[js + c + m]!;
      if (!any) continue;
      for (let c = 0; c < m; c++) {
        // The floor first: a column's width cost is never less than the least.
        if (!(lows[lo + c * 2]! + floor <= cap[js + c]! || lows[lo + c * 2 + 1]! + floor <= cap[js + c + m]!)) continue;
        const shaped = shape + table.widthCost(i, slot, colWidths[c]);
        const least = shaped + CONTENT_FLOOR;
        if (!(lows[lo + c * 2]! + least <= cap[js + c]! || lows[lo + c * 2 + 1]! + least <= cap[js + c + m]!)) continue;
        const own = shaped + contentCostOf(table.features(i, len, slot), roles[c]!);
        if (i === 0) {
          const o = opening[0]!;
          const total = own + (carry ? o.carry[c]! - o.acronym : o.lower) + skip(0, c, carry !== undefined);
          const to = js + c + m;
          // Weighed last but first in scan order: it wins a tie (back[] -1 is the least).
          if (total <= best[to]!) [best[to], back[to], cap[to]] = [total, -1, total + tol(total)];
          continue;
        }
        for (let k = 0; k < nKept[i * m + c]!; k++) {
          const a = kept[(i * m + c) * S + k]!;
          const key = i * S + a;
          const total = best[key]! + own + moves[key * m + c]!;
          const to = js + (a >= m && c > a % m ? c + m : c);
          if (total < best[to]! || (total === best[to]! && key < back[to]!)) {
            best[to] = total;
            back[to] = key;
            cap[to] = total + tol(total);
          }
        }
      }
    }
  }
  let s = 0;
  const end = (k: number) => best[n * S + k]! + skip((k % m) + 1, m, false);
  for (let k = 0; k < S; k++) if (end(k) < end(s)) s = k;
  const cells: { from: number; to: number; col: number }[] = [];
  for (let j = n; j > 0;) {
    const prev = back[j * S + s]!;
    const i = prev < 0 ? 0 : Math.floor(prev / S);
    cells.unshift({ from: i, to: j, col: s % m });
    if (prev < 0) break;
    [j, s] = [i, prev % S];
  }
  const rows: Row[] = [];
  let lastCol = Infinity;
  for (const { from, to, col } of cells) {
    if (col <= lastCol) rows.push([]);
    const span = pieces.slice(from, to);
    rows[rows.length - 1]!.push({ role: roles[col]!, pieces: span, text: cellText(span) });
    lastCol = col;
  }
  return rows;
}

/** Column widths read off the lines a first layout put in each column. */
export function estimateWidths(rows: readonly Row[]): Widths {
  const seen = new Map<Role, number[]>();
  for (const row of rows)
    for (const cell of row)
      for (const l of cellLines(cell.pieces)) {
        const ws = seen.get(cell.role);
        if (ws) ws.push(textWidth(l.text));
        else seen.set(cell.role, [textWidth(l.text)]);
      }
  const widths: Widths = {};
  for (const [role, ws] of seen) {
    const w = estimateWidth(ws);
    if (w !== undefined) widths[role] = w;
  }
  return widths;
}
