/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild,
 * on with BUILD_INCREMENTAL=1; docs/SCALE.md). Astro skips a page whose key
 * and module graph are unchanged since the last build and copies its earlier
 * HTML, so a key must cover every piece of data the page renders: a missing
 * piece would publish a stale page. Code is not in the key: Astro hashes the
 * page's module graph (components, lib, ?raw imports such as the glossary and
 * content/site.yaml), the config and the lockfile itself.
 *
 * tests/e2e/incremental.test.ts builds the real site, changes one plan, rebuilds
 * incrementally and compares every file with a clean build of the changed input.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Plan, Site, Task, Unit } from './data';
import type { PageInfo } from './paging';
import { notesByPlan, qualityPageOf } from './quality-pages';
import { sourceFileOf } from './source-file';
import { groupBy } from './group';
import { perSite } from './per-site';

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

// A task appears in its own key and in the related lists of up to five
// others, and a plan in each of its tasks' keys: each record is serialised
// once per build, not once per key that holds it (the site's records are
// not changed while pages are built).
const hashes = new WeakMap<object, string>();
function hashOnce(record: object): string {
  let h = hashes.get(record);
  if (h === undefined) hashes.set(record, (h = hash(record)));
  return h;
}

/**
 * A page's cacheKey, or none in an ordinary build: only an incremental build
 * (BUILD_INCREMENTAL=1, astro.config.mjs) reads it, and the keys of 20 000
 * tasks cost seconds of every build.
 */
export function keyed(key: () => string): string | undefined {
  return process.env.BUILD_INCREMENTAL === '1' ? key() : undefined;
}

// What any task page may show about units, their 2025 fate and "today":
// unit names, aliases and validity (UnitNames, PrintedCell, SearchExtras), the
// timeline's events and bases (nowCarriedBy), the build date (DeadlineStatus,
// footer). A unit's duties and lastNamed are read only by unit pages, so they
// are left out: a duty edited in one plan then does not re-render every task.
const sharedKey = perSite((s) =>
  hash({
    units: s.units.map(({ duties: _duties, ...u }) => u),
    events: s.timeline.events,
    // A Map would hash as {}: its values are what counts.
    bases: [...s.timeline.bases.values()],
    today: s.today,
  }),
);

/** Everything /<plan>/<slug>/ renders from data: the task, its plan, related tasks, the plan's truncation note, and the shared part. */
export function taskPageKey(task: Task, s: Site): string {
  const plan = s.planById.get(task.plan);
  const related = (s.related.get(task.id) ?? []).map((r) => ({
    item: hashOnce(r.item),
    score: r.score,
    plan: { issuer: s.planById.get(r.item.plan)?.issuer, title: s.planById.get(r.item.plan)?.title },
  }));
  // SearchExtras looks the task up by id (the first task of that id, should two share it).
  const byId = s.taskById.get(task.id);
  return `task2.${hash({
    task: hashOnce(task),
    byId: byId === undefined || byId === task ? null : hashOnce(byId),
    plan: plan ? hashOnce(plan) : null,
    related,
    truncated: truncatedNotes(s).get(task.plan) ?? [],
  })}.${sharedKey(s)}`;
}

// TruncatedSource reads the plan's "truncated" diagnostic; its q-number (global) is not shown.
const truncatedNotes = perSite((s) =>
  groupBy(
    s.quality.filter((d) => d.code === 'truncated').map(({ id: _id, ...d }) => d),
    (d) => d.plan ?? '',
  ),
);

