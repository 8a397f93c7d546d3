/**
 * Prose of PDF-extracted text (source hai-lang-2024): the extractor breaks every line
 * at the page width (~80 characters) and puts blank lines between them, so
 * paragraphs must be rebuilt from the line lengths and punctuation.
 */
import { pageFurniture } from './pages';
import { endsSplitToken } from './wrap';

export interface PdfParagraph {
  text: string;
  /** 1-based source line the paragraph starts on. */
  line: number;
}

// Starts of list items and headings: "- ", "+ ", "a)", "1.", "2.1.", "I.".
const ITEM_START = /^(?:[-+•*]\s|[a-zđ]\)\s?|\d+(?:\.\d+)*[.)]\s|[IVX]+[.)]\s|(?:Nơi nhận|Căn cứ)\b)/;
const SENTENCE_END = /[.:!?…]$/;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const firstWord = (s: string) => s.split(' ')[0] ?? '';

/** Mostly upper-case text with no lower-case words: a heading ("III. KINH PHÍ"). */
function isCapsHeading(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** Typical full-line width: a high percentile, so short last lines do not count. */
function lineWidth(lines: string[]): number {
  const lens = lines.map((l) => l.length).sort((a, b) => a - b);
  return lens[Math.floor(lens.length * 0.9)] ?? 80;
}

/** A capitalised word ("Chủ động"), not an acronym ("UBND") or lower case. */
const opensSentence = (s: string) => /^(\p{Lu}\p{Ll}|\()/u.test(s);

/**
 * Whether the break after `cur` is the author's rather than the page's.
 * The page breaks a line only when the next word would not fit, so a line
 * with room to spare ended its paragraph; a stop followed by a capitalised
 * word ends one too, even on a full line.
 */
function endsParagraph(cur: string, next: string, width: number): boolean {
  if (ITEM_START.test(next) || isCapsHeading(next) || isCapsHeading(cur)) return true;
  if (!opensSentence(next)) return false;
  if (SENTENCE_END.test(cur)) return true;
  const room = width - (cur.length + 1 + firstWord(next).length);
  if (room >= 0 && (/[;)]$/.test(cur) || ITEM_START.test(cur))) return true;
  return room >= width * 0.2;
}

function join(a: string, b: string): string {
  // "Kế hoạch số 14/KH-" + "UBND": a hyphen glued to a word was a split token.
  // (endsSplitToken is /\S-$/ without scanning the whole paragraph.)
  return endsSplitToken(a) && !/^[-–]/.test(b) ? a + b : `${a} ${b}`;
}

/** Paragraphs of the text, page numbers and repeated page headers removed. */
export function cleanPdfText(text: string): PdfParagraph[] {
  const lines = text.split(/\r?\n/);
  const { drop } = pageFurniture(lines);
  const kept: { text: string; line: number }[] = [];
  lines.forEach((raw, i) => {
    const t = collapse(raw);
    if (t !== '' && !drop.has(i)) kept.push({ text: t, line: i + 1 });
  });
  const width = lineWidth(kept.map((k) => k.text));
  const out: PdfParagraph[] = [];
  let cur: PdfParagraph | undefined;
  let last = '';
  for (const k of kept) {
    if (cur && !endsParagraph(last, k.text, width)) {
      cur.text = join(cur.text, k.text);
    } else {
      cur = { text: k.text, line: k.line };
      out.push(cur);
    }
    last = k.text;
  }
  return out;
}
