/**
 * Incremental build == clean build (issue 20). In a throw-away copy of the
 * project the real site is built with BUILD_INCREMENTAL=1 (Astro's
 * experimental incremental build, task pages keyed by src/lib/site/cache-key.ts),
 * one task of vp-ubnd-2024 has its activities reworded in its source, and the site is rebuilt
 * from that cache. A second copy builds the changed input the ordinary way. Every
 * file of the two dist/ folders (pages, open data, Pagefind index) must be the
 * same bytes; nothing is ignored. Both builds pin "today" (SOURCE_DATE_EPOCH),
 * which the footer and deadline notes print.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject } from '../../scripts/lib/project';
import { buildSite, type SiteBuild } from '../../scripts/lib/site-build';
import { ADDED_WORDS, rewordOneTask } from '../../scripts/lib/edit-plan';
import { treeDiff } from '../../scripts/lib/tree-diff';

const ROOT = resolve('.');
const PLAN = 'vp-ubnd-2024';
// The clean build is an ordinary one (no incremental cache at all), so the
// comparison also shows the cache leaves no trace in the output.
const CLEAN = { SOURCE_DATE_EPOCH: '1780000000', BASE_PATH: '/' };
const ENV = { ...CLEAN, BUILD_INCREMENTAL: '1' };

let incremental: string;
let clean: string;
let first: SiteBuild;
let second: SiteBuild;

/** Task pages of the plan whose HTML holds the added words. */
function pagesWithEdit(dist: string): string[] {
  return readdirSync(join(dist, PLAN), { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d/.test(e.name))
    .map((e) => e.name)
    .filter((slug) => readFileSync(join(dist, PLAN, slug, 'index.html'), 'utf8').includes(ADDED_WORDS));
}

beforeAll(async () => {
  incremental = copyProject(ROOT, 'incremental');
  clean = copyProject(ROOT, 'clean');
  first = await buildSite(ROOT, incremental, ENV);
  rewordOneTask(join(incremental, 'content'), PLAN);
  rewordOneTask(join(clean, 'content'), PLAN);
  [second] = await Promise.all([buildSite(ROOT, incremental, ENV), buildSite(ROOT, clean, CLEAN)]);
}, 600_000);

afterAll(() => {
  for (const dir of [incremental, clean]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The paths Astro copied from its cache instead of rendering ("├─ /a/b/index.html (restored)"). */
const restored = (b: SiteBuild) =>
  new Set(b.astro.stdout.split('\n').flatMap((l) => /─ (\/\S+) \((?:restored|cached)\)/.exec(l)?.[1] ?? []));
/** The five pages about one plan, keyed by planPageKey (src/lib/site/cache-key.ts). */
const planRoutes = (id: string) => [
  `/${id}/index.html`,
  `/${id}/van-ban/index.html`,
  `/tien-do/${id}/index.html`,
  `/mang-luoi/${id}/index.html`,
  `/lich/${id}.ics`,
];

describe('incremental build', () => {
  it('the first build renders every page; the rebuild reuses the pages whose data did not change', () => {
    expect(restored(first).size).toBe(0);
    const reused = restored(second);
    const data = (file: string) =>
      JSON.parse(readFileSync(join(clean, 'dist', 'data', file), 'utf8')) as { id: string; url: string }[];
    // Every task has a page (209 on the real site); all but the edited one and those listing it as related are reused.
    const tasks = data('tasks.json').map((t) => `${t.url}index.html`);
    const reusedTasks = tasks.filter((t) => reused.has(t));
    expect(reusedTasks.length).toBeGreaterThan(tasks.length * 0.9);
    expect(reusedTasks.length).toBeLessThan(tasks.length);
    // The edited plan's own pages are rendered again; the other plans' are copied.
    const others = data('plans.json').filter((p) => p.id !== PLAN);
    expect(others).toHaveLength(4);
    for (const p of others) for (const route of planRoutes(p.id)) expect(reused, route).toContain(route);
    for (const route of planRoutes(PLAN)) expect(reused, route).not.toContain(route);
    // Unit timelines and calendars: those of units without the edited task are copied.
    expect([...reused].filter((r) => r.startsWith('/tien-do/don-vi/')).length).toBeGreaterThan(0);
    expect([...reused].filter((r) => r.startsWith('/lich/don-vi/')).length).toBeGreaterThan(0);
  });

  it('the import of the rebuild parses again only the table of the edited plan: its prose and the other plans come from the cache', () => {
    const cache = (b: SiteBuild) =>
      /dùng lại (\d+) kết quả, tính lại (\d+)\./.exec(b.import.stdout)?.slice(1).map(Number);
    const [none, all] = cache(first)!;
    expect(none).toBe(0);
    // Every plan's shape, and the prose of each plan that has any before its table.
    expect(all).toBeGreaterThan(5);
    // The edit is in a table row (scripts/lib/edit-plan.ts): one shape read again.
    expect(cache(second)).toEqual([all! - 1, 1]);
  });

  it('the reworded task shows the new words on exactly one page', () => {
    expect(pagesWithEdit(join(incremental, 'dist'))).toHaveLength(1);
    expect(pagesWithEdit(join(clean, 'dist'))).toEqual(pagesWithEdit(join(incremental, 'dist')));
  });

  it('equals a clean build of the changed input, file for file and byte for byte', () => {
    expect(treeDiff(join(incremental, 'dist'), join(clean, 'dist'))).toEqual([]);
  });
});
