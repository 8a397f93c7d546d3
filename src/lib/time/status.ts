import { formatDate } from './describe';

/**
 * Where a task stands against its deadlines on a given day. The same words
 * are written at build time (as of the build date) and rewritten in the
 * reader's browser (as of today), so "today" is never frozen in a page.
 */
export type DeadlineStatus =
  { kind: 'due'; date: string; days: number } | { kind: 'passed'; date: string; days: number };

/** Whole days from `from` to `to`, both ISO dates (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Status on `today` of a task due on `dates` (sorted ISO dates); undefined when it has none. */
export function deadlineStatus(dates: readonly string[], today: string): DeadlineStatus | undefined {
  const next = dates.find((d) => d >= today);
  if (next) return { kind: 'due', date: next, days: daysBetween(today, next) };
  const last = dates.at(-1);
  return last ? { kind: 'passed', date: last, days: daysBetween(last, today) } : undefined;
}

/**
 * "Còn 12 ngày đến hạn 30/09/2024", "Đã qua hạn 30/09/2024 (798 ngày)",
 * followed by the day it was reckoned on: the build date when no script ran,
 * the reader's today when one did.
 */
export function statusText(status: DeadlineStatus, asOf: { today: string; build: boolean }): string {
  const date = formatDate(status.date);
  const what =
    status.kind === 'passed'
      ? `Đã qua hạn ${date} (${status.days} ngày)`
      : status.days === 0
        ? `Đến hạn hôm nay, ${date}`
        : `Còn ${status.days} ngày đến hạn ${date}`;
  const when = asOf.build
    ? `tính đến ngày cập nhật ${formatDate(asOf.today)}`
    : `tính đến hôm nay, ${formatDate(asOf.today)}`;
  return `${what} — ${when}`;
}
