/**
 * Folding of a time cell for matching, with a map back to the text as
 * written, so that each recognised part can keep its own raw wording.
 *
 * Folding removes every diacritic (so NFD input, old/new tone placement and
 * typos that differ only in a mark, like "Trưng ương", all match the same
 * grammar), lower-cases, and turns markup into separators.
 */

/** Separator marker: an HTML block tag or a run of spaces that stood for a lost line break. */
export const SEP = '¦';

export interface FoldedText {
  /** Folded text: lower-case ASCII letters, digits, punctuation, spaces and SEP. */
  text: string;
  /** start[i]: index in the original of the character that produced text[i]. */
  start: number[];
  /** end[i]: index just after that original character. */
  end: number[];
}

import { foldKey } from '../../text/fold';

const TAG = /<\/?[a-zA-Z][^<>]*>/y;
const ENTITY = /&(nbsp|amp|lt|gt|quot|#\d+);/y;
const ENTITY_TEXT: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"' };

export function foldWithMap(raw: string): FoldedText {
  const out: FoldedText = { text: '', start: [], end: [] };
  const emit = (s: string, from: number, to: number) => {
    for (const c of s) {
      out.text += c;
      out.start.push(from);
      out.end.push(to);
    }
  };
  let i = 0;
  while (i < raw.length) {
    TAG.lastIndex = i;
    ENTITY.lastIndex = i;
    const tag = raw[i] === '<' ? TAG.exec(raw) : null;
    const entity = raw[i] === '&' ? ENTITY.exec(raw) : null;
    if (tag) {
      emit(SEP, i, i + tag[0].length);
      i += tag[0].length;
    } else if (entity) {
      const name = entity[1] as string;
      const text = ENTITY_TEXT[name] ?? String.fromCodePoint(Number(name.slice(1)));
      emit(foldKey(text), i, i + entity[0].length);
      i += entity[0].length;
    } else if (/\s/.test(raw[i] as string)) {
      let j = i;
      while (j < raw.length && /\s/.test(raw[j] as string)) j++;
      const run = raw.slice(i, j);
      // Two spaces on one line are how the sources separate items in a cell
      // (docs/DOMAIN.md §5); PDF line breaks (hai-lang-2024) are not separators.
      emit(run.length >= 2 && !run.includes('\n') ? SEP : ' ', i, j);
      i = j;
    } else {
      const cp = raw.codePointAt(i) as number;
      const ch = String.fromCodePoint(cp);
      emit(foldKey(ch), i, i + ch.length);
      i += ch.length;
    }
  }
  return out;
}

/** The original wording behind folded text[from, to), trimmed. */
export function originalSlice(raw: string, folded: FoldedText, from: number, to: number): string {
  if (to <= from) return '';
  return raw.slice(folded.start[from], folded.end[to - 1]).trim();
}
