import { iso as isoDate, lastDayOfMonth } from './calendar';
import type { TimeSpec, Recurrence } from '../../schema/time';

/** "2024-09-30" → "30/09/2024", the way Vietnamese documents write dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const EVERY: Record<Recurrence['every'], string> = {
  year: 'hằng năm',
  'half-year': '6 tháng một lần',
  quarter: 'hằng quý',
  month: 'hằng tháng',
};

type Part = Omit<TimeSpec, 'parts'>;

function describeRecurrence(r: Recurrence): string {
  const at: string[] = [];
  if (r.quarter) at.push(`quý ${['I', 'II', 'III', 'IV'][r.quarter - 1]}`);
  if (r.day && r.month) at.push(`trước ngày ${String(r.day).padStart(2, '0')}/${String(r.month).padStart(2, '0')}`);
  else if (r.month) at.push(`tháng ${r.month}`);
  return `Định kỳ ${EVERY[r.every]}${at.length ? ` (${at.join(', ')})` : ''}`;
}

function describePart(t: Part): string {
  const from = t.from ? formatDate(t.from) : undefined;
  const to = t.to ? formatDate(t.to) : undefined;
  switch (t.kind) {
    case 'once':
      return to ? `Hạn hoàn thành: ${to}` : from ? `Thời điểm: ${from}` : 'Một lần (không rõ ngày)';
    case 'range':
      return from && to ? `Từ ${from} đến ${to}` : to ? `Đến ${to}` : from ? `Từ ${from}` : 'Một khoảng thời gian';
    case 'recurring':
      return (
        (t.recurrence ? describeRecurrence(t.recurrence) : 'Định kỳ') + (from && to ? `, từ ${from} đến ${to}` : '')
      );
    case 'ongoing':
      return 'Thường xuyên' + (from && to ? `, từ ${from} đến ${to}` : '');
    case 'conditional':
      return 'Tùy điều kiện (không có ngày cố định)';
    case 'multiple':
      return 'Nhiều mốc thời gian';
    default:
      return 'Chưa xác định được';
  }
}

/** What the importer understood of a time expression, in plain Vietnamese. */
export function describeTime(t: TimeSpec | null | undefined): string {
  if (!t) return 'Không ghi thời gian';
  if (t.kind === 'multiple' && t.parts?.length) return t.parts.map(describePart).join('; ');
  return describePart(t);
}

const iso = (y: number, m: number, d?: number) => isoDate(y, m, d ?? lastDayOfMonth(y, m));

/** Every date a recurring deadline falls on within [fromYear, toYear]. */
function occurrences(r: Recurrence, fromYear: number, toYear: number): string[] {
  const out: string[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    if (r.every === 'year') {
      const m = r.month ?? (r.quarter ? r.quarter * 3 : 12);
      out.push(iso(y, m, r.day));
    } else if (r.every === 'half-year') out.push(iso(y, 6), iso(y, 12));
    else if (r.every === 'quarter') out.push(iso(y, 3), iso(y, 6), iso(y, 9), iso(y, 12));
    else for (let m = 1; m <= 12; m++) out.push(iso(y, m, r.day && r.day <= lastDayOfMonth(y, m) ? r.day : undefined));
  }
  return out;
}

export interface Period {
  from: number;
  to: number;
}

/**
 * Every date a task is due on, sorted: the end (or the single date) of a
 * dated task, each occurrence of recurring work within the plan's period.
 * Empty when the time has no date (ongoing, conditional, not stated).
 */
export function deadlineDates(t: TimeSpec | null | undefined, period: Period): string[] {
  if (!t) return [];
  if (t.kind === 'multiple' && t.parts?.length)
    return [...new Set(t.parts.flatMap((p) => deadlineDates(p, period)))].sort();
  if (t.kind === 'recurring' && t.recurrence) {
    const fromYear = t.from ? Number(t.from.slice(0, 4)) : period.from;
    const toYear = t.to ? Number(t.to.slice(0, 4)) : period.to;
    return occurrences(t.recurrence, fromYear, toYear).filter((d) => !t.to || d <= t.to);
  }
  if (t.kind === 'once' || t.kind === 'range') {
    const d = t.to ?? t.from;
    return d ? [d] : [];
  }
  return [];
}

/**
 * The first deadline on or after `today` (ISO date), within the plan's period
 * for recurring work. Undefined when the time has no date (ongoing,
 * conditional) or every date has passed.
 */
export function nextDeadline(t: TimeSpec | null | undefined, period: Period, today: string): string | undefined {
  return deadlineDates(t, period).find((d) => d >= today);
}

/** "Năm 2024" for a one-year plan, "2021–2025" otherwise. */
export function periodLabel(period: Period): string {
  return period.from === period.to ? `Năm ${period.from}` : `${period.from}–${period.to}`;
}
