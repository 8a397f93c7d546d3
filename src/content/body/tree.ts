/**
 * A plan's prose paragraphs → a Markdown syntax tree that reads like the
 * document: headings where its numbering or markup makes a heading ("I.",
 * "1.", "2.1.", "a) Mục tiêu", "## KẾ HOẠCH"), paragraphs, bullet lists,
 * tables, bold and italic as written. The document's own numbers stay in the
 * text; they also name each heading's anchor ("muc-ii-1"), so a heading keeps
 * its address as long as the document keeps its numbering.
 */
import type { Heading, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { shapeOf, type Paragraph } from '../../import/prose/outline';
import { slugify } from '../../text/slug';
import { pieces, type Piece } from './blocks';

export interface BodyHeading {
  /** Anchor on the plan page. */
  id: string;
  /** 3–6: the plan page's own title and section are h1 and h2. */
  depth: number;
  text: string;
  /** Source lines of the heading. */
  lines: [number, number];
}

/** A short line in capitals with no number ("KẾ HOẠCH", "PHỤ LỤC"): a title in a document without markup. */
function isCapsTitle(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && text.length <= 60 && letters === letters.toUpperCase() && !/[.;,]$/.test(text);
}

const markdownOf = (p: Paragraph) => p.raw.map((r) => r.text.trimStart()).join('\n');

class Outline {
  readonly headings: BodyHeading[] = [];
  private readonly used = new Map<string, number>();
  private part = '';
  private numbered: { id: string; depth: number } | null = null;

  /** Depth and anchor of a heading, from the document's numbering where it has one. */
  place(p: Paragraph, mdDepth: number | null): { id: string; depth: number } {
    const shape = shapeOf(p);
    let base: string;
    let depth: number;
    if (shape.kind === 'part') {
      this.part = shape.numeral.toLowerCase();
      this.numbered = null;
      base = `muc-${this.part}`;
      depth = 3;
    } else if (shape.kind === 'numbered') {
      base = ['muc', this.part, ...shape.number.split('.')].filter(Boolean).join('-');
      depth = Math.min(6, 4 + shape.number.split('.').length - 1);
      this.numbered = { id: base, depth };
    } else if (shape.kind === 'letter') {
      base = `${this.numbered?.id ?? ['muc', this.part].filter(Boolean).join('-')}-${slugify(shape.letter)}`;
      depth = Math.min(6, (this.numbered?.depth ?? 4) + 1);
    } else {
      base = `muc-${slugify(p.text).slice(0, 48).replace(/-+$/, '') || 'x'}`;
      depth = Math.min(6, Math.max(3, (mdDepth ?? 2) + 1));
    }
    const n = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, n);
    return { id: n > 1 ? `${base}-${n}` : base, depth };
  }
}

function heading(outline: Outline, p: Paragraph, phrasing: PhrasingContent[], mdDepth: number | null): Heading {
  const { id, depth } = outline.place(p, mdDepth);
  const node: Heading = {
    type: 'heading',
    depth: depth as Heading['depth'],
    children: phrasing,
    data: { hProperties: { id } },
  };
  outline.headings.push({ id, depth, text: toString(node), lines: p.lines });
  return node;
}

/** Whether a paragraph is a heading by its numbering ("I.", short "1. ...", "a) Mục tiêu") or looks. */
function isHeading(p: Paragraph, piece: Piece): boolean {
  const shape = shapeOf(p);
  if (shape.kind === 'part') return true;
  if (shape.kind === 'numbered' || shape.kind === 'letter') return shape.heading;
  if (piece.kind === 'heading') return true;
  return !p.formatted && shape.kind === 'text' && isCapsTitle(p.text);
}

function withMark(mark: string, phrasing: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = phrasing;
  if (first?.type === 'text') return [{ type: 'text', value: `${mark} ${first.value}` }, ...rest];
  return [{ type: 'text', value: `${mark} ` }, ...phrasing];
}

/**
 * The paragraph reader splits a GFM table into one paragraph per row (each
 * row could be a list item or a heading). Adjacent rows the Markdown parser
 * reads as one table are joined back.
 */
function tableRows(p: Paragraph): number {
  const last = pieces(markdownOf(p)).at(-1);
  return last?.kind === 'table' ? last.table.children.length : 0;
}

function joinTables(paragraphs: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paragraphs) {
    const prev = out.at(-1);
    // Only rows (which hold a "|") can join a table: other paragraphs are not parsed twice.
    const rows = prev && markdownOf(p).includes('|') && markdownOf(prev).includes('|');
    if (prev && rows && p.lines[0] === prev.lines[1] + 1) {
      const joined = { ...prev, raw: [...prev.raw, ...p.raw], lines: [prev.lines[0], p.lines[1]] as [number, number] };
      if (tableRows(joined) > tableRows(prev)) {
        out[out.length - 1] = joined;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

export function bodyTree(paragraphs: readonly Paragraph[]): { root: Root; outline: BodyHeading[] } {
  const outline = new Outline();
  const children: RootContent[] = [];
  let list: List | null = null;
  const item = (phrasing: PhrasingContent[], nested: boolean) => {
    const li: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: phrasing }] };
    const parent = nested ? list?.children.at(-1) : undefined;
    if (parent) {
      const sub = parent.children.find((c): c is List => c.type === 'list');
      if (sub) sub.children.push(li);
      else parent.children.push({ type: 'list', ordered: false, spread: false, children: [li] });
      return;
    }
    if (!list) children.push((list = { type: 'list', ordered: false, spread: false, children: [] }));
    list.children.push(li);
  };
  for (const p of joinTables(paragraphs)) {
    const found = pieces(markdownOf(p));
    for (const piece of found) {
      if (piece.kind === 'item' && !piece.ordered && found.length === 1 && !isHeading(p, piece)) {
        item(piece.phrasing, piece.mark === '+');
        continue;
      }
      list = null;
      if (piece.kind === 'table') {
        children.push(piece.table);
        continue;
      }
      // An ordered item ("1. Mục tiêu") keeps its printed number as text: it is the document's numbering.
      const phrasing = piece.kind === 'item' ? withMark(piece.mark, piece.phrasing) : piece.phrasing;
      if (phrasing.length === 0) continue;
      if (found.length === 1 && isHeading(p, piece))
        children.push(heading(outline, p, phrasing, piece.kind === 'heading' ? piece.depth : null));
      else children.push({ type: 'paragraph', children: phrasing });
    }
  }
  return { root: { type: 'root', children }, outline: outline.headings };
}
