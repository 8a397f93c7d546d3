/**
 * The candidate cells of the PDF layout (pdf-layout): every run of up to
 * MAX_CELL pieces from each piece, tried in each column, in each of the
 * layout's passes. Tens of thousands per plan, so a cell is grown a piece
 * at a time from the one a piece shorter, and what it costs is kept:
 *
 * - its shape (wrapShape(cellLines(...))): only the last line changes when
 *   a piece joins it, and then only its width; what a line opens with, and
 *   so every break before it, is settled when it starts;
 * - its folded text (fold(cellText(...))), folded a piece at a time;
 * - its features, only when the layout needs them, and from the folded text
 *   alone when the cell's ends are its pieces' own (no cues to call);
 * - its width costs: break costs against one yardstick add up from the
 *   shorter cell's, in the same order, so to the same sum.
 *
 * Every figure is the one the plain functions (wrapShape, widthCost,
 * features of cellText) give, to the last bit.
 */
import type { Piece } from './pdf-cells';
import { type Cues, fold, type FoldChunk, foldChunk, opensCell } from './pdf-cues';
import { type Features, featuresOf, foldedFeatures } from './pdf-content';
import { textWidth } from './pdf-glyphs';
import { WRAP_COST, type WrapShape, breakCost, cellText, endsSplitToken, firstWord, isBullet, overCost } from './pdf-wrap';

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

/** The cells opening at one piece, by length: index len - 1 of each array. */
export class SpanRun {
  /** wrapShape's width-independent cost. */
  readonly cost: number[] = [];
  private readonly lines: number[] = [];
  private readonly lastWidth: number[] = [];
  private readonly widest: number[] = [];
  private readonly nBreaks: number[] = [];
  private readonly length: number[] = [];
  private readonly folded: (string | undefined)[] = [];
  private readonly unclosed: boolean[] = [];
  private readonly plain: boolean[] = [];
  private readonly lastCode: number[] = [];
  private readonly least: number[] = [];
  private readonly features: (Features | undefined)[] = [];

  // The cell as grown so far.
  private readonly widths: number[] = [];
  private readonly breaks: WrapShape['breaks'] = [];
  private shapeCost = 0;
  private widestBefore = -Infinity;
  private line = -1;
  private lineText = '';
  private bullets = false;
  /** The text's last two UTF-16 units (for endsSplitToken) and its length. */
  private tail = '';
  private textLength = 0;
  private foldedText: string | undefined = '';
  private space = false;
  private opens = 0;
  private closes = 0;
  private allPlain = true;
  // Break costs summed so far: against the widest line, and against each column width wider than it.
  private leastRun = { ref: NaN, n: 0, sum: 0 };
  private readonly columnRuns: { width: number; n: number; sum: number }[] = [];
  // Per column width: the terms of settled lines wider than it, and how many the first n lines give.
  private readonly overRuns: { width: number; lines: number; terms: number[]; upTo: number[] }[] = [];

  /** The pieces from `start`: only `pieces[start + k]` is read, the same objects whatever the array. */
  constructor(
    private readonly pieces: readonly Piece[],
    private readonly start: number,
  ) {}

  get size(): number {
    return this.cost.length;
  }

  /** Grows the cell to `len` pieces of `pieces` from index `start`. */
  grow(pieces: readonly Piece[], start: number, len: number): void {
    while (this.cost.length < len) this.add(pieces[start + this.cost.length]!);
  }

  private add(p: Piece): void {
    const f = factsOf(p);
    let sep: string;
    if (this.widths.length > 0 && p.gap === 'inline' && this.line === p.line) {
      this.lineText += ` ${p.text}`;
      this.widths[this.widths.length - 1] = textWidth(this.lineText);
      sep = ' ';
    } else {
      const k = this.widths.length;
      if (k === 0) this.bullets = f.bullet;
      else {
        this.widestBefore = Math.max(this.widestBefore, this.widths[k - 1]!);
        if (p.gap === 'hard' || p.gap === 'empty') this.shapeCost += WRAP_COST.hardInside;
        else if (p.gap === 'page') this.shapeCost += WRAP_COST.pageInside;
        else {
          // /[.;:]$/ of the line before.
          const stop = this.lineText.charCodeAt(this.lineText.length - 1);
          const newItem = f.bullet || ((stop === 46 || stop === 59 || stop === 58) && f.opensCell);
          this.breaks.push({ prev: this.widths[k - 1]!, word: f.wordWidth, newItem });
        }
        if (this.bullets && !f.bullet && f.capitalised) this.shapeCost += WRAP_COST.afterBullets;
        this.bullets ||= f.bullet;
      }
      this.widths.push(f.width);
      this.line = p.line;
      this.lineText = p.text;
      // joinLine: no space at the start, nor after a hyphen glued to a word.
      sep = this.textLength === 0 || endsSplitToken(this.tail) ? '' : ' ';
    }
    this.tail = (this.tail + sep + p.text).slice(-2);
    this.textLength += sep.length + p.text.length;
    if (this.foldedText !== undefined) {
      const chunk = f.chunk;
      const space = this.space || sep === ' ';
      if (!chunk) [this.foldedText, this.space] = [undefined, false];
      else if (!chunk.chars) this.space = space || chunk.spaces;
      else {
        this.foldedText = (space || chunk.lead) && this.foldedText !== '' ? `${this.foldedText} ${chunk.folded}` : this.foldedText + chunk.folded;
        this.space = chunk.trail;
      }
    }
    this.opens += f.opens;
    this.closes += f.closes;
    this.allPlain &&= f.plain;

    const lastWidth = this.widths[this.widths.length - 1]!;
    this.cost.push(this.shapeCost);
    this.lines.push(this.widths.length);
    this.lastWidth.push(lastWidth);
    this.widest.push(Math.max(this.widestBefore, lastWidth));
    this.nBreaks.push(this.breaks.length);
    this.length.push(this.textLength);
    this.folded.push(this.foldedText);
    this.unclosed.push(this.opens > this.closes);
    this.plain.push(this.allPlain);
    this.lastCode.push(p.text.charCodeAt(p.text.length - 1));
    this.least.push(NaN);
    this.features.push(undefined);
  }

