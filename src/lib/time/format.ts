/**
 * What a parsed time means for readers and charts: a short Vietnamese
 * reading, the years it touches, and the concrete dated marks to draw.
 * Conditional and unknown times have no dates here on purpose — they are
 * listed apart with their raw text, never placed on a timeline by guess.
 */
import type { Recurrence, TimeSpec } from '../../schema/time';
import {
  lastDayOfMonth,
  monthEnd,
  monthStart,
  parseIso,
  quarterEnd,
  quarterStart,
  romanQuarter,
  vnDate,
  yearEnd,
  yearOf,
  yearStart,
  iso,
} from './calendar';

export interface Period {
  from: number;
  to: number;
}

/** One span to draw. `from === to` is a milestone; `ongoing` is a light band, not a deadline. */
export interface Occurrence {
  from: string;
  to: string;
  ongoing?: true;
}

type Part = Omit<TimeSpec, 'parts'>;

const isYearStart = (d: string) => d.endsWith('-01-01');
const isYearEnd = (d: string) => d.endsWith('-12-31');
const isMonthStart = (d: string) => d.endsWith('-01');
const isMonthEnd = (d: string) => {
  const { y, m, d: day } = parseIso(d);
  return day === lastDayOfMonth(y, m);
};
const quarterOfStart = (d: string) => {
  const { m, d: day } = parseIso(d);
  return day === 1 && (m - 1) % 3 === 0 ? (m + 2) / 3 : undefined;
};
const quarterOfEnd = (d: string) => {
  const { m } = parseIso(d);
  return isMonthEnd(d) && m % 3 === 0 ? m / 3 : undefined;
};

/** A span of whole calendar units, named as the documents name them. */
function span(from: string, to: string, single: boolean): string {
  const [a, b] = [parseIso(from), parseIso(to)];
  if (from === to) return vnDate(from);
  if (isYearStart(from) && isYearEnd(to)) {
    if (a.y === b.y) return single ? `Năm ${a.y}` : `Cả năm ${a.y}`;
    return `${a.y}–${b.y}`;
  }
  const [qa, qb] = [quarterOfStart(from), quarterOfEnd(to)];
  if (qa && qb) {
    if (a.y !== b.y) return `Quý ${romanQuarter(qa)}/${a.y}–Quý ${romanQuarter(qb)}/${b.y}`;
    if (single && qa === 1 && qb === 2) return `6 tháng đầu năm ${a.y}`;
    if (single && qa === 3 && qb === 4) return `6 tháng cuối năm ${a.y}`;
    return qa === qb ? `Quý ${romanQuarter(qa)}/${a.y}` : `Quý ${romanQuarter(qa)}–${romanQuarter(qb)}/${a.y}`;
  }
  if (isMonthStart(from) && isMonthEnd(to) && a.y === b.y)
    return a.m === b.m ? `Tháng ${a.m}/${a.y}` : `Tháng ${a.m}–${b.m}/${a.y}`;
  return `${vnDate(from)}–${vnDate(to)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

function recurrenceText(r: Recurrence | undefined): string {
  if (!r) return 'Định kỳ';
  if (r.every === 'quarter') return 'Hằng quý';
  if (r.every === 'half-year') return '6 tháng một lần';
  if (r.every === 'month') return r.day ? `Hằng tháng, trước ngày ${r.day}` : 'Hằng tháng';
  if (r.quarter) return `Hằng năm, quý ${romanQuarter(r.quarter)}`;
  if (r.month && r.day) return `Hằng năm, trước ${pad(r.day)}/${pad(r.month)}`;
  if (r.month) return `Hằng năm, tháng ${r.month}`;
  return 'Hằng năm';
}

function formatPart(t: Part): string {
  switch (t.kind) {
    case 'once':
    case 'range':
      if (t.from && t.to) return span(t.from, t.to, t.kind === 'once');
      if (t.to) return `Hạn ${vnDate(t.to)}`;
      return t.from ? `Từ ${vnDate(t.from)}` : 'Chưa rõ';
    case 'recurring': {
      const base = recurrenceText(t.recurrence);
      const oneYear = t.from && t.to && yearOf(t.from) === yearOf(t.to);
      return oneYear ? `${base} trong năm ${yearOf(t.from as string)}` : base;
    }
    case 'ongoing':
      return 'Thường xuyên';
    case 'conditional':
      return 'Có điều kiện';
    default:
      return 'Chưa rõ';
  }
}

/** Short Vietnamese reading of what was understood; the raw text is shown beside it. */
export function formatTime(spec: TimeSpec): string {
  if (spec.kind === 'multiple') return (spec.parts ?? []).map(formatPart).join('; ');
  return formatPart(spec);
}

function bounds(t: Part, period: Period): [string, string] {
  return [t.from ?? yearStart(period.from), t.to ?? yearEnd(period.to)];
}

/** The slots one recurrence fills in year `y`. */
function slots(r: Recurrence, y: number): Occurrence[] {
  const range = (from: string, to: string) => ({ from, to });
  switch (r.every) {
    case 'month':
      return Array.from({ length: 12 }, (_, i) => {
        const m = i + 1;
        if (r.day) {
          const d = iso(y, m, Math.min(r.day, lastDayOfMonth(y, m)));
          return range(d, d);
        }
        return range(monthStart(y, m), monthEnd(y, m));
      });
    case 'quarter':
      return [1, 2, 3, 4].map((q) => range(quarterStart(y, q), quarterEnd(y, q)));
    case 'half-year':
      return [range(monthStart(y, 1), monthEnd(y, 6)), range(monthStart(y, 7), monthEnd(y, 12))];
    default:
      if (r.quarter) return [range(quarterStart(y, r.quarter), quarterEnd(y, r.quarter))];
      if (r.month && r.day) {
        const d = iso(y, r.month, Math.min(r.day, lastDayOfMonth(y, r.month)));
        return [range(d, d)];
      }
      if (r.month) return [range(monthStart(y, r.month), monthEnd(y, r.month))];
      return [range(yearStart(y), yearEnd(y))];
  }
}

function partOccurrences(t: Part, period: Period): Occurrence[] {
  switch (t.kind) {
    case 'once':
    case 'range': {
      const from = t.from ?? t.to;
      const to = t.to ?? t.from;
      return from && to ? [{ from, to }] : [];
    }
    case 'recurring': {
      const [from, to] = bounds(t, period);
      // Periodic with no stated cycle: we know it recurs within the span, not when.
      if (!t.recurrence) return [{ from, to, ongoing: true }];
      const out: Occurrence[] = [];
      for (let y = yearOf(from); y <= yearOf(to); y++)
        for (const s of slots(t.recurrence, y)) if (s.to >= from && s.from <= to) out.push(s);
      return out;
    }
    case 'ongoing': {
      const [from, to] = bounds(t, period);
      return [{ from, to, ongoing: true }];
    }
    default:
      return [];
  }
}

/**
 * Dated marks to draw: stated dates as written (a 2030 target in a 2021–2025
 * plan stays in 2030), recurring work as one mark per period within its span,
 * ongoing work as one band over the plan period, nothing for conditional or
 * unknown times.
 */
export function occurrences(spec: TimeSpec, period: Period): Occurrence[] {
  if (spec.kind === 'multiple') return (spec.parts ?? []).flatMap((p) => partOccurrences(p, period));
  return partOccurrences(spec, period);
}

/** Years a time touches, ascending, for year filters. */
export function timeYears(spec: TimeSpec, period: Period): number[] {
  const years = new Set<number>();
  for (const o of occurrences(spec, period)) for (let y = yearOf(o.from); y <= yearOf(o.to); y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}
