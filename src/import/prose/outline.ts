/**
 * The outline of a prose plan: source lines → paragraphs → what each
 * paragraph is (part "II.", numbered heading "1." / "2.1.", letter "a)",
 * lead-in "Đến năm 2025:", bullet "-"/"+", footnote, text). Heading depth
 * and markup vary within one document (vinh-linh-2021-2025 uses ## to ##### and **bold**
 * for the same level), so the printed numbering decides, not the markup.
 */
import type { Lines } from '../raw';

export interface Paragraph {
  /** Text with Markdown markup removed and line breaks joined. */
  text: string;
  /** Non-empty source lines the paragraph was built from (for the ledger). */
  raw: { line: number; text: string }[];
  lines: Lines;
  /** Set as a heading by its markup (#, whole-paragraph bold or italic). */
  formatted: boolean;
}

export type Shape =
  | { kind: 'part'; numeral: string; title: string }
  | { kind: 'numbered'; number: string; title: string; heading: boolean }
  | { kind: 'letter'; letter: string; title: string; heading: boolean }
  | { kind: 'leadin'; year: number; title: string }
  | { kind: 'bullet'; mark: '-' | '+'; text: string }
  | { kind: 'footnote'; text: string }
  | { kind: 'text'; text: string };

export function stripMarkup(s: string): string {
  // NFC so that "hoá" pasted in decomposed form matches the same patterns as the sources.
  return s
    .normalize('NFC')
    .replace(/^\s*#+\s*/, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const isFormatted = (raw: string) => /^\s*#/.test(raw) || /^\s*(\*{1,2}).+\1\s*$/s.test(raw.replace(/^\s*#+\s*/, ''));
const ITEM = /^\s*(#|[-+•]|\d+(\.\d+)*[.)]\s|[a-zđ]\)\s|[IVX]+\.\s|\*\*)/;
// A short numbered line ("2. Cải cách thể chế") is a heading: nothing continues it.
const HEADING_LINE = /^(\d+(\.\d+)*[.)]|[a-zđ]\)|[IVX]+\.)\s.{0,100}$/u;
const ENDS_SENTENCE = /[.:;!?…)]$/;
// A line in capitals after a blank line ("PHỤ LỤC" after the signer's name) starts a part.
const CAPS_LINE = /^(?=.*\p{Lu}.*\p{Lu})[^\p{Ll}]+$/u;
const openEmphasis = (s: string) => (s.match(/\*\*/g) ?? []).length % 2 === 1;

/**
 * Paragraphs of plain or Markdown text. A paragraph cut by a page break
 * ("... công tác xây" / blank / "dựng các VBQPPL ...") is rejoined: the
 * first part ends without a stop and the next line is no list item or heading.
 */
export function paragraphs(lines: readonly string[], firstLine = 1): Paragraph[] {
  const out: Paragraph[] = [];
  let blankBefore = true;
  lines.forEach((rawLine, i) => {
    const line = i + firstLine;
    const text = rawLine.replace(/\s+$/, '');
    if (!text.trim()) {
      blankBefore = true;
      return;
    }
    const prev = out.at(-1);
    const prevRaw = prev?.raw.at(-1)?.text ?? '';
    const prevText = prev ? stripMarkup(prev.raw.map((r) => r.text).join(' ')) : '';
    const joinsBlock =
      prev &&
      !blankBefore &&
      (openEmphasis(prev.raw.map((r) => r.text).join(' ')) || (/ {2}$/.test(prevRaw) && !ITEM.test(text)));
    const continues =
      prev &&
      blankBefore &&
      !prev.formatted &&
      !HEADING_LINE.test(prevText) &&
      !/^[¹²³⁴⁵⁶⁷⁸⁹⁰]/u.test(text.trim()) &&
      !ITEM.test(text) &&
      !CAPS_LINE.test(text.trim()) &&
      !ENDS_SENTENCE.test(prevText) &&
      (/^[\p{Ll}\d(]/u.test(text.trim()) || /\p{Ll}$/u.test(prevText));
    if (prev && (joinsBlock || continues)) {
      prev.raw.push({ line, text: rawLine });
      prev.lines = [prev.lines[0], line];
    } else out.push({ text: '', raw: [{ line, text: rawLine }], lines: [line, line], formatted: false });
    const p = out.at(-1)!;
    const joined = p.raw.map((r) => r.text.trim()).join(' ');
    p.text = stripMarkup(joined);
    p.formatted = isFormatted(joined);
    blankBefore = false;
  });
  return out;
}

/** Paragraphs already rejoined by another reader (PDF text): one source line each. */
export function fromCleaned(items: readonly { text: string; line: number }[]): Paragraph[] {
  return items.map((it, i) => {
    const next = items[i + 1]?.line;
    const last = next && next > it.line ? Math.max(it.line, next - 1) : it.line;
    return {
      text: stripMarkup(it.text),
      raw: [{ line: it.line, text: it.text }],
      lines: [it.line, last],
      formatted: false,
    };
  });
}

const KIND_WORDS = /^(mục tiêu|mục đích|nhiệm vụ|yêu cầu|giải pháp|chỉ tiêu|các chỉ tiêu)/iu;

/** What a paragraph is, from its printed numbering and wording. */
export function shapeOf(p: Paragraph): Shape {
  const t = p.text;
  if (/^[¹²³⁴⁵⁶⁷⁸⁹⁰]/u.test(t)) return { kind: 'footnote', text: t };
  const lead = /^(?:[-+]\s*)?((?:đến|tới|trong)\s+năm\s+(\d{4}))\s*:?\s*$/iu.exec(t);
  if (lead) return { kind: 'leadin', year: Number(lead[2]), title: lead[1]! };
  const part = /^([IVX]+)\.\s+(.+)$/u.exec(t);
  if (part && (p.formatted || part[2] === part[2]!.toUpperCase() || /^[\p{Lu}\s,]+[:(]/u.test(part[2]!)))
    return { kind: 'part', numeral: part[1]!, title: part[2]!.replace(/[:.]$/, '').trim() };
  const numbered = /^(\d+(?:\.\d+)*)[.)]\s*(\S.*)$/u.exec(t);
  if (numbered && !/^\d+(?:[.,]\d+)?\s*%/.test(t)) {
    const title = numbered[2]!.trim();
    const heading = p.formatted || (title.length <= 100 && !/[.;]$/.test(title));
    return { kind: 'numbered', number: numbered[1]!, title: title.replace(/:$/, '').trim(), heading };
  }
  const letter = /^([a-zđ])\)\s*(.*)$/u.exec(t);
  if (letter) {
    const title = letter[2]!.trim();
    const heading = KIND_WORDS.test(title) && title.length <= 40;
    return { kind: 'letter', letter: letter[1]!, title: heading ? title.replace(/:$/, '').trim() : title, heading };
  }
  const bullet = /^([-+•])\s*(.*)$/su.exec(t);
  if (bullet) return { kind: 'bullet', mark: bullet[1] === '+' ? '+' : '-', text: bullet[2]!.trim() };
  return { kind: 'text', text: t };
}

/** Numbers that skip or repeat in a printed sequence ("5." then "7."). */
export function numberingGaps(numbers: readonly number[]): { after: number; found: number }[] {
  const gaps: { after: number; found: number }[] = [];
  for (let i = 1; i < numbers.length; i++)
    if (numbers[i] !== numbers[i - 1]! + 1) gaps.push({ after: numbers[i - 1]!, found: numbers[i]! });
  return gaps;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
export function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!] ?? 0;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
