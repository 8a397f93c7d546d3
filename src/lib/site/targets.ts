/**
 * How a target reads on a page: the document's whole sentence (its own clause
 * set apart, never cut out of it), and its level as a bound in plain words.
 */
import type { Target } from '../../schema/target';

type Level = Pick<Target, 'comparator' | 'comparatorRaw' | 'value' | 'valueMax' | 'valueRaw' | 'unit'>;

/** "tối thiểu 80%", "trên 20%", "từ 15% đến 25%", "giảm bình quân 10%", "100%". */
export function levelText(t: Level): string {
  const unit = t.unit === '%' ? '%' : ` ${t.unit}`;
  const n = (v: number) => `${v.toLocaleString('vi')}${unit}`;
  if (t.valueMax !== null) return `từ ${n(t.value)} đến ${n(t.valueMax)}`;
  switch (t.comparator) {
    case 'min':
      return `tối thiểu ${n(t.value)}`;
    case 'max':
      return `tối đa ${n(t.value)}`;
    case 'more-than':
      return `trên ${n(t.value)}`;
    case 'less-than':
      return `dưới ${n(t.value)}`;
    case 'reduce-by':
      // The verb as written ("cắt giảm ít nhất", "giảm bình quân") carries the bound.
      return `${t.comparatorRaw.toLocaleLowerCase('vi')} ${n(t.value)}`;
    default:
      return n(t.value);
  }
}

/** The sentence in parts, the given clauses marked (in order, each where it first occurs after the last). */
export function sentenceParts(sentence: string, clauses: string[]): { text: string; clause: boolean }[] {
  const out: { text: string; clause: boolean }[] = [];
  let at = 0;
  for (const c of clauses) {
    const i = c ? sentence.indexOf(c, at) : -1;
    if (i < 0) continue;
    if (i > at) out.push({ text: sentence.slice(at, i), clause: false });
    out.push({ text: c, clause: true });
    at = i + c.length;
  }
  if (at < sentence.length) out.push({ text: sentence.slice(at), clause: false });
  return out;
}

/**
 * Targets of one sentence of one plan (a sentence is read once), each row in the order its
 * clauses stand in the sentence: its levels then read in that order, and every clause is found
 * by `sentenceParts` (which looks for each after the last). A comparison group can bring them
 * in another order (snv-2026.txt:45: the 75% clause after the 100% one).
 */
export function bySentence<T extends Pick<Target, 'plan' | 'sentence' | 'source' | 'text'>>(targets: T[]): T[][] {
  const rows: T[][] = [];
  const key = (t: T) => `${t.plan}\u0000${t.source.lines.join('-')}\u0000${t.sentence}`;
  for (const t of targets) {
    const last = rows.at(-1);
    if (last && key(last[0]!) === key(t)) last.push(t);
    else rows.push([t]);
  }
  const at = (t: T) => t.sentence.indexOf(t.text);
  return rows.map((row) => row.toSorted((a, b) => at(a) - at(b)));
}

/** "đến năm 2025" as written, or why the year is there when the sentence names none. */
export function deadlineText(t: Pick<Target, 'deadlineYear' | 'deadlineRaw'>): { year: string; note: string } {
  if (t.deadlineRaw && t.deadlineYear === null) return { year: t.deadlineRaw, note: '' }; // "hằng năm"
  if (t.deadlineRaw) return { year: String(t.deadlineYear), note: `«${t.deadlineRaw}»` };
  if (t.deadlineYear === null) return { year: '—', note: 'văn bản không ghi năm' };
  return { year: String(t.deadlineYear), note: 'câu không ghi năm: thời hạn của kế hoạch' };
}

/** "tối thiểu 80% đến năm 2025", "tối thiểu 99% (hàng năm)": one line for a list. */
export function levelWithYear(t: Level & Pick<Target, 'deadlineYear' | 'deadlineRaw'>): string {
  const { year } = deadlineText(t);
  if (year === '—') return levelText(t);
  return /^\d+$/.test(year) ? `${levelText(t)} đến năm ${year}` : `${levelText(t)} (${year.toLocaleLowerCase('vi')})`;
}
