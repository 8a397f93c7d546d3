/**
 * Two shards, one search (issue 20). The real content is cut in two by plan
 * (PLANS): the province's own plans under /tinh/, the two district plans
 * under /huyen/. Each shard is an ordinary build in its own project copy
 * (scripts/lib/shard.ts), both run at once; their dist/ folders are served
 * side by side, and real Chromium searches from one shard's search page,
 * whose client merges the other shard's Pagefind index (SHARD_MANIFEST).
 *
 * Facts from the sources, each word printed in one plan only: "Camera" in
 * hai-lang-2024.txt (line 451), "Internet" in vinh-linh-2021-2025.txt
 * (line 338), "CBCCVN" in vp-ubnd-2024.txt (lines 237–239, tasks 17–19).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { listen } from '../../scripts/lib/serve';
import { buildShard } from '../../scripts/lib/shard';
import { useBrowser } from './browser';

const ROOT = resolve('.');
const MANIFEST = {
  shards: [
    { id: 'tinh', title: 'Cấp tỉnh', plans: 'qt-*,snv-*,vp-ubnd-*' },
    { id: 'huyen', title: 'Cấp huyện', plans: 'hai-lang-*,vinh-linh-*' },
  ],
};

let out: string;
let server: Server;
let origin: string;
const session = useBrowser({ context: {} });
const errors: string[] = [];

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'cchc-shards-'));
  const manifest = join(out, 'shards.json');
  writeFileSync(manifest, JSON.stringify(MANIFEST));
  const site = join(out, 'site');
  await Promise.all(MANIFEST.shards.map((s) => buildShard(ROOT, manifest, s.id, site)));
  ({ server, origin } = await listen(site));
}, 600_000);

afterAll(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  if (out) rmSync(out, { recursive: true, force: true });
});

const plansOf = (shard: string) =>
  (JSON.parse(readFileSync(join(out, 'site', shard, 'data', 'plans.json'), 'utf8')) as { id: string }[])
    .map((p) => p.id)
    .sort();

async function search(shard: string, q: string): Promise<{ page: Page; urls: string[] }> {
  const page = await session.context.newPage();
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/${shard}/tim-kiem/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 20_000 });
  const urls = await page.$$eval('[data-search-results] li', (lis) =>
    lis.map((li) => new URL((li as HTMLElement).dataset.url ?? '', location.href).pathname),
  );
  return { page, urls };
}

describe('sharded build', () => {
  it('each shard holds exactly its plans, and together they hold all five', () => {
    expect(plansOf('tinh')).toEqual(['qt-2021-2025', 'snv-2026', 'vp-ubnd-2024']);
    expect(plansOf('huyen')).toEqual(['hai-lang-2024', 'vinh-linh-2021-2025']);
  });

  it("the province shard's search finds the district shard's pages, at the other shard's address", async () => {
    const { urls } = await search('tinh', 'Camera');
    expect(urls.some((u) => u.startsWith('/huyen/hai-lang-2024/'))).toBe(true);
    const { urls: internet } = await search('tinh', 'Internet');
    expect(internet.some((u) => u.startsWith('/huyen/vinh-linh-2021-2025/'))).toBe(true);
    const { urls: own } = await search('tinh', 'CBCCVN');
    expect(own.some((u) => u.startsWith('/tinh/vp-ubnd-2024/'))).toBe(true);
  });

  it("the district shard's search finds both shards' pages, and the page says which shards it searches", async () => {
    const { page, urls } = await search('huyen', 'CBCCVN');
    expect(urls.some((u) => u.startsWith('/tinh/vp-ubnd-2024/'))).toBe(true);
    const { urls: own } = await search('huyen', 'Internet');
    expect(own.some((u) => u.startsWith('/huyen/vinh-linh-2021-2025/'))).toBe(true);
    await expect(page.locator('[data-search-shard-note] a').getAttribute('href')).resolves.toBe('/tinh/');
  });

  it('a result opens the task page of the other shard', async () => {
    const { page, urls } = await search('tinh', 'Camera');
    const target = urls.find((u) => u.startsWith('/huyen/hai-lang-2024/'))!;
    const response = await page.goto(`${origin}${target}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
    await expect(page.locator('body').textContent()).resolves.toContain('Camera');
  });

  it('no console errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
