/**
 * Shared by the calendar endpoints (the underscore keeps it out of the routes).
 *
 * DTSTAMP must not be the build's wall-clock time, or two builds of the same
 * data would differ. It is SOURCE_DATE_EPOCH when set (reproducible-builds
 * convention, seconds since 1970), else the first day of the newest plan's
 * period: a date fixed by the data, which moves only when a newer plan is added.
 */
import type { Plan, Task } from '../../lib/site/data';
import { withBase } from '../../lib/site/url';
import { sourceDateEpoch } from '../../lib/time/build-date';

export function feedStamp(plans: readonly Plan[], epoch = process.env.SOURCE_DATE_EPOCH): string {
  const pinned = sourceDateEpoch(epoch);
  if (pinned) return pinned.toISOString().slice(0, 19);
  const newest = Math.max(...plans.map((p) => p.period.from));
  return Number.isFinite(newest) ? `${newest}-01-01` : '2000-01-01';
}

/** icsFeed resolves task URLs against the site; give it base-aware paths so a subfolder host links right. */
export function withBaseUrls(tasks: readonly Task[], base?: string): Task[] {
  return tasks.map((t) => ({ ...t, url: withBase(t.url, base) }));
}

export function calendarResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
