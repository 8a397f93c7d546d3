/**
 * A site indexed in parts (scripts/pagefind.mjs, issue 20): a large site's
 * Pagefind index is written in several bundles, one Pagefind run each, so no
 * run holds the whole site; the search page merges them. Here the real site
 * is re-indexed with parts of 150 HTML files (three parts; a real site stays
 * one part below 8 000) and searched: every page is in exactly one part, and
 * the relevance set still clears its bar.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen } from '../../scripts/lib/serve';
import { buildIndex } from '../../scripts/pagefind.mjs';
import { RELEVANCE_BAR, rankCases, scoresByForm, scoreTable } from '../../bench/lib/relevance';
import { RELEVANCE_CASES } from '../../bench/search-queries';
import { useBrowser } from './browser';
import { fragmentsIn } from './site';

const urlsIn = (bundle: string) => fragmentsIn(bundle).map((f) => f.url);

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
  parts = (JSON.parse(readFileSync(join(dir, 'pagefind', 'parts.json'), 'utf8')) as { parts: string[] }).parts;
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
