/**
 * A site indexed in parts (scripts/pagefind.mjs, issue 20): a large site's
 * Pagefind index is written in several bundles, one Pagefind run each, so no
 * run holds the whole site; the search page merges them. Here the real site
 * is re-indexed with parts of 150 HTML files (three parts; a real site stays
 * one part below 8 000) and searched: every page is in exactly one part, and
 * the relevance set still clears its bar. An incremental build re-indexes only
 * the parts whose pages changed and copies the others from its cache: the
 * index comes out the same bytes as one built without a cache.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen } from '../../scripts/lib/serve';
import { treeDiff } from '../../scripts/lib/tree-diff';
import { buildIndex } from '../../scripts/pagefind.mjs';
import { RELEVANCE_BAR, rankCases, scoresByForm, scoreTable } from '../../bench/lib/relevance';
import { RELEVANCE_CASES } from '../../bench/search-queries';
import { useBrowser } from './browser';
import { fragmentsIn } from './site';

const urlsIn = (bundle: string) => fragmentsIn(bundle).map((f) => f.url);
/** The part bundles kept in a part cache (each named by its key). */
const partHashes = (cache: string) => readdirSync(cache).filter((name) => /^[0-9a-f]{64}$/.test(name));
const partsOf = (site: string) =>
  (JSON.parse(readFileSync(join(site, 'pagefind', 'parts.json'), 'utf8')) as { parts: string[] }).parts;

let dir: string;
let server: Server;
let origin: string;
let parts: string[];
const base = new URL(inject('baseUrl')).pathname;
const session = useBrowser({ context: {} });
const errors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-parts-'));
  cpSync(inject('distDir'), dir, { recursive: true });
  await buildIndex(dir, { partFiles: 150 });
  parts = partsOf(dir);
  ({ server, origin } = await listen(dir, base));
}, 300_000);

afterAll(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the real site in parts of 150 files', () => {
  it('puts every indexed page in exactly one part: the same pages as the one-part index', () => {
    // 409 HTML files in folders of 1–92 files (don-vi the largest): three parts of at most 150.
    expect(parts).toEqual(['part-2/', 'part-3/']);
    const whole = urlsIn(join(inject('distDir'), 'pagefind')).sort();
    const each = [join(dir, 'pagefind'), ...parts.map((p) => join(dir, 'pagefind', p))].map(urlsIn);
    expect(each.every((urls) => urls.length > 0)).toBe(true);
    expect(each.flat().sort()).toEqual(whole);
    // The page the next test searches for is in a part the search page merges, not the first.
    expect(each.findIndex((urls) => urls.some((u) => u.endsWith('/vp-ubnd-2024/13/')))).toBeGreaterThan(0);
  });

  it('finds a page of a merged part (vp-ubnd-2024.txt lines 226–229, "bưu chính công ích") and clears the relevance bar', async () => {
    const page = await session.context.newPage();
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}${base}tim-kiem/?q=${encodeURIComponent('bưu chính công ích')}`);
    await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 30_000 });
    const first = await page.$eval('[data-search-results] li', (li) => (li as HTMLElement).dataset.url ?? '');
    expect(new URL(first, origin).pathname).toBe(`${base}vp-ubnd-2024/13/`);

    const rows = await rankCases(page, RELEVANCE_CASES, (u) => '/' + new URL(u, origin).pathname.slice(base.length));
    const table = scoreTable(rows);
    for (const { set, form, score } of scoresByForm(rows)) {
      expect(score.hit3, `${set}/${form} hit@3\n${table}`).toBeGreaterThanOrEqual(RELEVANCE_BAR.hit3);
      expect(score.hit1, `${set}/${form} hit@1\n${table}`).toBeGreaterThanOrEqual(RELEVANCE_BAR.hit1);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 900_000);
});

describe('the part cache of an incremental build', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'cchc-part-cache-'));
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('re-indexes only the part of a changed page, and writes the same index as a build without the cache', async () => {
    const site = join(work, 'site');
    const cache = join(work, 'cache');
    cpSync(inject('distDir'), site, { recursive: true });
    const pages = urlsIn(join(inject('distDir'), 'pagefind')).length;
    // `read`: pages whose indexed text was worked out, here all of them; the memo remembers it by the file's hash.
    expect(await buildIndex(site, { partFiles: 150, cache })).toEqual({ pages, reused: 0, read: pages });
    expect(readdirSync(cache).sort()).toEqual([...partHashes(cache), 'pages.json'].sort());
    expect(partHashes(cache)).toHaveLength(3);
    const before = join(work, 'before');
    cpSync(join(site, 'pagefind'), before, { recursive: true });
    // Nothing changed: every part comes from the cache, the same bytes, and no page is parsed.
    expect(await buildIndex(site, { partFiles: 150, cache })).toEqual({ pages, reused: 3, read: 0 });
    expect(treeDiff(before, join(site, 'pagefind'))).toEqual([]);

    // One task page of a later part changes (vp-ubnd-2024 task 13, lines 226–229).
    const page = join(site, 'vp-ubnd-2024', '13', 'index.html');
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('bưu chính công ích');
    writeFileSync(page, html.replaceAll('bưu chính công ích', 'bưu chính công ích và chuyển phát nhanh'));
    expect(await buildIndex(site, { partFiles: 150, cache })).toEqual({ pages, reused: 2, read: 1 });
    // The cache keeps this site's three parts, not the replaced one.
    expect(partHashes(cache)).toHaveLength(3);

    const fresh = join(work, 'fresh');
    cpSync(site, fresh, { recursive: true });
    await buildIndex(fresh, { partFiles: 150 });
    expect(treeDiff(join(site, 'pagefind'), join(fresh, 'pagefind'))).toEqual([]);
    const bundles = ['', ...partsOf(site)].map((p) => join(site, 'pagefind', p));
    const changed = bundles.flatMap(fragmentsIn).find((f) => f.url.endsWith('/vp-ubnd-2024/13/'));
    expect(changed?.content).toContain('chuyển phát nhanh');

    // A change Pagefind does not read (the related tasks, data-pagefind-ignore): no part is indexed again.
    const now = readFileSync(page, 'utf8');
    const heading = 'Nhiệm vụ liên quan ở kế hoạch khác';
    expect(now).toMatch(
      /data-pagefind-ignore><section aria-labelledby="lien-quan"><h2 id="lien-quan">Nhiệm vụ liên quan ở kế hoạch khác/,
    );
    writeFileSync(page, now.replace(heading, `${heading} (đã sắp xếp lại)`));
    const index = join(work, 'index');
    cpSync(join(site, 'pagefind'), index, { recursive: true });
    expect(await buildIndex(site, { partFiles: 150, cache })).toEqual({ pages, reused: 3, read: 1 });
    expect(treeDiff(index, join(site, 'pagefind'))).toEqual([]);
    // And Pagefind itself, given the changed page, writes those same bytes.
    const again = join(work, 'again');
    cpSync(site, again, { recursive: true });
    await buildIndex(again, { partFiles: 150 });
    expect(treeDiff(join(again, 'pagefind'), join(site, 'pagefind'))).toEqual([]);
  }, 120_000);
});
