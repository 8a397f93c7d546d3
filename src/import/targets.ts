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
// "15% - 25%" and "1-2 sáng kiến" are ranges: the floor is kept as the value, the top beside it.
const QUANTITY = new RegExp(
  `(?<![\\d/.,])(\\d+(?:[.,]\\d+)?)(?:\\s*%?\\s*[-–]\\s*(\\d+(?:[.,]\\d+)?))?\\s*(%|(?:${COUNT_UNITS})(?![\\p{L}]))`,
  'giu',
);
// The words right before a number that say how it compares; longest first.
const BEFORE: [RegExp, Comparator][] = [
  [/((?:cắt )?giảm|rút ngắn)(?:\s+(?:tối thiểu|ít nhất|bình quân|thêm))?\s*$/iu, 'reduce-by'],
  // "tối thiểu tương ứng là 30%", "ít nhất tại 30% UBND cấp xã", "tỷ lệ tối thiểu là 85%"
  [/(?:đạt\s+)?(?:tối thiểu|ít nhất)(?:\s+tương ứng)?(?:\s+(?:là|tại))?\s*$/iu, 'min'],
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
  /** Top of a range ("15% - 25%"), else null. */
  valueMax: number | null;
  /** The quantity as written ("15% - 25%", "1-2 sáng kiến"). */
  valueRaw: string;
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
    // A list shares its comparator: "giảm 10% biên chế sự nghiệp ... và 5% biên chế hành
    // chính", "tối thiểu tương ứng là 30%, 20%, 15%".
    const prev = out.at(-1);
    const listed =
      prev && (/^\s*,\s*$/u.test(between) || (prev.comparator === 'reduce-by' && /\svà\s*$/u.test(between)));
    if (!cmp && listed && prev.comparatorRaw) cmp = [prev.comparator, prev.comparatorRaw];
    if (unit !== '%' && !cmp) continue; // "5 năm, 10 năm", "6 tháng": a duration, not a target
    // "1-2 sáng kiến": the range's floor is what is promised
    out.push({
      start,
      end,
      value: num(m[1]!),
      valueMax: m[2] ? num(m[2]) : null,
      valueRaw: m[0],
      unit,
      comparator: cmp?.[0] ?? (m[2] ? 'min' : 'exact'),
      comparatorRaw: cmp?.[1] ?? '',
    });
  }
  return out;
}

interface Deadline {
  year: number | null;
  raw: string;
}

interface Found extends Deadline {
  index: number;
  end: number;
  /** Index in DEADLINES: the lower, the surer a deadline. */
  rank: number;
}

// Strongest first; a weaker match inside a stronger one is the same deadline.
const DEADLINES: [RegExp, (m: RegExpExecArray) => number | null][] = [
  [/(?:đến|tới|trước|trong|vào|hết)\s+(?:hết\s+|cuối\s+)?năm\s+(\d{4})/giu, (m) => Number(m[1])],
  // "Đến 2025: 15% - 25% ..." (qt-2021-2025:75) writes the year without "năm".
  [/(?<![\p{L}])(?:đến|tới|trước)\s+(\d{4})(?!\d)/giu, (m) => Number(m[1])],
  [/(?<!so với\s)giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/giu, (m) => Number(m[2])],
  // A bare "năm 2024" is a deadline; "so với năm 2021" a baseline, "ngày 31 tháng 5 năm 2020" a date.
  [/(?<!so với\s|của\s|kỳ\s|tháng\s+\d{1,2}\s+)năm\s+(\d{4})/giu, (m) => Number(m[1])],
  [/(?:hàng|hằng|mỗi)\s+năm/giu, () => null],
];

/** Every deadline written in a sentence, in the order written. */
function deadlinesIn(sentence: string): Found[] {
  const out: Found[] = [];
  for (const [rank, [re, year]] of DEADLINES.entries())
    for (const m of sentence.matchAll(re)) {
      const f = { year: year(m), raw: m[0], index: m.index, end: m.index + m[0].length, rank };
      if (!out.some((o) => o.index < f.end && f.index < o.end)) out.push(f);
    }
  return out.sort((a, b) => a.index - b.index);
}

/** The deadline written in the sentence; undefined when it names none. */
export function deadlineIn(sentence: string): Deadline | undefined {
  const first = deadlinesIn(sentence).sort((a, b) => a.rank - b.rank)[0];
  return first && { year: first.year, raw: first.raw };
}

/** "Đến năm 2030:" opening a sentence governs what follows it in the same text, until the next one. */
const leadinOf = (sentence: string, written: Found[]) =>
  written.find((d) => d.rank <= 1 && /^[\s\-+*•]*$/u.test(sentence.slice(0, d.index)));

/**
 * Sentences of a paragraph: a stop followed by a capital, digit or bullet; or a
 * year's lead-in ("Đến năm 2030:") that a table cell runs on into without a stop
 * (qt-2021-2025:49-52 "... đạt từ 30% trở lên  Đến năm 2030: 100% TTHC ...").
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d+\-])|\s+(?=(?:Đến|Tới|Trước)\s+(?:năm\s+)?\d{4}\s*:)/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

// Where a clause about the next quantity may start, strongest first: ";", "trong (số) đó", ",", " và ".
const CLAUSE_BREAKS = [/;\s*/gu, /\s*trong (?:số )?đó,?\s*/giu, /,\s*|\s+và\s+/gu];

/** Text of each quantity's clause, so two targets in a sentence can be told apart. */
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

/**
 * Every target of a text (a sentence, a paragraph or a table cell). Each keeps
 * its whole sentence (what the document states, never cut) and the clause about
 * its own quantity; its year is the one written nearest before it in the
 * sentence, else later in it, else the text's last "Đến năm …" lead-in, else the
 * context's — never one the text does not give.
 */
export function extractTargets(text: string, ctx: TargetContext): RawTarget[] {
  const out: RawTarget[] = [];
  let leadin: Found | undefined;
  for (const sentence of sentences(text.replace(/\s+/g, ' '))) {
    const qs = quantities(sentence);
    const written = deadlinesIn(sentence);
    const texts = segments(sentence, qs);
    qs.forEach((q, i) => {
      // Before it, a year over "mỗi năm" ("Giai đoạn 2023 - 2025, mỗi năm tăng tối thiểu 20%"); after
      // it, only within its clause ("đạt tối thiểu 90% vào năm 2025", not past a ";").
      const before = written.filter((d) => d.end <= q.start).reverse();
      const own =
        before.find((d) => d.year !== null) ??
        before[0] ??
        written.find((d) => d.index >= q.end && !sentence.slice(q.end, d.index).includes(';'));
      const deadline: Deadline | undefined =
        own ??
        leadin ??
        (ctx.contextYear != null ? { year: ctx.contextYear, raw: ctx.contextRaw ?? '' } : undefined) ??
        (ctx.defaultYear != null ? { year: ctx.defaultYear, raw: '' } : undefined);
      if (!deadline && ctx.requireDeadline) return;
      out.push({
        text: texts[i]!,
        sentence: sentence.trim(),
        value: q.value,
        valueMax: q.valueMax,
        valueRaw: q.valueRaw,
        unit: q.unit,
        comparator: q.comparator,
        comparatorRaw: q.comparatorRaw,
        deadlineYear: deadline?.year ?? null,
        deadlineRaw: deadline?.raw ?? '',
        areaLabel: ctx.areaLabel,
        lines: ctx.lines,
      });
    });
    leadin = leadinOf(sentence, written) ?? leadin;
  }
  return out;
}
