/**
 * The candidate cells of the PDF layout (pdf-layout): every run of up to
 * MAX_CELL pieces from each piece of an item, tried in each column, in
 * each of the layout's passes. Tens of thousands per plan, so a cell is
 * grown a piece at a time from the one a piece shorter, and what it costs
 * is kept, in flat numeric tables (nothing for the collector to trace):
 *
 * - its shape (wrapShape(cellLines(...))): only the last line changes when
 *   a piece joins it, and then only its width; what a line opens with, and
 *   so every break before it, is settled when it starts;
 * - its features (features(cellText(...))), read off its text folded a
 *   piece at a time when the cell's ends are its pieces' own and there are
 *   no cues to call, else off the text itself when the layout asks;
 * - its width cost against its own widest line (widthCost(shape, undefined)).
 *
 * Every figure is the one the plain functions give, to the last bit.
 */
import type { Piece, Role } from './cells';
import { type Cues, fold, type FoldChunk, foldChunk, opensCell, timeMatchEnd } from './cues';
import { contentCost, type Features, featuresOf, foldedFeatures } from './content';
import { textWidth } from './glyphs';
import { WRAP_COST, breakCostOf, cellText, endsSplitToken, firstWord, isBullet, overLine } from './wrap';

/** Longest cell, in pieces (lines); keeps the layout quadratic only in this. */
export const MAX_CELL = 40;

/** What the cells read of a piece, read once per piece. */
interface PieceFacts {
  width: number;
  /** Width of " " + its first word. */
  wordWidth: number;
  bullet: boolean;
  opensCell: boolean;
  /** Opens with a capitalised word (/^\p{Lu}\p{Ll}/u). */
  capitalised: boolean;
  chunk: FoldChunk | undefined;
  opens: number;
  closes: number;
  /** Not empty and no white space at either end: a cell of such pieces starts and ends as they do. */
  plain: boolean;
}
const pieceFacts = new WeakMap<Piece, PieceFacts>();

function factsOf(p: Piece): PieceFacts {
  let f = pieceFacts.get(p);
  if (f) return f;
  let [opens, closes] = [0, 0];
  for (let k = 0; k < p.text.length; k++) {
    const code = p.text.charCodeAt(k);
    if (code === 40) opens++;
    else if (code === 41) closes++;
  }
  f = {
    width: textWidth(p.text),
    wordWidth: textWidth(` ${firstWord(p.text)}`),
    bullet: isBullet(p.text),
    opensCell: opensCell(p.text),
    capitalised: /^\p{Lu}\p{Ll}/u.test(p.text),
    chunk: foldChunk(p.text),
    opens,
    closes,
    plain: p.text !== '' && p.text.trim() === p.text,
  };
  pieceFacts.set(p, f);
  return f;
}

// Features as a small code: 0 while unknown.
const KNOWN = 1;
const BITS = {
  time: 2,
  unit: 4,
  output: 8,
  mentionsTime: 16,
  paren: 32,
  short: 64,
  incompleteHalf: 128,
  incompleteFull: 256,
};

function encode(f: Features): number {
  let code = KNOWN;
  if (f.time) code |= BITS.time;
  if (f.unit) code |= BITS.unit;
  if (f.output) code |= BITS.output;
  if (f.mentionsTime) code |= BITS.mentionsTime;
  if (f.paren) code |= BITS.paren;
  if (f.short) code |= BITS.short;
  // incomplete() is 0, 0.5 or 1.
  if (f.incomplete === 1) code |= BITS.incompleteFull;
  else if (f.incomplete === 0.5) code |= BITS.incompleteHalf;
  else if (f.incomplete !== 0) throw new Error(`incomplete ${f.incomplete}`);
  return code;
}

function decode(code: number): Features {
  return {
    time: (code & BITS.time) !== 0,
    unit: (code & BITS.unit) !== 0,
    output: (code & BITS.output) !== 0,
    mentionsTime: (code & BITS.mentionsTime) !== 0,
    incomplete: code & BITS.incompleteFull ? 1 : code & BITS.incompleteHalf ? 0.5 : 0,
    paren: (code & BITS.paren) !== 0,
    short: (code & BITS.short) !== 0,
  };
}

// contentCost by role and feature code, computed once each.
const contentCosts = new Map<Role, Float64Array>();

/** contentCost(features, role) of a feature code. */
export function contentCostOf(code: number, role: Role): number {
  let byCode = contentCosts.get(role);
  if (!byCode) contentCosts.set(role, (byCode = new Float64Array(2 * BITS.incompleteFull).fill(NaN)));
  const known = byCode[code]!;
  return Number.isNaN(known) ? (byCode[code] = contentCost(decode(code), role)) : known;
}

