/**
 * Calendar arithmetic on ISO date strings, shared by the time parser and the
 * time formatter. Plain strings rather than Date objects so that no time zone
 * can shift a deadline by a day.
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export const pad = (n: number) => String(n).padStart(2, '0');

export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDayOfMonth(y, m);
}

export function iso(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function parseIso(date: string): Ymd {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

export const yearOf = (date: string): number => parseIso(date).y;

export const yearStart = (y: number) => iso(y, 1, 1);
export const yearEnd = (y: number) => iso(y, 12, 31);
export const monthStart = (y: number, m: number) => iso(y, m, 1);
export const monthEnd = (y: number, m: number) => iso(y, m, lastDayOfMonth(y, m));
export const quarterStart = (y: number, q: number) => monthStart(y, q * 3 - 2);
export const quarterEnd = (y: number, q: number) => monthEnd(y, q * 3);

/** "2024-09-30" → "30/09/2024", as Vietnamese documents write dates. */
export function vnDate(date: string): string {
  const { y, m, d } = parseIso(date);
  return `${pad(d)}/${pad(m)}/${y}`;
}

export const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export function romanQuarter(q: number): string {
  return ROMAN[q - 1] ?? String(q);
}