  /** cellText of the cell of `len` pieces. */
  text(len: number): string {
    return cellText(this.pieces.slice(this.start, this.start + len));
  }

  /** features(cellText(...), cues) of the cell of `len` pieces. */
  featuresOf(len: number, cues: Cues): Features {
    const k = len - 1;
    let f = this.features[k];
    if (f) return f;
    const folded = this.folded[k];
    if (folded !== undefined && this.plain[k] && !cues.isTime && !cues.resolveUnitName) {
      const first = this.pieces[this.start]!.text.charCodeAt(0);
      f = foldedFeatures(folded, this.unclosed[k]!, first, this.lastCode[k]!, this.length[k]!);
    } else {
      const text = this.text(len);
      f = featuresOf(text, folded ?? fold(text), this.unclosed[k]!, cues);
    }
    return (this.features[k] = f);
  }

  /** widthCost(shape, undefined): the least widthCost of the cell in any column. */
  leastWidthCost(len: number): number {
    const k = len - 1;
    const known = this.least[k]!;
    if (!Number.isNaN(known)) return known;
    const ref = Math.max(this.widest[k]!, 0);
    const run = this.leastRun;
    if (run.ref !== ref || run.n > this.nBreaks[k]!) [run.ref, run.n, run.sum] = [ref, 0, 0];
    for (; run.n < this.nBreaks[k]!; run.n++) run.sum += breakCost(this.breaks[run.n]!, ref);
    return (this.least[k] = run.sum);
  }

  /**
   * overCost(widths, ...) of the cell at index k: what its lines wider than
   * `width` add to `cost`. The settled lines' terms are kept per width, in
   * line order, so only the lines that add anything are visited.
   */
  private overCost(k: number, width: number, cost: number): number {
    let run: SpanRun['overRuns'][number] | undefined;
    for (const r of this.overRuns) if (r.width === width) run = r;
    if (!run) this.overRuns.push((run = { width, lines: 0, terms: [], upTo: [0] }));
    const settled = this.lines[k]! - 1;
    for (; run.lines < settled; run.lines++) {
      const w = this.widths[run.lines]!;
      if (w > width) run.terms.push(((w - width) / 1000) * WRAP_COST.nearPerEm);
      if (w > width * (1 + 3 * WRAP_COST.slack)) run.terms.push(((w - width) / 1000) * WRAP_COST.overPerEm);
      run.upTo.push(run.terms.length);
    }
    for (let t = 0; t < run.upTo[settled]!; t++) cost += run.terms[t]!;
    return overCost([], 1, this.lastWidth[k]!, width, cost);
  }

  /** widthCost(shape, width) of the cell of `len` pieces. */
  widthCost(len: number, width: number | undefined): number {
    if (width === undefined) return this.leastWidthCost(len);
    const k = len - 1;
    const widest = this.widest[k]!;
    const share = width * WRAP_COST.columnShare;
    if (!(share > widest)) {
      // The yardstick is the widest line, as without a width.
      const least = this.leastWidthCost(len);
      return widest > width ? this.overCost(k, width, least) : least;
    }
    // A yardstick wider than every line: none is wider than the column.
    let run: SpanRun['columnRuns'][number] | undefined;
    for (const r of this.columnRuns) if (r.width === width) run = r;
    if (!run) this.columnRuns.push((run = { width, n: 0, sum: 0 }));
    if (run.n > this.nBreaks[k]!) [run.n, run.sum] = [0, 0];
    for (; run.n < this.nBreaks[k]!; run.n++) run.sum += breakCost(this.breaks[run.n]!, share);
    return run.sum;
  }
}

// Kept across the layout passes, keyed by the cell's first piece (stable for one parse).
const runs = new WeakMap<Piece, SpanRun>();

/** The cells opening at pieces[i]. */
export function spanRun(pieces: readonly Piece[], i: number): SpanRun {
  let run = runs.get(pieces[i]!);
  if (!run) runs.set(pieces[i]!, (run = new SpanRun(pieces, i)));
  return run;
}
