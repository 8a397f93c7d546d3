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
import { contentCost, type Features, features } from './pdf-content';
import { type Cues, opensWithAcronym, startsLower } from './pdf-cues';
import type { Piece, Role } from './pdf-cells';
import { textWidth } from './pdf-glyphs';
import { cellLines, cellText, estimateWidth, fittedCost, spanShapes, type WrapShape, widthCost } from './pdf-wrap';

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
const SKIP: Partial<Record<Role, number>> = {
  objective: 1.5, task: 5, activity: 0.8, output: 1.2, lead: 2.5, coord: 0.8, time: 1.5, budget: 0.2, note: 0.1,
};
const COST = {
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

/** Longest cell, in pieces (lines); keeps the programme quadratic only in this. */
const MAX_CELL = 40;

/** Cost of leaving columns [from, to) empty; in a continuation row Nhiệm vụ and Mục tiêu come free. */
function skipTable(roles: readonly Role[]): (from: number, to: number, continuation: boolean) => number {
  const sums = [[0], [0]] as number[][];
  roles.forEach((r, k) => {
    sums[0]!.push(sums[0]![k]! + (SKIP[r] ?? 0));
    sums[1]!.push(sums[1]![k]! + (r === 'task' || r === 'objective' ? 0 : (SKIP[r] ?? 0)));
  });
  return (from, to, continuation) => (to <= from ? 0 : sums[continuation ? 1 : 0]![to]! - sums[continuation ? 1 : 0]![from]!);
}

// Width-independent facts about every candidate cell, kept across the
// layout passes: keyed by the cell's first piece (stable for one parse),
// indexed by its length in pieces.
interface SpanFacts {
  wrap: WrapShape;
  f: Features;
  /** widthCost(wrap, width) for the last width asked: the same for every column until widths are known. */
  width?: number;
  widthCost?: number;
}
const spanCache = new WeakMap<Piece, SpanFacts[]>();

/** Facts of the spans opening at piece i, by length (index 0 unused), up to `to`. */
function spansFrom(pieces: readonly Piece[], i: number, to: number, cues: Cues): SpanFacts[] {
  const cached = spanCache.get(pieces[i]!);
  if (cached && cached.length > to - i) return cached;
  const facts: SpanFacts[] = [undefined as unknown as SpanFacts];
  for (const { wrap, text } of spanShapes(pieces, i, to)) facts.push({ wrap, f: features(text, cues) });
  spanCache.set(pieces[i]!, facts);
  return facts;
}

function spanWidthCost(facts: SpanFacts, width: number | undefined): number {
  if (facts.widthCost === undefined || facts.width !== width) [facts.width, facts.widthCost] = [width, widthCost(facts.wrap, width)];
  return facts.widthCost;
}

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
  const best = new Float64Array((n + 1) * S).fill(Infinity);
  const back = new Int32Array((n + 1) * S).fill(-1);
  const carryCost = (role: Role, text: string) => {
    const prev = carry?.[role];
    if (prev === undefined) return COST.carryMissing;
    const width = widths[role] ?? 0;
    // A page cuts a cell after a full line; a short last line ended its cell.
    const complete = textWidth(prev) < width * 0.7 ? COST.carryComplete : 0;
    return complete + fittedCost(prev, text, Math.max(textWidth(prev), width * 0.85));
  };
  // What opening a cell at piece i costs, whatever the cell.
  const opening = pieces.map((first, i) => {
    const acronym = opensWithAcronym(first.text, cues) ? COST.acronymStart : 0;
    let bullets = false;
    // Inside a run of "- " items (no hard break since the last item opened).
    for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
      if (/^[-+•]/.test(pieces[k]!.text)) bullets = true;
      if (bullets || pieces[k]!.gap !== 'soft') break;
    }
    return {
      acronym,
      lower: (startsLower(first.text) ? COST.lowerStart : 0) + acronym,
      empty: first.gap === 'empty',
      bulletRun: bullets && /^[-+•]/.test(first.text),
      carry: carry ? roles.map((r) => carryCost(r, first.text) + acronym) : [],
    };
  });
  // Cells from piece i on, once the states at i are final (every cell
  // ending at i starts before it): the same candidates, tried in the same
  // order for each end state, as a loop over ends then starts would.
  //
  // For one start and column, the candidates differ only by best + move
  // (the cell's own cost is shared), so only those within rounding of the
  // least of each target can win; the others are never tried. Kept in the
  // order of their state, so ties go the same way.
  const move = new Float64Array(S * m);
  const kept = new Int32Array(m * S);
  const nKept = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    const o = opening[i]!;
    if (i > 0) {
      for (let a = 0; a < S; a++) {
        if (!(best[i * S + a]! < Infinity)) continue;
        const col = a % m;
        const inFirst = a >= m;
        for (let c = 0; c < m; c++) {
          const sameRow = c > col;
          let mv = sameRow ? skip(col + 1, c, false) : COST.rowBreak + skip(col + 1, m, false) + skip(0, c, true);
          mv += carry && inFirst && sameRow ? o.carry[c]! : o.lower;
          if (o.empty && sameRow) mv += c === col + 1 ? COST.markUnused : -Math.min(COST.markBonus, skip(col + 1, c, false));
          if (sameRow && o.bulletRun) mv += COST.bulletRunSplit;
          move[a * m + c] = mv;
        }
      }
      for (let c = 0; c < m; c++) {
        // Least best + move per target: the first-row state (c + m) or the other (c).
        let low0 = Infinity;
        let low1 = Infinity;
        for (let a = 0; a < S; a++) {
          const b = best[i * S + a]!;
          if (!(b < Infinity)) continue;
          const v = b + move[a * m + c]!;
          if (a >= m && c > a % m) low1 = Math.min(low1, v);
          else low0 = Math.min(low0, v);
        }
        let k = 0;
        for (let a = 0; a < S; a++) {
          const b = best[i * S + a]!;
          if (!(b < Infinity)) continue;
          const v = b + move[a * m + c]!;
          const low = a >= m && c > a % m ? low1 : low0;
          if (v <= low + 1e-9 * (1 + Math.abs(low))) kept[c * S + k++] = a;
        }
        nKept[c] = k;
      }
    }
    const last = Math.min(n, i + MAX_CELL);
    const spans = spansFrom(pieces, i, last, cues);
    for (let j = i + 1; j <= last; j++) {
      const facts = spans[j - i]!;
      for (let c = 0; c < m; c++) {
        const role = roles[c]!;
        const own = facts.wrap.cost + spanWidthCost(facts, widths[role]) + contentCost(facts.f, role);
        if (i === 0) {
          const open = carry ? o.carry[c]! - o.acronym : o.lower;
          const total = own + open + skip(0, c, carry !== undefined);
          if (total < best[j * S + c + m]!) [best[j * S + c + m], back[j * S + c + m]] = [total, -1];
          continue;
        }
        for (let k = 0; k < nKept[c]!; k++) {
          const a = kept[c * S + k]!;
          const total = best[i * S + a]! + own + move[a * m + c]!;
          const to = j * S + (a >= m && c > a % m ? c + m : c);
          if (total < best[to]!) {
            best[to] = total;
            back[to] = i * S + a;
          }
        }
      }
    }
  }
  let s = 0;
  const end = (k: number) => best[n * S + k]! + skip((k % m) + 1, m, false);
  for (let k = 0; k < S; k++) if (end(k) < end(s)) s = k;
  const cells: { from: number; to: number; col: number }[] = [];
  for (let j = n; j > 0; ) {
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
    for (const cell of row) for (const l of cellLines(cell.pieces)) seen.set(cell.role, [...(seen.get(cell.role) ?? []), textWidth(l.text)]);
  const widths: Widths = {};
  for (const [role, ws] of seen) {
    const w = estimateWidth(ws);
    if (w !== undefined) widths[role] = w;
  }
  return widths;
}
