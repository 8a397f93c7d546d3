/**
 * What the words of a PDF table cell suggest about its column: unit names
 * (chủ trì / phối hợp), time expressions (thời gian), document kinds (sản
 * phẩm đầu ra). Only hints: the layout solver weighs them against widths.
 */
import { foldVietnamese } from '../../text/fold';
import { foldKey } from '../../text/fold';

// foldVietnamese, character by character. The layout weighs every candidate
// cell (tens per piece of text, each a few lines long), and NFD-normalising
// each of them dominated the import; this table gives the same result.
// Per character is exact where NFD never reorders what is kept (every kept
// character is a starter and every combining mark is dropped) and lower
// case needs no context: Latin, Vietnamese, general punctuation. Anything
// else, and markup ("<…>" spans characters), takes foldVietnamese itself.
const FOLD_OTHER = 0;
const FOLD_SPACE = 1;
const FOLD_DROP = 2;
const FOLD_CHAR = 3;
const foldKind = new Uint8Array(0x2070);
const foldCode = new Uint16Array(0x2070);
for (let code = 0; code < 0x2070; code++) {
  if (!(code < 0x370 || (code >= 0x1e00 && code < 0x1f00) || code >= 0x2000) || code === 0x3c) continue;
  const mapped = foldKey(String.fromCharCode(code)).replace(/[*_#`]/g, ' ');
  if (mapped === '') foldKind[code] = FOLD_DROP;
  else if (mapped.length !== 1) continue;
  else if (/\s/.test(mapped)) foldKind[code] = FOLD_SPACE;
  else [foldKind[code], foldCode[code]] = [FOLD_CHAR, mapped.charCodeAt(0)];
}

let lastText = '';
let lastFolded = '';

/** foldVietnamese(text), fast; the last answer is kept, as one cell's text is asked about several times in a row. */
export function fold(text: string): string {
  if (text === lastText) return lastFolded;
  const out: number[] = [];
  let space = false;
  let table = true;
  for (let i = 0; i < text.length && table; i++) {
    const code = text.charCodeAt(i);
    const kind = code < 0x2070 ? foldKind[code]! : FOLD_OTHER;
    if (kind === FOLD_CHAR) {
      if (space && out.length > 0) out.push(32);
      space = false;
      out.push(foldCode[code]!);
    } else if (kind === FOLD_SPACE) space = true;
    else if (kind === FOLD_OTHER) table = false;
  }
  let folded = '';
  if (!table) folded = foldVietnamese(text);
  else for (let k = 0; k < out.length; k += 4096) folded += String.fromCharCode(...out.slice(k, k + 4096));
  [lastText, lastFolded] = [text, folded];
  return folded;
}

/**
 * A piece of text as the folding stream sees it: fold(text), whether it
 * has any kept character, and whether folded-away spaces come before the
 * first of them (lead) or after the last (trail). Undefined when the text
 * holds a character the table does not cover.
 */
export interface FoldChunk {
  folded: string;
  chars: boolean;
  lead: boolean;
  trail: boolean;
  spaces: boolean;
}

export function foldChunk(text: string): FoldChunk | undefined {
  let chars = false;
  let lead = false;
  let space = false;
  let spaces = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = code < 0x2070 ? foldKind[code]! : FOLD_OTHER;
    if (kind === FOLD_OTHER) return undefined;
    if (kind === FOLD_SPACE) {
      space = spaces = true;
      if (!chars) lead = true;
    } else if (kind === FOLD_CHAR) [chars, space] = [true, false];
  }
  return { folded: fold(text), chars, lead, trail: chars && space, spaces };
}

export interface Cues {
  /** True when the text names a known unit (the unit registry). */
  resolveUnitName?: (s: string) => boolean;
  /** True when the text is a time expression (the time grammar). */
  isTime?: (s: string) => boolean;
}

// Folded openings of unit names, individual or collective (docs/DOMAIN.md §6).
// Departments are named "Sở <field>", committees "Ban <name>": the bare
// words also open ordinary phrases ("Số hóa", "Ban hành"), so they need their field.
const DEPARTMENT =
  '(so|ban) (noi vu|tu phap|tai chinh|ke hoach|thong tin|giao duc|y te|xay dung|cong thuong|giao thong|lao dong|nong nghiep|tai nguyen|van hoa|khoa hoc|ngoai vu|tt|chi dao|chi huy|quan ly|thuong truc|dan van|tuyen giao|to chuc|kinh te|phap che|dan toc)';
const UNIT_START = new RegExp(
  `^(-\\s*)?(phong|van phong|ubnd|uy ban|hdnd|cac (co quan|phong|don vi|so|xa|ban|dia phuong)|trung tam|bo phan|${DEPARTMENT}|hoi dong|cong an|chi cuc|dai |kho bac|doi |co quan|don vi|chi nhanh|huyen doan|bch)`,
);
// Openings strong enough to split a line that holds two cells ("Kế hoạch Phòng Tư pháp").
const UNIT_SPLIT = new RegExp(
  `^(phong|van phong|trung tam|bo phan|hoi dong|cac (co quan|phong|don vi)|cong an|chi cuc|kho bac|${DEPARTMENT})\\b`,
);

const TIME_WORDS =
  /^(-\s*)?(truoc|quy [ivx]+\b|quy [1-4]\b|thang \d|nam \d{4}|ngay \d|thuong xuyen|thuong$|hang (nam|quy|thang)|hang$|ca nam|trong (nam|quy|thang)|dinh ky|tu (nam|quy|thang)|den (nam|quy)|giai doan|(0?[1-9]|1[0-2])\/20\d\d|\d{1,2}\/\d{1,2}\/\d{4}|(nam )?20\d\d ?-|theo (thoi gian|quy dinh|ke hoach|tien do)|sau khi|trong thoi han|khi co)/;
const TIME_SPLIT = /^(truoc (ngay )?\d|quy [ivx]+\/|thang \d+\/|thuong xuyen|hang (nam|quy)|ca nam|nam 20\d\d)/;

const OUTPUT_START =
  /^(-\s*)?(ke hoach|bao cao|quyet dinh|to trinh|van ban|cac van ban|cong van|thong bao|bien ban|hoi nghi|nghi quyet|phieu|danh muc|de an|chuong trinh|huong dan|cac tin|tin, bai|giay|tai lieu|ket qua|so lieu|ho so|phuong an|kh |bc |qd |chi thi|dieu le|quy che|quy dinh|du thao|phan mem|he thong)/;

const FUNCTION_WORD_END =
  /\b(cua|voi|va|cho|tai|cac|hoac|theo|tren|trong|ve|den|tu|la|de|nhung|thuoc|dat|toi thieu|toi da|it nhat|khoang|tren|duoi)$/;

// A date or period anywhere in the text: units never carry one, times usually do.
const TIME_ANYWHERE =
  /\b(truoc ngay|truoc \d|quy [ivx]+\b|thang \d|nam 20\d\d|(0?[1-9]|1[0-2])\/20\d\d\b|hang (nam|quy)|thuong xuyen|ca nam|theo (thoi gian|quy dinh))/;

export const looksUnit = (text: string, cues: Cues): boolean =>
  UNIT_START.test(fold(text)) || (cues.resolveUnitName?.(text) ?? false);

/** The text opens with a time expression ("Trước 31/01/2024", "Thường xuyên"). */
export const looksTime = (text: string, cues: Cues): boolean =>
  (cues.isTime?.(text) ?? false) || TIME_WORDS.test(fold(text));

/** The text mentions a date or period somewhere ("KH ban hành trước ngày 30/01/2024"). */
export const mentionsTime = (text: string): boolean => TIME_ANYWHERE.test(fold(text));

export const looksOutput = (text: string): boolean => OUTPUT_START.test(fold(text));

/** "Chủ trì", "Kế hoạch": a capitalised word, a bullet or a number, as a cell usually begins. */
export const opensCell = (text: string): boolean => /^([-+•]|\p{Lu}|\d|\()/u.test(text);

export const startsLower = (text: string): boolean => /^\p{Ll}/u.test(text);

/**
 * Word positions where a line may hold the end of one cell and the start of
 * the next: before a unit name or a time expression, after a complete phrase.
 */
export function splitPoints(text: string, cues: Cues): number[] {
  const words = text.split(' ');
  const points: number[] = [];
  for (let k = 1; k < words.length; k++) {
    const left = fold(words.slice(0, k).join(' '));
    const right = words.slice(k).join(' ');
    const fr = fold(right);
    if (FUNCTION_WORD_END.test(left) || !/^\p{Lu}/u.test(right)) continue;
    if (UNIT_SPLIT.test(fr) || TIME_SPLIT.test(fr) || (cues.resolveUnitName?.(right) ?? false)) points.push(k);
  }
  return points;
}

// A unit name cut after its head noun ("Văn phòng" | "HĐND&UBND huyện").
const HEAD_NOUN_END = /\b(van phong|phong|trung tam|uy ban|bo phan|phong tai|so|ban)$/;
// A time expression cut before its date ("Trước" | "31/01/2024").
const TIME_HEAD_END = /\b(truoc( ngay)?|thuong|hang|theo( thoi)?|sau khi|thang|ngay)$/;

/** How unlikely the text is to end a cell (0–1): a trailing comma, "&", hyphen, preposition or bare head noun. */
export function incomplete(text: string): number {
  const t = text.trim();
  return incompleteOf(
    fold(t),
    (t.match(/\(/g) ?? []).length > (t.match(/\)/g) ?? []).length,
    t.charCodeAt(t.length - 1),
  );
}

// The longest word the *_END patterns match is 10 characters ("truoc ngay"):
// they can be tested on the end of the text, one character more for \b.
const END_TAIL = 16;

/** incomplete(t) of trimmed text t, given fold(t), whether t leaves a parenthesis open and its last UTF-16 unit. */
function incompleteOf(folded: string, unclosed: boolean, last: number): number {
  // /[,&\-–]$/
  if (last === 44 || last === 38 || last === 45 || last === 0x2013) return 1;
  if (unclosed) return 1;
  const tail = folded.length > END_TAIL ? folded.slice(-END_TAIL) : folded;
  if (FUNCTION_WORD_END.test(tail) || HEAD_NOUN_END.test(tail) || TIME_HEAD_END.test(tail)) return 1;
  // "Văn phòng HĐND & UBND huyện;" usually goes on in the same cell.
  return last === 59 ? 0.5 : 0;
}

/** What a candidate cell's words suggest, given fold(text) and whether it leaves a parenthesis open. */
export function cueFacts(text: string, folded: string, unclosed: boolean, cues: Cues): ReturnType<typeof foldedFacts> {
  // Trimming changes neither the folding nor the parentheses.
  const t = text.trim();
  const facts = foldedFacts(folded, unclosed, t.charCodeAt(t.length - 1));
  if (cues.isTime?.(text)) facts.time = true;
  if (cues.resolveUnitName?.(text)) facts.unit = true;
  return facts;
}

/**
 * The part of cueFacts that needs only the folded text (and no cues): its
 * last character, trimmed, as an UTF-16 unit; mentionsTime when known.
 */
export function foldedFacts(folded: string, unclosed: boolean, last: number, mentions = TIME_ANYWHERE.test(folded)) {
  return {
    time: TIME_WORDS.test(folded),
    unit: UNIT_START.test(folded),
    output: OUTPUT_START.test(folded),
    mentionsTime: mentions,
    incomplete: incompleteOf(folded, unclosed, last),
  };
}

const TIME_ANYWHERE_FROM = new RegExp(TIME_ANYWHERE.source, 'g');
// TIME_ANYWHERE's longest word is 14 characters ("theo thoi gian"): an attempt
// reads no further than that past where it starts, one more for a \b.
const TIME_REACH = 20;

/**
 * Where the first TIME_ANYWHERE match in `folded` ends (-1: none), given
 * that its first `before` characters were a text whose first match ended
 * at `known` (-1: none). A match that ended before that text did stands;
 * otherwise only the attempts that could read past its end need trying:
 * those of its last TIME_REACH characters, and one at a "quy " whose run of
 * numerals (quy [ivx]+) reached its end.
 */
export function timeMatchEnd(folded: string, before: number, known: number): number {
  if (known >= 0 && known < before) return known;
  let from = Math.max(0, before - TIME_REACH);
  let k = before;
  while (k > 0 && (folded[k - 1] === 'i' || folded[k - 1] === 'v' || folded[k - 1] === 'x')) k--;
  if (k >= 4 && folded.startsWith('quy ', k - 4)) from = Math.min(from, k - 4);
  TIME_ANYWHERE_FROM.lastIndex = from;
  const m = TIME_ANYWHERE_FROM.exec(folded);
  return m ? m.index + m[0].length : -1;
}

/** "DVC tỉnh", "TW": a cell rarely opens with an acronym that names no unit. */
export const opensWithAcronym = (text: string, cues: Cues): boolean =>
  /^[\p{Lu}\d&]{2,}(\s|$)/u.test(text) && !/^\d/.test(text) && !looksUnit(text, cues);
