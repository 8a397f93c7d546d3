import { z } from 'zod';

/** Whether "YYYY-MM-DD" names a day of the calendar (no month 13, no 30 February). */
export function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** ISO calendar date, e.g. "2024-09-30", of a day that exists. */
export const isoDate = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD')
    .refine(isCalendarDate, 'ngày không có thật (tháng phải từ 01 đến 12, ngày phải có trong tháng đó)');

/**
 * How often a recurring deadline comes back. `month`/`day`/`quarter` pin the
 * moment inside each period ("Quý IV hàng năm" → every year, quarter 4).
 */
export const recurrenceSchema = () =>
  z.object({
    every: z.enum(['year', 'half-year', 'quarter', 'month']),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    quarter: z.number().int().min(1).max(4).optional(),
  });

export const timeKinds = ['once', 'range', 'recurring', 'ongoing', 'conditional', 'unknown', 'multiple'] as const;

const timePartSchema = () =>
  z.object({
    raw: z.string(),
    kind: z.enum(timeKinds),
    from: isoDate().optional(),
    to: isoDate().optional(),
    recurrence: recurrenceSchema().optional(),
  });

/**
 * A time expression as written plus what we understood of it. `raw` is always
 * kept. `kind: 'multiple'` holds several expressions in `parts`
 * ("Tháng 6/2026 và tháng 11/2026", or one per activity).
 *
 * Dates by kind (src/import/time/grammar.ts has the full conventions):
 * - once: a named day, month, quarter or year has both ends; a deadline
 *   ("Trước ngày 31/01/2024", "Đến năm 2030") has only `to`.
 * - range: both ends ("2021-2030", "Cả năm 2024", "Từ Quý I đến Quý III").
 * - recurring: `from`/`to` bound the span (the plan period unless the text
 *   says otherwise); `recurrence` is absent when the cycle is not stated
 *   ("Theo định kỳ trong năm 2024").
 * - ongoing, conditional, unknown: no dates — none were written.
 */
export const timeSchema = () => timePartSchema().extend({ parts: z.array(timePartSchema()).optional() });

export type TimeSpec = z.infer<ReturnType<typeof timeSchema>>;
/** One expression of a `multiple` time. */
export type TimePart = z.infer<ReturnType<typeof timePartSchema>>;
export type TimeKind = (typeof timeKinds)[number];
export type Recurrence = z.infer<ReturnType<typeof recurrenceSchema>>;
