/**
 * The appendix table of PDF-extracted text as a stream: its header (and so
 * its columns), the anchors every row hangs on (section rows "I CÔNG TÁC
 * ...", row numbers "1") and, between them, the pieces of cell text, one
 * short line at a time, each with what separated it from the one before.
 */
import { areaKey } from '../areas';
import { foldVietnamese } from '../../text/fold';
import { type Cues, fold, splitPoints } from './cues';
import { findPageNumbers } from './pages';

export type Role = 'tt' | 'objective' | 'task' | 'activity' | 'output' | 'lead' | 'coord' | 'time' | 'budget' | 'note';

/**
 * How a piece was separated from the previous one: on the same line
 * (`inline`, a line holding two cells), by no blank line (`hard`: the
 * extractor moved to another cell), by a whitespace-only line (`empty`: the
 * mark the extractor leaves for an empty cell), by a blank line
 * (`soft`: a wrap or a new cell), or by a page break (`page`).
 */
export type Gap = 'inline' | 'hard' | 'empty' | 'soft' | 'page';

export interface Piece {
  line: number;
  text: string;
  gap: Gap;
}

export type Item =
  | { kind: 'section'; line: number; number: string; label: string; lines: { line: number; text: string }[] }
  | { kind: 'row'; line: number; number: string; text: string }
  | { kind: 'piece'; piece: Piece };

export interface TableStream {
  columns: Role[];
  header: { line: number; text: string }[];
  /** Page numbers and repeated headers, removed from the stream. */
  furniture: { line: number; text: string; kind: 'page-number' | 'page-header' }[];
  items: Item[];
}

const TITLES: [Role, RegExp][] = [
  ['tt', /\bs?tt\b/],
  ['objective', /muc tieu/],
  ['task', /nhiem vu/],
  ['activity', /hoat dong/],
  ['output', /san pham|ket qua/],
  ['lead', /chu tri/],
  ['coord', /phoi hop/],
  ['time', /thoi gian|thoi han|tien do/],
  ['budget', /kinh phi/],
  ['note', /ghi chu/],
];

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const SECTION = /^([IVXLC]+)[.)]?\s+(\S.*)$/;
const ROW = /^(\d{1,3})\.?(?:\s{2,}(\S.*))?$/;

function isCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** Column roles in the order the header names them. */
export function columnsOf(headerText: string): Role[] {
  const folded = foldVietnamese(headerText);
  return TITLES.map(([role, re]) => [role, folded.search(re)] as const)
    .filter(([, at]) => at >= 0)
    .sort((a, b) => a[1] - b[1])
    .map(([role]) => role);
}

/** Index of the header's first line: "TT"/"STT" followed by at least three column titles. */
function findHeader(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (!/^s?tt\b/.test(fold(lines[i]!))) continue;
    if (columnsOf(lines.slice(i, i + 40).join(' ')).length >= 4) return i;
  }
  return -1;
}

export function readTable(text: string, cues: Cues): TableStream | undefined {
  const lines = text.split(/\r?\n/);
  const start = findHeader(lines);
  if (start < 0) return undefined;
  const content = lines.map((_, i) => i).filter((i) => i >= start && lines[i]!.trim() !== '');
  const isAnchor = (i: number) => ROW.test(lines[i]!.trim()) || SECTION.test(collapse(lines[i]!));
  const headerEnd = content.findIndex((i) => i > start && isAnchor(i));
  const headerIdx = content.slice(0, headerEnd < 0 ? 1 : headerEnd);
  const headerText = headerIdx.map((i) => collapse(lines[i]!));
  const stream: TableStream = {
    columns: columnsOf(headerText.join(' ')),
    header: headerIdx.map((i) => ({ line: i + 1, text: collapse(lines[i]!) })),
    furniture: [],
    items: [],
  };

  const dropped = new Set<number>(headerIdx);
  for (const p of findPageNumbers(lines)) {
    if (p <= start) continue;
    dropped.add(p);
    stream.furniture.push({ line: p + 1, text: collapse(lines[p]!), kind: 'page-number' });
  }
  // Copies of the header at the top of later pages, numbered or not.
  const body = content.filter((i) => !dropped.has(i));
  for (let c = 0; c + headerText.length <= body.length; c++) {
    if (!headerText.every((h, k) => collapse(lines[body[c + k]!]!) === h)) continue;
    for (let k = 0; k < headerText.length; k++) {
      const i = body[c + k]!;
      dropped.add(i);
      stream.furniture.push({ line: i + 1, text: headerText[k]!, kind: 'page-header' });
    }
    c += headerText.length - 1;
  }
  stream.furniture.sort((a, b) => a.line - b.line);

  let lastRow = 0;
  let sectionOpen = false;
  let prev = headerIdx[headerIdx.length - 1] ?? start;
  let pageSince = false;
  for (let i = prev + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (dropped.has(i)) {
      pageSince = true;
      continue;
    }
    if (raw.trim() === '') continue;
    const t = collapse(raw);
    const blanks = i - prev - 1;
    const gap: Gap = pageSince ? 'page' : placeholderBetween(lines, prev, i) ? 'empty' : blanks === 0 ? 'hard' : 'soft';
    prev = i;
    pageSince = false;
    const row = ROW.exec(raw.trim());
    const n = row ? Number(row[1]) : NaN;
    // Row numbers count up; they may restart at 1 under a section, and an
    // extract may start at any number. Other bare numbers are cell text ("2024").
    if (row && (n === lastRow + 1 || (n === 1 && sectionOpen) || lastRow === 0)) {
      lastRow = n;
      sectionOpen = false;
      stream.items.push({ kind: 'row', line: i + 1, number: row[1]!, text: row[1]! });
      if (row[2]) pushPieces(stream, i + 1, collapse(row[2]), 'hard', cues);
      continue;
    }
    const section = SECTION.exec(t);
    if (section && (isCaps(section[2]!) || areaKey(section[2]!) !== undefined)) {
      sectionOpen = true;
      stream.items.push({
        kind: 'section',
        line: i + 1,
        number: section[1]!,
        label: section[2]!,
        lines: [{ line: i + 1, text: t }],
      });
      continue;
    }
    const last = stream.items[stream.items.length - 1];
    if (last?.kind === 'section' && isCaps(t) && gap !== 'page') {
      // A section heading wrapped over two lines.
      last.label += ` ${t}`;
      last.lines.push({ line: i + 1, text: t });
      continue;
    }
    pushPieces(stream, i + 1, t, gap, cues);
  }
  return stream;
}

/** Empty-cell marks: whitespace-only lines the extractor leaves for an empty cell. */
function placeholderBetween(lines: readonly string[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (lines[j] !== '' && lines[j]!.trim() === '') return true;
  return false;
}

/** A line, cut where it may hold the end of one cell and the start of the next. */
function pushPieces(stream: TableStream, line: number, text: string, gap: Gap, cues: Cues): void {
  const words = text.split(' ');
  let from = 0;
  let g = gap;
  for (const k of splitPoints(text, cues)) {
    stream.items.push({ kind: 'piece', piece: { line, text: words.slice(from, k).join(' '), gap: g } });
    from = k;
    g = 'inline';
  }
  stream.items.push({ kind: 'piece', piece: { line, text: words.slice(from).join(' '), gap: g } });
}
