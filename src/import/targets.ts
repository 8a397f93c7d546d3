/**
 * Targets (chỉ tiêu, docs/DOMAIN.md §8): a quantity ("80%", "từ 1-2 sáng kiến") with
 * a comparator and a deadline. Works on any text: prose sentences and table
 * cells alike, so the same indicator can be lined up across plans.
 */
import type { Lines, RawTarget } from './raw';
export { indicatorKey, indicatorArea } from './indicators';

export interface TargetContext {
  areaLabel: string;
  lines: Lines;
  /** Year of the enclosing lead-in or heading ("Đến năm 2025:"), and how it was written. */
  contextYear?: number | null;
  contextRaw?: string;
  /** Year that holds when the text names none (an annual plan's year); null: none. */
  defaultYear?: number | null;
  /** Skip quantities with no deadline in the text, the context or the default. */
  requireDeadline?: boolean;
}

type Comparator = RawTarget['comparator'];

// Counted units that make a number a quantity (only together with a comparator).
const COUNT_UNITS =
  'ngày làm việc|ngày|lần|năm|tháng|giờ|sáng kiến|giải pháp|mô hình|cuộc|lớp|đợt|đơn vị|cơ quan|văn bản|thủ tục';
const QUANTITY = new RegExp(
  `(?<![\\d/.,])(\\d+(?:[.,]\\d+)?)(?:\\s*[-–]\\s*(\\d+(?:[.,]\\d+)?))?\\s*(%|(?:${COUNT_UNITS})(?![\\p{L}]))`,
  'giu',
);
// The words right before a number that say how it compares; longest first.
const BEFORE: [RegExp, Comparator][] = [
  [/((?:cắt )?giảm|rút ngắn)(?:\s+(?:tối thiểu|ít nhất|bình quân|thêm))?\s*$/iu, 'reduce-by'],
  [/(?:đạt\s+)?(?:tối thiểu|ít nhất)\s*$/iu, 'min'],
  [/(?:đạt\s+)?(?:tối đa|không quá|không vượt quá)\s*$/iu, 'max'],
  [/(?:đạt\s+)?(?:trên|hơn)\s*$/iu, 'more-than'],
  [/(?:đạt\s+)?(?:dưới|ít hơn)\s*$/iu, 'less-than'],
  [/(?:đạt\s+)?từ\s*$/iu, 'min'],
  [/đạt\s*$/iu, 'exact'],
];

interface Quantity {
  start: number;
  end: number;
  value: number;
  unit: string;
  comparator: Comparator;
  comparatorRaw: string;
}

const num = (s: string) => Number(s.replace(',', '.'));

function comparatorOf(before: string, after: string): [Comparator, string] | null {
  const trailing = /^\s*trở lên/iu.test(after) ? 'trở lên' : /^\s*trở xuống/iu.test(after) ? 'trở xuống' : '';
  for (const [re, c] of BEFORE) {
    const m = re.exec(before);
    if (!m) continue;
    const raw = m[0].trim();
    if (trailing && /từ$/iu.test(raw)) return [trailing === 'trở lên' ? 'min' : 'max', `${raw} … ${trailing}`];
    return [c, raw];
  }
  if (trailing) return [trailing === 'trở lên' ? 'min' : 'max', trailing];
  return null;
}

/** Quantities of one sentence, with what each compares by. */
function quantities(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of sentence.matchAll(QUANTITY)) {
    const start = m.index;
    const end = start + m[0].length;
    const unit = m[3]!;
    const before = sentence.slice(Math.max(0, start - 40), start);
    const between = sentence.slice(out.at(-1)?.end ?? 0, start);
    let cmp = comparatorOf(before, sentence.slice(end));
    // "giảm 10% biên chế sự nghiệp ... và 5% biên chế hành chính": the second shares the verb.
    const prev = out.at(-1);
    if (!cmp && prev?.comparator === 'reduce-by' && /\svà\s*$/u.test(between)) cmp = ['reduce-by', prev.comparatorRaw];
    if (unit !== '%' && !cmp) continue; // "5 năm, 10 năm", "6 tháng": a duration, not a target
    // "1-2 sáng kiến": the range's floor is what is promised
    out.push({ start, end, value: num(m[1]!), unit, comparator: cmp?.[0] ?? 'exact', comparatorRaw: cmp?.[1] ?? '' });
  }
  return out;
}

interface Deadline {
  year: number | null;
  raw: string;
}

/** The deadline written in the sentence; undefined when it names none. */
export function deadlineIn(sentence: string): Deadline | undefined {
  const by = /(?:đến|tới|trước|trong|vào|hết)\s+(?:hết\s+|cuối\s+)?năm\s+(\d{4})/iu.exec(sentence);
  if (by) return { year: Number(by[1]), raw: by[0] };
  const range = /(?<!so với\s)giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/iu.exec(sentence);
  if (range) return { year: Number(range[2]), raw: range[0] };
  // A bare "năm 2024" is a deadline; "so với năm 2021" / "so với giai đoạn 2021-2025" a baseline.
  const bare = /(?<!so với\s|của\s|kỳ\s)năm\s+(\d{4})/iu.exec(sentence);
  if (bare) return { year: Number(bare[1]), raw: bare[0] };
  const yearly = /(?:hàng|hằng|mỗi)\s+năm/iu.exec(sentence);
  if (yearly) return { year: null, raw: yearly[0] };
  return undefined;
}

/** Sentences of a paragraph: a stop followed by a capital, digit or bullet. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d+\-])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

// Where a clause about the next quantity may start, strongest first: ";", "trong (số) đó", ",", " và ".
const CLAUSE_BREAKS = [/;\s*/gu, /\s*trong (?:số )?đó,?\s*/giu, /,\s*|\s+và\s+/gu];

/** Text of each quantity's clause, so two targets in a sentence read apart. */
function segments(sentence: string, qs: Quantity[]): string[] {
  const starts = qs.map((q, i) => {
    if (i === 0) return 0;
    const from = qs[i - 1]!.end;
    const between = sentence.slice(from, q.start);
    for (const re of CLAUSE_BREAKS) {
      const last = [...between.matchAll(re)].at(-1);
      if (last) return from + last.index + last[0].length;
    }
    return from;
  });
  return starts.map((s, i) =>
    sentence
      .slice(s, starts[i + 1] ?? sentence.length)
      .replace(/[\s,;]*(?:và|trong (?:số )?đó)?[\s,;.]*$/u, '')
      .trim(),
  );
}

/** Every target of a text (a sentence, a paragraph or a table cell). */
export function extractTargets(text: string, ctx: TargetContext): RawTarget[] {
  const out: RawTarget[] = [];
  for (const sentence of sentences(text.replace(/\s+/g, ' '))) {
    const qs = quantities(sentence);
    if (!qs.length) continue;
    const written = deadlineIn(sentence);
    const deadline: Deadline | undefined =
      written ??
      (ctx.contextYear != null ? { year: ctx.contextYear, raw: ctx.contextRaw ?? '' } : undefined) ??
      (ctx.defaultYear != null ? { year: ctx.defaultYear, raw: '' } : undefined);
    if (!deadline && ctx.requireDeadline) continue;
    const texts = segments(sentence, qs);
    qs.forEach((q, i) =>
      out.push({
        text: texts[i]!,
        value: q.value,
        unit: q.unit,
        comparator: q.comparator,
        comparatorRaw: q.comparatorRaw,
        deadlineYear: deadline?.year ?? null,
        deadlineRaw: deadline?.raw ?? '',
        areaLabel: ctx.areaLabel,
        lines: ctx.lines,
      }),
    );
  }
  return out;
}
