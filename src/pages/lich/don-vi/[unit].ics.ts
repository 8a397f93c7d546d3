/**
 * /lich/don-vi/<unit>.ics: every dated deadline of the tasks a unit leads or
 * coordinates, across plans (recurring deadlines as RRULE; see src/lib/publish/ics.ts).
 * Every unit gets a feed, even an empty one, so its page can always link it.
 * DTSTAMP is fixed by feedStamp (../_feed.ts), so two builds give the same file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../lib/site/data';
import { icsFeed } from '../../../lib/publish/ics';
import { jurisdictionLabel } from '../../../lib/units/jurisdiction';
import { calendarResponse, feedStamp, withBaseUrls } from '../_feed';
import { predecessorsOf } from '../../../lib/units/timeline';
import { unitsOf } from '../../../lib/units/roles';

export const getStaticPaths = (async () => {
  const { units } = await site();
  return units.map((u) => ({ params: { unit: u.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: origin }) => {
  const { plans, tasksByUnit, units, unitById, timeline, tasks: all } = await site();
  const unit = unitById.get(params.unit!)!;
  // The feed of a unit the reorganisation formed carries its predecessors' deadlines, marked as theirs.
  const predecessors = predecessorsOf(timeline, unit.id).map((p) => p.unit);
  const ids = new Set([unit.id, ...predecessors]);
  const involved = predecessors.length
    ? all.filter((t) => [...unitsOf(t)].some((id) => ids.has(id)))
    : (tasksByUnit.get(unit.id) ?? []);
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
