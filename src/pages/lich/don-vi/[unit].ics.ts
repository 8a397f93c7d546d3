/**
 * /lich/don-vi/<unit>.ics: every dated deadline of the tasks a unit leads or
 * coordinates, across plans (recurring deadlines as RRULE; see src/lib/publish/ics.ts).
 * Every unit gets a feed, even an empty one, so its page can always link it.
 * DTSTAMP is fixed by feedStamp (../_feed.ts), so two builds give the same file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site, type Site, type Unit } from '../../../lib/site/data';
import { keyed, unitFeedKey } from '../../../lib/site/cache-key';
import { icsFeed } from '../../../lib/publish/ics';
import { jurisdictionLabel } from '../../../lib/units/jurisdiction';
import { calendarResponse, feedStamp, withBaseUrls } from '../_feed';
import { predecessorsOf } from '../../../lib/units/timeline';
import { unitsOf } from '../../../lib/units/roles';

/** The feed's tasks: the unit's, and those of the units the reorganisation formed it from, marked as theirs. */
function involvedIn(s: Site, unit: Unit) {
  const predecessors = predecessorsOf(s.timeline, unit.id).map((p) => p.unit);
  const ids = new Set([unit.id, ...predecessors]);
  const involved = predecessors.length
    ? s.tasks.filter((t) => [...unitsOf(t)].some((id) => ids.has(id)))
    : (s.tasksByUnit.get(unit.id) ?? []);
  return { predecessors, involved };
}

// cacheKey: Astro's incremental build skips the feed while its data is unchanged (src/lib/site/cache-key.ts).
export const getStaticPaths = (async () => {
  const s = await site();
  return s.units.map((u) => ({
    params: { unit: u.id },
    cacheKey: keyed(() => unitFeedKey(u, involvedIn(s, u).involved, s)),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: origin }) => {
  const s = await site();
  const { plans, units, unitById } = s;
  const unit = unitById.get(params.unit!)!;
  const { predecessors, involved } = involvedIn(s, unit);
  const body = icsFeed({
    name: `Hạn CCHC: ${unit.name} (${jurisdictionLabel(unit.jurisdiction)})`,
    // Only the unit's own tasks are copied with base-aware URLs; icsFeed's `unit` keeps the same ones.
    tasks: withBaseUrls(involved),
    plans,
    units,
    stamp: feedStamp(plans),
    unit: unit.id,
    predecessors,
    ...(origin ? { site: origin.href } : {}),
  });
  return calendarResponse(body);
};
