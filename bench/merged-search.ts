/**
 * What a first query costs when many shards' Pagefind indexes are merged
 * (docs/SCALE.md): the built shards of `site` are served again under
 * `count` paths (p01…, cycling over the real ones by symlink), the first
 * shard's search page loads Pagefind, merges every other index, and runs one
 * query, loading the first page of results as the search page does. Reports
 * the Pagefind bytes fetched (uncompressed transfer; Pagefind's own files are
 * already gzip) and the wall time. Used by bench/scale.ts; alone:
 *   tsx bench/merged-search.ts <site-dir with one folder per shard> <count> [query]
 */
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listen } from '../scripts/lib/serve';
import { launch } from '../scripts/lib/browser';
import { bytesOf, recordTransfer } from './lib/transfer';

export interface MergedQuery {
  indexes: number;
  pagefindBytes: number;
  requests: number;
  ms: number;
  results: number;
}

export async function mergedFirstQuery(site: string, count: number, q: string): Promise<MergedQuery> {
  const built = readdirSync(site, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  if (built.length === 0) throw new Error(`${site}: không có phân mảnh nào`);
  const dir = mkdtempSync(join(tmpdir(), 'cchc-merged-'));
  const ids = Array.from({ length: count }, (_, i) => `m${String(i + 1).padStart(2, '0')}`);
  ids.forEach((id, i) => symlinkSync(resolve(site, built[i % built.length]!), join(dir, id)));
  const { server, origin } = await listen(dir);
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${origin}/${ids[0]}/tim-kiem/`);
    await page.waitForLoadState('networkidle');
    const transfer = recordTransfer(page);
    const { ms, results } = await page.evaluate(
      async ({ ids, q }) => {
        const start = performance.now();
        type Pf = {
          options(o: object): Promise<void>;
          mergeIndex(p: string, o: object): Promise<void>;
          init(): Promise<void>;
          search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
        };
        const pf = (await import(`/${ids[0]}/pagefind/pagefind.js`)) as Pf;
        await pf.options({ baseUrl: `/${ids[0]}/` });
        for (const id of ids.slice(1)) await pf.mergeIndex(`/${id}/pagefind/`, { baseUrl: `/${id}/` });
        await pf.init();
        const r = await pf.search(q);
        // The search page shows ten results at first.
        await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
        return { ms: performance.now() - start, results: r.results.length };
      },
      { ids, q },
    );
    await page.waitForLoadState('networkidle');
    const pagefind = (await transfer.settled()).filter((a) => a.path.includes('/pagefind/'));
    return { indexes: count, pagefindBytes: bytesOf(pagefind), requests: pagefind.length, ms, results };
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [site, count = '34', q = 'cải cách hành chính'] = process.argv.slice(2);
  if (!site) {
    console.error('usage: tsx bench/merged-search.ts <site-dir> [count] [query]');
    process.exit(2);
  }
  for (const n of [1, 2, Number(count)]) console.log(JSON.stringify(await mergedFirstQuery(site, n, q)));
}