/**
 * Everything the five pages about one plan render from data: /<plan>/,
 * /<plan>/van-ban/, /tien-do/<plan>/, /mang-luoi/<plan>/ and
 * /lich/<plan>.ics. One key for all five, the union of what each reads (an
 * audit of the pages and their components, 2026-12-07), so a page never
 * outlives a change any of them would show; a change to the plan re-renders
 * all five, which is what a plan's change costs anyway. `body`: the plan's
 * MDX, for the routes that render it.
 *
 * Besides the plan's own records, what reaches these pages from elsewhere:
 * - units: names, aliases, kinds, jurisdictions (the network's colours are
 *   numbered over every jurisdiction), in the shared part;
 * - every plan's id, title and period: the network page links each plan,
 *   and the calendar's DTSTAMP is the newest plan's first year, or
 *   SOURCE_DATE_EPOCH to the second when set (src/pages/lich/_feed.ts);
 * - the page of /chat-luong/ that holds the plan's notes, which moves with
 *   the notes of the plans before it;
 * - the published source text, read from disk by /<plan>/van-ban/, and which
 *   open-data files exist (DataDownloads).
 */
export function planPageKey(plan: Plan, s: Site, body?: string): string {
  const own = planKeys(s).get(plan.id);
  if (own === undefined) throw new Error(`planPageKey: kế hoạch ${plan.id} không có trong dữ liệu của trang`);
  return `plan1.${hash({ own, body })}.${sitePlansKey(s)}.${sharedKey(s)}`;
}

// Five routes ask for each plan's key: the plans' parts are worked out once per build,
// with the site-wide notes and duties sorted by plan once, not filtered for each plan.
const planKeys = perSite((s) => {
  const quality = notesByPlan(s);
  const duties = groupBy(
    s.units.flatMap((u) => u.duties.map((d) => [u.id, d] as const)),
    ([, d]) => d.plan,
  );
  return new Map(s.plans.map((p) => [p.id, planKey(p, s, quality.get(p.id) ?? [], duties.get(p.id) ?? [])]));
});

function planKey(
  plan: Plan,
  s: Site,
  quality: Site['quality'],
  duties: readonly (readonly [string, Unit['duties'][number]])[],
): string {
  const id = plan.id;
  return hash({
    plan,
    tasks: s.tasksByPlan.get(id) ?? [],
    targets: s.targetsByPlan.get(id) ?? [],
    quality: quality.map(({ id: _id, ...d }) => d),
    qualityPage: qualityPageOf(s, id),
    duties,
    source: createHash('sha256')
      .update(readFileSync(sourceFileOf(plan)))
      .digest('base64url'),
    downloads: [`${id}.json`, `sources/${id}.txt`, 'tasks.csv'].map((f) => existsSync(`public/data/${f}`)),
  });
}

// Every plan's id, title and period, and SOURCE_DATE_EPOCH: the same for every plan's pages.
const sitePlansKey = perSite((s) =>
  hash({ plans: s.plans.map((p) => [p.id, p.title, p.period]), epoch: process.env.SOURCE_DATE_EPOCH ?? null }),
);

/**
 * Everything one page of a unit's timeline (/tien-do/don-vi/<id>/…) renders
 * from data: the unit, the page's tasks, its place among the pages, the
 * unit's task count and number of plans, the plans on the page (title,
 * period, order), and the shared part (unit names of the chart, "today").
 */
export function unitTimelineKey(props: { unit: Unit; page: PageInfo; tasks: Task[]; total: number }, s: Site): string {
  const ids = new Set(props.tasks.map((t) => t.plan));
  return `timeline1.${hash({
    ...props,
    allPlans: new Set((s.tasksByUnit.get(props.unit.id) ?? []).map((t) => t.plan)).size,
    plans: s.plans.filter((p) => ids.has(p.id)),
  })}.${sharedKey(s)}`;
}

/**
 * Everything a unit's calendar (/lich/don-vi/<id>.ics) renders from data: the
 * unit, its tasks and its predecessors' (`involved`), their plans (title,
 * period), every plan's period and SOURCE_DATE_EPOCH (DTSTAMP, as for a
 * plan's calendar), and the shared part (unit names, the 2025 events that
 * make a predecessor).
 */
export function unitFeedKey(unit: Unit, involved: readonly Task[], s: Site): string {
  const ids = new Set(involved.map((t) => t.plan));
  return `feed1.${hash({ unit, involved, plans: s.plans.filter((p) => ids.has(p.id)) })}.${sitePlansKey(s)}.${sharedKey(s)}`;
}
