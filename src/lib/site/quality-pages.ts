/**
 * /chat-luong/ as a paged list (src/lib/site/paging.ts): each plan's import
 * notes, then the tasks with fields to check against the source, packed into
 * pages of QUALITY_PAGE_SIZE. At 20 000 synthetic tasks the report was one
 * 1.3 MB page; the real site's fits on page 1. A plan's notes are never
 * split, so a plan page can link straight to the page that holds them.
 */
import type { Site, Task } from './data';
import { doubtNotes, type DoubtNote } from './doubt';
import { pack } from './paging';
import { groupBy } from './group';
import { perSite } from './per-site';

/** Weight units on one page: a plan's note is one (~0.6 KB), a task to check a quarter (~0.15 KB). */
export const QUALITY_PAGE_SIZE = 500;

export type QualityItem =
  | { kind: 'plan'; plan: Site['plans'][number]; items: Site['quality'] }
  | { kind: 'doubt'; task: Task; notes: DoubtNote[] };

/** Each plan's import notes, in site order (the report's sections, and each plan's cache key). */
export const notesByPlan = perSite((site) =>
  groupBy(
    site.quality.filter((d) => d.plan),
    (d) => d.plan ?? '',
  ),
);

export const qualityPages = perSite((site): QualityItem[][] => {
  const byPlan = notesByPlan(site);
  const items: QualityItem[] = [
    ...site.plans.map((plan) => ({ kind: 'plan' as const, plan, items: byPlan.get(plan.id) ?? [] })),
    ...site.tasks.flatMap((task) => {
      const notes = doubtNotes(task.doubts, task.source.lines);
      return notes.length > 0 ? [{ kind: 'doubt' as const, task, notes }] : [];
    }),
  ];
  return pack(items, QUALITY_PAGE_SIZE, (i) => (i.kind === 'plan' ? Math.max(1, i.items.length) : 0.25));
});

/** The page (1-based) holding a plan's notes. */
export function qualityPageOf(site: Site, plan: string): number {
  const i = qualityPages(site).findIndex((p) => p.some((x) => x.kind === 'plan' && x.plan.id === plan));
  return i < 0 ? 1 : i + 1;
}
