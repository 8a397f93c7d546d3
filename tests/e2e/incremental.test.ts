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

const rendered = (b: SiteBuild) => b.astro.stdout.split('\n').filter((l) => /├─ .*index\.html \(\+/.test(l));
const restored = (b: SiteBuild) => b.astro.stdout.split('\n').filter((l) => /\((restored|cached)\)/.test(l));

describe('incremental build', () => {
  it('the first build renders every page; the rebuild reuses the task pages whose data did not change', () => {
    expect(restored(first)).toEqual([]);
    const reused = restored(second);
    // Every task has a page (209 on the real site); all but the edited one and those listing it as related are reused.
    const tasks = (JSON.parse(readFileSync(join(clean, 'dist', 'data', 'tasks.json'), 'utf8')) as unknown[]).length;
    expect(reused.length).toBeGreaterThan(tasks * 0.9);
    expect(reused.length).toBeLessThan(tasks);
    expect(rendered(second).some((l) => l.includes(`/${PLAN}/`))).toBe(true);
  });

  it('the reworded task shows the new words on exactly one page', () => {
    expect(pagesWithEdit(join(incremental, 'dist'))).toHaveLength(1);
    expect(pagesWithEdit(join(clean, 'dist'))).toEqual(pagesWithEdit(join(incremental, 'dist')));
  });

  it('equals a clean build of the changed input, file for file and byte for byte', () => {
    expect(treeDiff(join(incremental, 'dist'), join(clean, 'dist'))).toEqual([]);
  });
});