// Per cell (start i, length len): slot (i * MAX_CELL + len - 1) * FIELDS.
const FIELDS = 10;
const F = {
  cost: 0,
  lines: 1,
  lastWidth: 2,
  widest: 3,
  breaks: 4,
  least: 5,
  length: 6,
  lastCode: 7,
  unclosed: 8,
  features: 9,
};

/** A cell as it grows from its first piece: kept only while it grows. */
interface Growth {
  shapeCost: number;
  lines: number;
  breaks: number;
  widestBefore: number;
  line: number;
  lineText: string;
  bullets: boolean;
  /** The text's last two UTF-16 units (for endsSplitToken) and its length. */
  tail: string;
  length: number;
  /** fold() of the text so far (undefined: a character the table does not cover), and whether a space is owed. */
  folded: string | undefined;
  space: boolean;
  opens: number;
  closes: number;
  plain: boolean;
  /** timeMatchEnd of the folded text so far. */
  timeEnd: number;
}

/** The candidate cells of one item (or part of one cut by a page), by start and length. */
export class SpanTable {
  readonly n: number;
  private readonly cells: Float64Array;
  /** Line widths of the cell from each start, as grown; the last one's changes while pieces join it. */
  private readonly widths: Float64Array;
  /** Soft breaks of the cell from each start: width before, first word's width, opens a new item (1). */
  private readonly breaks: Float64Array;
  private readonly grown: Int32Array;
  private readonly growth: (Growth | undefined)[] = [];

  constructor(
    private readonly pieces: readonly Piece[],
    private readonly cues: Cues,
  ) {
    this.n = pieces.length;
    this.cells = new Float64Array(this.n * MAX_CELL * FIELDS);
    this.widths = new Float64Array(this.n * MAX_CELL);
    this.breaks = new Float64Array(this.n * MAX_CELL * 3);
    this.grown = new Int32Array(this.n);
  }

  /** Whether this table is that of these pieces. */
  fits(pieces: readonly Piece[], cues: Cues): boolean {
    return pieces.length === this.n && pieces[this.n - 1] === this.pieces[this.n - 1] && cues === this.cues;
  }

  /** The slot of the cell of `len` pieces from `i`, grown if need be. */
  cell(i: number, len: number): number {
    while (this.grown[i]! < len) this.grow(i);
    return (i * MAX_CELL + len - 1) * FIELDS;
  }

  /** wrapShape's width-independent cost. */
  cost(slot: number): number {
    return this.cells[slot + F.cost]!;
  }

  private grow(i: number): void {
    const len = this.grown[i]!;
    const p = this.pieces[i + len]!;
    const f = factsOf(p);
    let g = this.growth[i];
    if (!g)
      this.growth[i] = g = {
        shapeCost: 0,
        lines: 0,
        breaks: 0,
        widestBefore: -Infinity,
        line: -1,
        lineText: '',
        bullets: false,
        tail: '',
        length: 0,
        folded: '',
        space: false,
        opens: 0,
        closes: 0,
        plain: true,
        timeEnd: -1,
      };
    const widths = i * MAX_CELL;
    let sep: string;
    if (g.lines > 0 && p.gap === 'inline' && g.line === p.line) {
      g.lineText += ` ${p.text}`;
      this.widths[widths + g.lines - 1] = textWidth(g.lineText);
      sep = ' ';
    } else {
      const k = g.lines;
      if (k === 0) g.bullets = f.bullet;
      else {
        const before = this.widths[widths + k - 1]!;
        g.widestBefore = Math.max(g.widestBefore, before);
        if (p.gap === 'hard' || p.gap === 'empty') g.shapeCost += WRAP_COST.hardInside;
        else if (p.gap === 'page') g.shapeCost += WRAP_COST.pageInside;
        else {
          // /[.;:]$/ of the line before.
          const stop = g.lineText.charCodeAt(g.lineText.length - 1);
          const newItem = f.bullet || ((stop === 46 || stop === 59 || stop === 58) && f.opensCell);
          const b = (i * MAX_CELL + g.breaks++) * 3;
          [this.breaks[b], this.breaks[b + 1], this.breaks[b + 2]] = [before, f.wordWidth, newItem ? 1 : 0];
        }
        if (g.bullets && !f.bullet && f.capitalised) g.shapeCost += WRAP_COST.afterBullets;
        g.bullets ||= f.bullet;
      }
      this.widths[widths + g.lines++] = f.width;
      g.line = p.line;
      g.lineText = p.text;
      // joinLine: no space at the start, nor after a hyphen glued to a word.
      sep = g.length === 0 || endsSplitToken(g.tail) ? '' : ' ';
    }
    g.tail = (g.tail + sep + p.text).slice(-2);
    g.length += sep.length + p.text.length;
    const foldedBefore = g.folded?.length ?? 0;
    if (g.folded !== undefined) {
      const chunk = f.chunk;
      const space = g.space || sep === ' ';
      if (!chunk) [g.folded, g.space] = [undefined, false];
      else if (!chunk.chars) g.space = space || chunk.spaces;
      else {
        g.folded = (space || chunk.lead) && g.folded !== '' ? `${g.folded} ${chunk.folded}` : g.folded + chunk.folded;
        g.space = chunk.trail;
      }
    }
    g.opens += f.opens;
    g.closes += f.closes;
    g.plain &&= f.plain;

    const slot = (i * MAX_CELL + len) * FIELDS;
    const lastWidth = this.widths[widths + g.lines - 1]!;
    const c = this.cells;
    c[slot + F.cost] = g.shapeCost;
    c[slot + F.lines] = g.lines;
    c[slot + F.lastWidth] = lastWidth;
    c[slot + F.widest] = Math.max(g.widestBefore, lastWidth);
    c[slot + F.breaks] = g.breaks;
    c[slot + F.least] = NaN;
    c[slot + F.length] = g.length;
    c[slot + F.lastCode] = p.text.charCodeAt(p.text.length - 1);
    c[slot + F.unclosed] = g.opens > g.closes ? 1 : 0;
    // Read the words now, while the folded text is at hand (most cells are
    // weighed in some column); other cells' when the layout asks.
    if (g.folded !== undefined && g.plain && !this.cues.isTime && !this.cues.resolveUnitName) {
      g.timeEnd = timeMatchEnd(g.folded, foldedBefore, g.timeEnd);
      const first = this.pieces[i]!.text.charCodeAt(0);
      c[slot + F.features] = encode(
        foldedFeatures(g.folded, g.opens > g.closes, first, c[slot + F.lastCode]!, g.length, g.timeEnd >= 0),
      );
    } else c[slot + F.features] = 0;
    this.grown[i] = len + 1;
    if (len + 1 === Math.min(MAX_CELL, this.n - i)) this.growth[i] = undefined;
  }

