/**
 * Time cells → TimeSpec. A cell may hold several expressions, separated by
 * two spaces, markup, "và", ";", bullets or — where a line break was lost —
 * a single space ("Tháng 01/2024 Trong năm 2024"); each becomes a part.
 * A few words of wording before an expression ("Thực hiện hàng năm",
 * "Công bố trước ngày 20/02/2024", "Các sở, ban, ngành: Cả năm 2026") are
 * kept in the part's raw text. Anything the grammar cannot read in full is
 * `unknown`: a half-understood cell is worse than an honest "don't know".
 */
import type { TimeSpec } from '../../schema/time';
import { RULES, type Period, type TimeValue } from './grammar';
import { SEP, foldWithMap, originalSlice } from './text';

export type { Period } from './grammar';

interface Found {
  start: number;
  end: number;
  values: TimeValue[];
}

/** Words of wording allowed before an expression; more is prose, not a time cell. */
const MAX_LABEL_WORDS = 5;
const SEPARATORS = new RegExp(`(?:[\\s${SEP};,.:+*#_\\-–—]|va(?![a-z0-9])|hoac(?![a-z0-9]))*`, 'y');
const LABEL_WORD = new RegExp(`[^\\s${SEP}\\d]+ ?`, 'y');
/** A unit of time in the wording before an expression: the grammar failed to read it. */
const UNREAD_TIME_WORD = /(?:^|[^a-z])(?:quy|thang|ngay|tuan)(?![a-z])/;
/** A parenthesised note right after an expression: "(Nghị định 32/2020/NĐ-CP)". */
const NOTE = /\s?\([^()]*\)/y;

function stickyLength(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  return re.exec(text)?.[0].length ?? 0;
}

/**
 * The longest rule matching at `pos`, or 'invalid' when the longest reading
 * names an impossible date ("31/6/2024", "2030-2021"): a shorter reading of
 * the same words would be a guess.
 */
function longestRule(text: string, pos: number, period: Period) {
  let best: { end: number; values: TimeValue[]; absorbs: boolean } | null = null;
  let invalidEnd = -1;
  for (const rule of RULES) {
    rule.re.lastIndex = pos;
    const m = rule.re.exec(text);
    if (!m || m[0].length === 0) continue;
    const end = pos + m[0].trimEnd().length;
    if (/[a-z0-9]/.test(text[end] ?? '')) continue;
    if (best && end <= best.end) continue;
    const values = rule.build(m, period);
    if (values?.length) best = { end, values, absorbs: rule.absorbs ?? false };
    else invalidEnd = Math.max(invalidEnd, end);
  }
  return best && invalidEnd > best.end ? 'invalid' : best;
}

function scan(text: string, from: number, period: Period): Found[] | null {
  const start = from + stickyLength(SEPARATORS, text, from);
  if (start >= text.length) return [];
  let pos = start;
  for (let words = 0; words <= MAX_LABEL_WORDS; words++) {
    const match = longestRule(text, pos, period);
    if (match === 'invalid') return null;
    if (match) {
      // "Các sở, ban, ngành: Cả năm 2026" names who; "Tăng cường phân cấp, phân
      // quyền theo quy định" is a sentence that happens to contain a condition.
      const label = text.slice(start, pos).trim();
      if (label.includes(',') && !label.endsWith(':')) return null;
      // "Quý V/2024", "Tháng 13/2024": a time word the grammar could not read
      // is not wording; reading on to "2024" would widen it to the whole year.
      if (UNREAD_TIME_WORD.test(label)) return null;
      const end = match.end + stickyLength(NOTE, text, match.end);
      const rest = scan(text, end, period);
      if (rest) return [{ start, end, values: match.values }, ...rest];
      return match.absorbs ? [{ start, end: text.trimEnd().length, values: match.values }] : null;
    }
    const word = stickyLength(LABEL_WORD, text, pos);
    if (!word) return null;
    pos += word;
  }
  return null;
}

/** Reads a time cell; `period` supplies the year of "Quý III", "Hàng năm" and the like. */
export function parseTime(raw: string, period: Period): TimeSpec {
  const text = raw.trim();
  const folded = foldWithMap(text);
  const found = scan(folded.text, 0, period);
  if (!found?.length) return { raw: text, kind: 'unknown' };
  const parts = found.flatMap((f) =>
    f.values.map((value) => ({ raw: originalSlice(text, folded, f.start, f.end), ...value })),
  );
  if (parts.length === 1) return { ...parts[0], raw: text } as TimeSpec;
  return { raw: text, kind: 'multiple', parts };
}

/** parseTime for a cell that may be empty: no text, no time. */
export function parseTimeOrNull(raw: string | null | undefined, period: Period): TimeSpec | null {
  return raw && raw.trim() ? parseTime(raw, period) : null;
}
