/**
 * Calendar arithmetic on ISO dates ("2024-03-31"), in UTC so that the build
 * machine's time zone cannot move a deadline by a day.
 */

import { lastDayOfMonth, pad } from './calendar';

export type Span = { from: string; to: string };

/**
 * The reader's calendar day, for browser scripts: their own time zone, not UTC's (in Việt Nam
 * the two differ before 7 a.m.).
 */
export function localDay(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export { pad };

/** Last day of a month (month 1–12). */
export function monthEnd(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`;
}

export function monthStart(year: number, month: number): string {
  return `${year}-${pad(month)}-01`;
}

export function addDays(isoDate: string, days: number): string {
  const d = toDate(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** A plan's period in years as a span of days. */
export function yearsSpan(period: { from: number; to: number }): Span {
  return { from: `${period.from}-01-01`, to: `${period.to}-12-31` };
}

/** ISO dates compare correctly as strings. */
export function minIso(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxIso(a: string, b: string): string {
  return a > b ? a : b;
}

/** Every calendar year a span touches. */
export function yearsOf(span: Span): number[] {
  const out: number[] = [];
  for (let y = yearOf(span.from); y <= yearOf(span.to); y++) out.push(y);
  return out;
}

/** "2024-03-31" → "31/03/2024", the way the sources write dates. */
export function viDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}