  /** cellText of the cell of `len` pieces from `i`. */
  text(i: number, len: number): string {
    return cellText(this.pieces.slice(i, i + len));
  }

  /** The feature code of a cell (see contentCostOf). */
  features(i: number, len: number, slot: number): number {
    const known = this.cells[slot + F.features]!;
    if (known !== 0) return known;
    const text = this.text(i, len);
    return (this.cells[slot + F.features] = encode(
      featuresOf(text, fold(text), this.cells[slot + F.unclosed] === 1, this.cues),
    ));
  }

  /** features(cellText(...), cues) of the cell of `len` pieces from `i`. */
  featuresOf(i: number, len: number): Features {
    return decode(this.features(i, len, this.cell(i, len)));
  }

  /** widthCost(shape, undefined): the least widthCost of the cell in any column. */
  leastWidthCost(i: number, slot: number): number {
    const known = this.cells[slot + F.least]!;
    if (!Number.isNaN(known)) return known;
    return (this.cells[slot + F.least] = this.breakCosts(i, slot, Math.max(this.cells[slot + F.widest]!, 0)));
  }

  private breakCosts(i: number, slot: number, ref: number): number {
    let cost = 0;
    const b = i * MAX_CELL * 3;
    const n = this.cells[slot + F.breaks]!;
    for (let k = 0; k < n; k++)
      cost += breakCostOf(this.breaks[b + 3 * k]!, this.breaks[b + 3 * k + 1]!, this.breaks[b + 3 * k + 2] === 1, ref);
    return cost;
  }

  /** widthCost(shape, width) of a cell. */
  widthCost(i: number, slot: number, width: number | undefined): number {
    if (width === undefined) return this.leastWidthCost(i, slot);
    const widest = this.cells[slot + F.widest]!;
    const share = width * WRAP_COST.columnShare;
    // A yardstick wider than every line: none is wider than the column.
    if (share > widest) return this.breakCosts(i, slot, share);
    // The yardstick is the widest line, as without a width.
    let cost = this.leastWidthCost(i, slot);
    if (!(widest > width)) return cost;
    const lines = this.cells[slot + F.lines]!;
    for (let k = 0; k < lines - 1; k++) cost = overLine(this.widths[i * MAX_CELL + k]!, width, cost);
    return overLine(this.cells[slot + F.lastWidth]!, width, cost);
  }
}

// Kept across the layout passes, keyed by the first piece (stable for one parse).
const tables = new WeakMap<Piece, SpanTable>();

/** The candidate cells of these pieces. */
export function spanTable(pieces: readonly Piece[], cues: Cues): SpanTable {
  let table = tables.get(pieces[0]!);
  if (!table || !table.fits(pieces, cues)) tables.set(pieces[0]!, (table = new SpanTable(pieces, cues)));
  return table;
}
