/**
 * What a parsed time (TimeSpec, docs/DOMAIN.md §7) puts on a timeline. Only what
 * the importer understood is drawn: conditional and unknown times, and parts
 * without dates, come back as `undated` with their raw text, never as a guess.
 */
import type { Recurrence, TimeSpec } from '../../schema/time';
import { monthEnd, monthStart, pad, yearOf, type Span } from './dates';

/**
 * bar: a dated span · milestone: one day (or a deadline with only `to`) ·
 * recurring: one occurrence of a repeated deadline · band: ongoing work.
 */
export type MarkKind = 'bar' | 'milestone' | 'recurring' | 'band';

export interface Mark {
  kind: MarkKind;
  from: string;
  to: string;
  /** The time as written, for tooltips and tables. */
  raw: string;
}

export interface Marks {
  marks: Mark[];
  /** Every part that has no date we could draw, raw text kept. */
  undated: Part[];
}

export type Part = Omit<TimeSpec, 'parts'>;

/**
 * The span a recurring or ongoing time covers: its own dates when written
 * (the parser fills them, "Hàng năm, đến năm 2030" runs to 2030 even in a
 * 2021–2025 plan), else the plan period. Same rule as src/lib/time/format.ts.
 */
export function spanOf(part: Pick<TimeSpec, 'from' | 'to'>, period: Span): Span {
  return { from: part.from ?? period.from, to: part.to ?? period.to };
}

/** The span of each period a recurrence falls in that overlaps `bounds`. */
export function occurrenceSpans(rec: Recurrence, bounds: Span): Span[] {
  const spans: Span[] = [];
  for (let y = yearOf(bounds.from); y <= yearOf(bounds.to); y++) {
    for (const s of spansInYear(rec, y)) {
      if (s.to >= bounds.from && s.from <= bounds.to) spans.push(s);
    }
  }
  return spans;
}

function spansInYear(rec: Recurrence, y: number): Span[] {
  const month = (m: number): Span => {
    if (!rec.day) return { from: monthStart(y, m), to: monthEnd(y, m) };
    const day = clampDay(y, m, rec.day);
    return { from: day, to: day };
  };
  const quarter = (q: number): Span => ({ from: monthStart(y, q * 3 - 2), to: monthEnd(y, q * 3) });
  switch (rec.every) {
    case 'year':
      if (rec.month) return [month(rec.month)];
      if (rec.quarter) return [quarter(rec.quarter)];
      return [{ from: `${y}-01-01`, to: `${y}-12-31` }];
    case 'half-year':
      return [
        { from: monthStart(y, 1), to: monthEnd(y, 6) },
        { from: monthStart(y, 7), to: monthEnd(y, 12) },
      ];
    case 'quarter':
      return [1, 2, 3, 4].map(quarter);
    case 'month':
      return Array.from({ length: 12 }, (_, i) => month(i + 1));
  }
}

// "ngày 31 hàng tháng" in a 30-day month means its last day.
function clampDay(y: number, m: number, day: number): string {
  const last = monthEnd(y, m);
  return Number(last.slice(8)) < day ? last : `${y}-${pad(m)}-${pad(day)}`;
}

function partMarks(part: Part, period: Span): Mark | Mark[] | null {
  const { raw } = part;
  switch (part.kind) {
    case 'once':
    case 'range': {
      if (part.from && part.to)
        return { kind: part.from === part.to ? 'milestone' : 'bar', from: part.from, to: part.to, raw };
      const day = part.to ?? part.from;
      return day ? { kind: 'milestone', from: day, to: day, raw } : null;
    }
    case 'recurring': {
      const bounds = spanOf(part, period);
      if (bounds.from > bounds.to) return null;
      // Periodic with no stated cycle: we know it recurs within the span, not when.
      if (!part.recurrence) return { kind: 'band', ...bounds, raw };
      return occurrenceSpans(part.recurrence, bounds).map((s) => ({ kind: 'recurring', ...s, raw }));
    }
    case 'ongoing':
      return { kind: 'band', ...spanOf(part, period), raw };
    default:
      return null;
  }
}

/** Marks of one time inside a plan's period (relative times such as "Quý IV hàng năm" take that period). */
export function marksOf(spec: TimeSpec | null, period: Span): Marks {
  if (!spec) return { marks: [], undated: [] };
  const parts: Part[] = spec.kind === 'multiple' && spec.parts?.length ? spec.parts : [spec];
  const out: Marks = { marks: [], undated: [] };
  for (const part of parts) {
    const m = partMarks(part, period);
    if (m === null || (Array.isArray(m) && m.length === 0)) out.undated.push(part);
    else out.marks.push(...(Array.isArray(m) ? m : [m]));
  }
  return out;
}
