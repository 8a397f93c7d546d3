/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild,
 * on with BUILD_INCREMENTAL=1; docs/SCALE.md). Astro skips a page whose key
 * and module graph are unchanged since the last build and copies its earlier
 * HTML, so a key must cover every piece of data the page renders: a missing
 * piece would publish a stale page. Code is not in the key: Astro hashes the
 * page's module graph (components, lib, ?raw imports such as the glossary and
 * content/site.yaml), the config and the lockfile itself.
 *
 * tests/unit/incremental.test.ts builds a corpus, changes one plan, rebuilds
 * incrementally and compares every file with a clean build of the changed input.
 */
import { createHash } from 'node:crypto';
import type { Site, Task } from './data';

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

// What any task page may show about units, their 2025 fate and "today":
// unit names, aliases and validity (UnitNames, PrintedCell, SearchExtras), the
// timeline's events and bases (nowCarriedBy), the build date (DeadlineStatus,
// footer). A unit's duties and lastNamed are read only by unit pages, so they
// are left out: a duty edited in one plan then does not re-render every task.
const shared = new WeakMap<Site, string>();
function sharedKey(s: Site): string {
  let key = shared.get(s);
  if (key === undefined) {
    key = hash({
      units: s.units.map(({ duties: _duties, ...u }) => u),
      events: s.timeline.events,
      // A Map would hash as {}: its values are what counts.
      bases: [...s.timeline.bases.values()],
      today: s.today,
    });
    shared.set(s, key);
  }
  return key;
}

/** Everything /<plan>/<slug>/ renders from data: the task, its plan, related tasks, the plan's truncation note, and the shared part. */
export function taskPageKey(task: Task, s: Site): string {
  const plan = s.planById.get(task.plan);
  const related = (s.related.get(task.id) ?? []).map((r) => ({
    ...r,
    plan: { issuer: s.planById.get(r.item.plan)?.issuer, title: s.planById.get(r.item.plan)?.title },
  }));
  // TruncatedSource reads the plan's "truncated" diagnostic; its q-number (global) is not shown.
  const truncated = s.quality
    .filter((d) => d.plan === task.plan && d.code === 'truncated')
    .map(({ id: _id, ...d }) => d);
  // SearchExtras looks the task up by id (the first task of that id, should two share it).
  const byId = s.taskById.get(task.id);
  return `task1.${hash({ task, byId: byId === task ? null : byId, plan, related, truncated })}.${sharedKey(s)}`;
}
