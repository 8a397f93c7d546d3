/**
 * Line breaks inside a cell of PDF-extracted text. The page breaks a line
 * only when the next word does not fit, so a break with room to spare means
 * the next line starts another cell (or a new item inside the cell). Widths
 * vary from row to row by a few percent, so the cell's own widest line is
 * the yardstick and the room left is weighed, not just tested.
 */
import { opensCell } from './cues';
import type { Piece } from './cells';
import { textWidth } from './glyphs';

export interface CellLine {
  line: number;
  text: string;
  gap: Piece['gap'];
}

export const WRAP_COST = {
  hardInside: 4,
  pageInside: 0.5,
  /** Per em of room that was left on the line, capped at `fittedMax`. */
  fittedPerEm: 1.5,
  fittedMax: 3,
  newItemFactor: 0.4,
  overPerEm: 1.5,
  nearPerEm: 0.5,
  /** Share of a width within which glyph-width estimates cannot tell. */
  slack: 0.05,
  afterBullets: 1.5,
  /** Share of the column's width a cell's lines reach at least, whatever the row. */
  columnShare: 0.85,
};

export const firstWord = (s: string) => s.split(' ')[0] ?? '';

/** Physical lines of a cell: pieces that came from the same source line are rejoined. */
export function cellLines(pieces: readonly Piece[]): CellLine[] {
  const out: CellLine[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && p.gap === 'inline' && last.line === p.line) last.text += ` ${p.text}`;
    else out.push({ line: p.line, text: p.text, gap: p.gap });
  }
  return out;
}

/** Whether text ends in a hyphen glued to a word (/\S-$/, without scanning the whole text). */
export const endsSplitToken = (text: string): boolean =>
  text.length >= 2 && text.charCodeAt(text.length - 1) === 45 && /\S/.test(text[text.length - 2]!);

/** `line` after the text of the lines before it (see joinLines). */
export const joinLine = (acc: string, line: string): string =>
  acc === '' ? line : endsSplitToken(acc) ? acc + line : `${acc} ${line}`;

/** "Kế hoạch số 14/KH-" + "UBND" rejoin without a space; other lines with one. */
export const joinLines = (lines: readonly string[]): string => lines.reduce(joinLine, '');

export const cellText = (pieces: readonly Piece[]): string => joinLines(cellLines(pieces).map((l) => l.text));

/**
 * Cost of `next` following `prev` on a new line in a cell at least `ref`
 * wide: zero when its first word would not have fitted, more the more room
 * was left, less when `next` opens a new item ("- ", or a capital after a stop).
 */
export function fittedCost(prev: string, next: string, ref: number): number {
  const room = ref * (1 - WRAP_COST.slack) - (textWidth(prev) + textWidth(` ${firstWord(next)}`));
  if (room <= 0) return 0;
  const cost = Math.min(WRAP_COST.fittedMax, (room / 1000) * WRAP_COST.fittedPerEm + 0.5);
  const newItem = /^[-+•]/.test(next) || (/[.;:]$/.test(prev) && opensCell(next));
  return newItem ? cost * WRAP_COST.newItemFactor : cost;
}

export interface WrapShape {
  /** Cost of the breaks that do not depend on the column's width. */
  cost: number;
  widths: number[];
  /** Each soft break: width of the line before it and of the next line's first word. */
  breaks: { prev: number; word: number; newItem: boolean }[];
}

export const isBullet = (s: string) => /^[-+•]/.test(s);

/** What the breaks inside one cell look like, whatever its column. */
export function wrapShape(lines: readonly CellLine[]): WrapShape {
  const ws = lines.map((l) => textWidth(l.text));
  const shape: WrapShape = { cost: 0, widths: ws, breaks: [] };
  let bullets = isBullet(lines[0]?.text ?? '');
  for (let k = 1; k < lines.length; k++) {
    const { gap, text } = lines[k]!;
    const prev = lines[k - 1]!.text;
    if (gap === 'hard' || gap === 'empty') shape.cost += WRAP_COST.hardInside;
    else if (gap === 'page') shape.cost += WRAP_COST.pageInside;
    else {
      const newItem = isBullet(text) || (/[.;:]$/.test(prev) && opensCell(text));
      shape.breaks.push({ prev: ws[k - 1]!, word: textWidth(` ${firstWord(text)}`), newItem });
    }
    // A list of "- " items followed by an unmarked capitalised line: likely the next cell.
    if (bullets && !isBullet(text) && /^\p{Lu}\p{Ll}/u.test(text)) shape.cost += WRAP_COST.afterBullets;
    bullets ||= isBullet(text);
  }
  return shape;
}

/**
 * Cost of the cell's line breaks in a column `width` wide (undefined: not
 * known yet): breaks that left room, and lines wider than the column.
 * Rows vary in width, so the yardstick is the cell's widest line, or most
 * of the column's width when that is wider.
 */
export function widthCost(shape: WrapShape, width: number | undefined): number {
  const ref = Math.max(...shape.widths, (width ?? 0) * WRAP_COST.columnShare);
  let cost = 0;
  for (const b of shape.breaks) cost += breakCost(b, ref);
  const n = shape.widths.length;
  return width === undefined ? cost : overCost(shape.widths, n, shape.widths[n - 1] ?? 0, width, cost);
}

/** What one soft break costs against the yardstick `ref` (0 when the next word would not have fitted). */
export function breakCost(b: WrapShape['breaks'][number], ref: number): number {
  return breakCostOf(b.prev, b.word, b.newItem, ref);
}

/** breakCost of a break after a line `prev` wide, before a first word `word` wide. */
export function breakCostOf(prev: number, word: number, newItem: boolean, ref: number): number {
  const room = ref * (1 - WRAP_COST.slack) - (prev + word);
  return room > 0
    ? Math.min(WRAP_COST.fittedMax, (room / 1000) * WRAP_COST.fittedPerEm + 0.5) *
        (newItem ? WRAP_COST.newItemFactor : 1)
    : 0;
}

/** `cost` plus what the first `lines` widths (the last of them `lastWidth`) cost for exceeding `width`. */
export function overCost(
  widths: readonly number[],
  lines: number,
  lastWidth: number,
  width: number,
  cost: number,
): number {
  for (let k = 0; k < lines; k++) cost = overLine(k === lines - 1 ? lastWidth : widths[k]!, width, cost);
  return cost;
}

/** `cost` plus what one line `w` wide costs for exceeding `width`. */
export function overLine(w: number, width: number, cost: number): number {
  // Within the slack a wider line is only a hint; beyond it, a strong one.
  if (w > width) cost += ((w - width) / 1000) * WRAP_COST.nearPerEm;
  if (w > width * (1 + 3 * WRAP_COST.slack)) cost += ((w - width) / 1000) * WRAP_COST.overPerEm;
  return cost;
}

/** Column width estimate from the widths of lines placed in it: generous, robust to a few misplaced lines. */
export function estimateWidth(widths: number[]): number | undefined {
  if (widths.length < 3) return undefined;
  const sorted = [...widths].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * 0.95)]!;
}
