/**
 * Relevance of search on the query set (bench/search-queries.ts): hit@1,
 * hit@3 and MRR per query form, for the tuning set and the held-out set.
 * `npm run bench` includes it through bench/search.ts; run alone with
 * `tsx bench/relevance.ts [dist] [--misses]` (--misses lists the tuning-set
 * queries whose page is not first; held-out queries are never listed).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listen } from '../scripts/lib/serve';
import { launch } from '../scripts/lib/browser';
import { RELEVANCE_CASES } from './search-queries.ts';
import { rankCases, scoreTable, type Ranked } from './lib/relevance.ts';

export async function runRelevance(distDir: string): Promise<Ranked[]> {
  if (!existsSync(join(distDir, 'pagefind', 'pagefind.js')))
    throw new Error(`${distDir}/pagefind không có: chạy "npm run build" trước`);
  const { server, origin } = await listen(distDir);
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${origin}/tim-kiem/`);
    return await rankCases(page, RELEVANCE_CASES, (u) => new URL(u, origin).pathname);
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const rows = await runRelevance(args.find((a) => !a.startsWith('--')) ?? process.env.DIST_DIR ?? 'dist');
  console.log(scoreTable(rows));
  if (args.includes('--misses'))
    for (const r of rows.filter((r) => !r.unseen && r.rank !== 1))
      console.log(`${r.rank ?? '–'}\t${r.form}\t${r.q}\t→ ${r.path}\tgot ${r.top.slice(0, 3).join(' ')}`);
}
