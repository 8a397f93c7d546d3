/**
 * Three shards, one search (issue 20). The real content is cut in three by
 * plan (PLANS): the province's plan under /tinh/, its departments' plans under
 * /so-nganh/, the two district plans under /huyen/. Each shard is an ordinary build in its own project copy
 * (scripts/lib/shard.ts), both run at once; their dist/ folders are served
 * side by side, and real Chromium searches from one shard's search page,
 * whose client merges the other shard's Pagefind index (SHARD_MANIFEST).
 *
 * Facts from the sources, each word printed in one plan only: "Camera" in
 * hai-lang-2024.txt (line 451), "Internet" in vinh-linh-2021-2025.txt
 * (line 338), "CBCCVN" in vp-ubnd-2024.txt (lines 237–239, tasks 17–19).
 *
 * Cross-shard unit links: vp-ubnd-2024.txt line 232 (task 15) names "Sở Nội
 * vụ" to lead, line 236 (task 16) "Văn phòng UBND tỉnh"; both units also have
 * tasks in the province's plan. No unit of the district plans' tasks is named
 * by a task of the province's plans.
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
    { id: 'tinh', title: 'Kế hoạch của tỉnh', plans: 'qt-*' },
    { id: 'so-nganh', title: 'Sở, ngành', plans: 'snv-*,vp-ubnd-*' },
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
    expect(plansOf('tinh')).toEqual(['qt-2021-2025']);
    expect(plansOf('so-nganh')).toEqual(['snv-2026', 'vp-ubnd-2024']);
    expect(plansOf('huyen')).toEqual(['hai-lang-2024', 'vinh-linh-2021-2025']);
  });

  it("the province shard's search finds the district shard's pages, at the other shard's address", async () => {
    const { urls } = await search('tinh', 'Camera');
    expect(urls.some((u) => u.startsWith('/huyen/hai-lang-2024/'))).toBe(true);
    const { urls: internet } = await search('tinh', 'Internet');
    expect(internet.some((u) => u.startsWith('/huyen/vinh-linh-2021-2025/'))).toBe(true);
    const { urls: depts } = await search('tinh', 'CBCCVN');
    expect(depts.some((u) => u.startsWith('/so-nganh/vp-ubnd-2024/'))).toBe(true);
  });

  it("the district shard's search finds both shards' pages, and the page says which shards it searches", async () => {
    const { page, urls } = await search('huyen', 'CBCCVN');
    expect(urls.some((u) => u.startsWith('/so-nganh/vp-ubnd-2024/'))).toBe(true);
    const { urls: own } = await search('huyen', 'Internet');
    expect(own.some((u) => u.startsWith('/huyen/vinh-linh-2021-2025/'))).toBe(true);
    const shards = await page
      .locator('[data-search-shard-note] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(shards).toEqual(['/tinh/', '/so-nganh/']);
  });

  it('a result opens the task page of the other shard', async () => {
    const { page, urls } = await search('tinh', 'Camera');
    const target = urls.find((u) => u.startsWith('/huyen/hai-lang-2024/'))!;
    const response = await page.goto(`${origin}${target}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
    await expect(page.locator('body').textContent()).resolves.toContain('Camera');
  });

  it("a unit's page links to the same unit in the other shards, with the tasks it has there", async () => {
    const page = await session.context.newPage();
    const elsewhere = async (path: string) => {
      const response = await page.goto(`${origin}${path}`);
      expect(response?.status(), path).toBe(200);
      return page
        .locator('#o-phan-khac + ul li')
        .evaluateAll((lis) =>
          lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href'), text: li.textContent!.trim() })),
        );
    };
    // Sở Nội vụ leads vp-ubnd-2024 task 15 (line 232), in /so-nganh/.
    expect(await elsewhere('/tinh/don-vi/so-noi-vu/')).toEqual([
      { href: '/so-nganh/don-vi/so-noi-vu/', text: 'Sở, ngành: chủ trì 1, phối hợp 0' },
    ]);
    await page.goto(`${origin}/so-nganh/don-vi/so-noi-vu/`);
    // There, task 15 is among the tasks it leads.
    const task15 = page.locator(
      'main table:has(caption:text("Nhiệm vụ chủ trì")) a[href="/so-nganh/vp-ubnd-2024/15/"]',
    );
    expect(await task15.count()).toBeGreaterThan(0);
    // Văn phòng UBND tỉnh leads task 16 (line 236); back the other way, the counts are the ones its page in /tinh/ gives.
    const back = await elsewhere('/so-nganh/don-vi/van-phong-ubnd-tinh/');
    expect(back.map((e) => e.href)).toEqual(['/tinh/don-vi/van-phong-ubnd-tinh/']);
    await page.goto(`${origin}/tinh/don-vi/van-phong-ubnd-tinh/`);
    const facts = await page.locator('dl.facts dt:text-is("Nhiệm vụ") + dd').textContent();
    const [, led, supported] = /chủ trì (\d+), phối hợp (\d+)/.exec(facts!)!;
    expect(back[0]!.text).toBe(`Kế hoạch của tỉnh: chủ trì ${led}, phối hợp ${supported}`);
    // The district plans' tasks name no unit of the province's: no links from or to /huyen/.
    expect(await elsewhere('/huyen/don-vi/vinh-linh-phong-noi-vu/')).toEqual([]);
    await page.close();
  });

  it('no console errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
