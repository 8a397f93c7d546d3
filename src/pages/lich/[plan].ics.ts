/**
 * /lich/<plan>.ics: every dated deadline of one plan as an iCalendar feed
 * (recurring deadlines as RRULE; see src/lib/publish/ics.ts). DTSTAMP is fixed by
 * feedStamp (_feed.ts), so two builds give the same file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../lib/site/data';
import { icsFeed } from '../../lib/publish/ics';
import { calendarResponse, feedStamp, withBaseUrls } from './_feed';
import { keyed, planPageKey } from '../../lib/site/cache-key';

// cacheKey: Astro's incremental build skips the feed while its data is unchanged (src/lib/site/cache-key.ts).
export const getStaticPaths = (async () => {
  const s = await site();
  return s.plans.map((p) => ({ params: { plan: p.id }, cacheKey: keyed(() => planPageKey(p, s)) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: origin }) => {
  const { plans, planById, tasksByPlan, units } = await site();
  const plan = planById.get(params.plan!)!;
  const body = icsFeed({
    name: `Hạn CCHC: ${plan.title}`,
    tasks: withBaseUrls(tasksByPlan.get(plan.id) ?? []),
    plans: [plan],
    units,
    stamp: feedStamp(plans),
    ...(origin ? { site: origin.href } : {}),
  });
  return calendarResponse(body);
};
