/**
 * Search benchmark (not a test): for each query of the e2e table, a cold load
 * of the search page in headless Chromium (fresh browser context, empty
 * cache) with the query in the URL. Reports bytes fetched (all, and the
 * Pagefind share) and the time from navigation start to the first result on
 * screen, as a Markdown table; for the real site, also hit@1, hit@3 and MRR
 * per query form on the relevance set (bench/relevance.ts). `npm run bench`
 * calls benchSearch(); run alone with `tsx bench/search.ts [dist]`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listen } from '../scripts/lib/serve';
import { launch } from '../scripts/lib/browser';
import { bytesOf, recordTransfer } from './lib/transfer';
import { SEARCH_CASES, RELEVANCE_CASES, expectedPath } from './search-queries.ts';
import { runRelevance } from './relevance.ts';
import { scoreTable } from './lib/relevance.ts';

interface Row {
  q: string;
  results: number;
  rank: number | undefined;
  firstResultMs: number;
  /** Phases (src/components/search/client.ts marks): Pagefind loaded and initialised, results ranked; Pagefind searches run. */
  readyMs: number;
  rankedMs: number;
  calls: number;
  bytes: number;
  /** Bytes of the responses that had arrived when the first result appeared. */
  firstBytes: number;
  pagefindBytes: number;
  requests: number;
}

const kb = (n: number) => (n / 1024).toFixed(1);
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');
const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

// Recorded in the page, so the figure does not include the harness's own
// round trips: navigation start → first result element in the list.
const FIRST_RESULT_PROBE = `
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-search-results] li')) {
      window.__firstResult = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

export async function benchSearch(distDir: string, { relevance = false } = {}): Promise<string> {
  if (!existsSync(join(distDir, 'pagefind', 'pagefind.js')))
    throw new Error(`${distDir}/pagefind không có: chạy "npm run build" trước`);
  const tasks = JSON.parse(readFileSync(join(distDir, 'data', 'tasks.json'), 'utf8'));
  const units = JSON.parse(readFileSync(join(distDir, 'data', 'units.json'), 'utf8'));

  const { server, origin } = await listen(distDir);
  const browser = await launch();

  const rows: Row[] = [];
  try {
    for (const c of SEARCH_CASES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(FIRST_RESULT_PROBE);
      const transfer = recordTransfer(page);
      await page.goto(`${origin}/tim-kiem/?${new URLSearchParams({ q: c.q })}`);
      await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      const arrived = await transfer.settled();
      const firstResultMs =
        (await page.evaluate(() => (window as unknown as { __firstResult?: number }).__firstResult)) ?? NaN;
      const origin0 = await page.evaluate(() => performance.timeOrigin);
      // A string, so the bundler adds no helper the page lacks.
      const phases = (await page.evaluate(`(() => {
        const marks = performance.getEntriesByType('mark');
        const at = (name) => marks.find((m) => m.name === name)?.startTime ?? NaN;
        return { readyMs: at('search:pagefind-ready'), rankedMs: at('search:ranked'), calls: marks.filter((m) => m.name === 'search:call').length };
      })()`)) as { readyMs: number; rankedMs: number; calls: number };
      const firstBytes = bytesOf(arrived, (a) => a.end - origin0 <= firstResultMs);
      const urls = await page.$$eval('[data-search-results] li', (lis) =>
        lis.map((li) => (li as HTMLElement).dataset.url ?? ''),
      );
      const status = (await page.textContent('[data-search-status]')) ?? '';
      const results = Number(/Tìm thấy (\d+)/.exec(status)?.[1] ?? 0);
      // The benchmark reports; the e2e test is where a missing page fails.
      let want = '';
      try {
        want = expectedPath(c.expect, tasks, units);
      } catch {}
      const at = want ? urls.map((u) => new URL(u, origin).pathname).indexOf(want) : -1;
      rows.push({
        q: c.q,
        results,
        rank: at === -1 ? undefined : at + 1,
        firstResultMs,
        ...phases,
        bytes: bytesOf(arrived),
        firstBytes,
        pagefindBytes: bytesOf(arrived, (a) => a.path.startsWith('/pagefind/')),
        requests: arrived.length,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }

  const lines = [
    '| Truy vấn | Kết quả | Hạng trang đúng | Pagefind sẵn sàng (ms) | Xếp hạng xong (ms) | Lần tìm | Kết quả đầu tiên (ms) | Tải về trước kết quả đầu tiên (KB) | Tải về cả trang (KB) | trong đó Pagefind (KB) | Yêu cầu |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map(
      (r) =>
        `| ${r.q.replace(/\|/g, '\\|')} | ${r.results} | ${r.rank ?? '–'} | ${ms(r.readyMs)} | ${ms(r.rankedMs)} | ${r.calls} | ${ms(r.firstResultMs)} | ${kb(r.firstBytes)} | ${kb(r.bytes)} | ${kb(r.pagefindBytes)} | ${r.requests} |`,
    ),
    `| **trung vị** | ${median(rows.map((r) => r.results))} | | ${ms(median(rows.map((r) => r.readyMs)))} | ${ms(median(rows.map((r) => r.rankedMs)))} | ${median(rows.map((r) => r.calls))} | ${ms(median(rows.map((r) => r.firstResultMs)))} | ${kb(median(rows.map((r) => r.firstBytes)))} | ${kb(median(rows.map((r) => r.bytes)))} | ${kb(median(rows.map((r) => r.pagefindBytes)))} | ${median(rows.map((r) => r.requests))} |`,
  ];
  const top3 = rows.filter((r) => r.rank !== undefined && r.rank <= 3).length;
  // The relevance set names real pages: only the real site is judged.
  const judged = relevance
    ? [
        `### Độ liên quan: ${RELEVANCE_CASES.length} truy vấn (bench/search-queries.ts), ba dạng, bộ đã thấy và bộ chưa thấy`,
        '',
        scoreTable(await runRelevance(distDir)),
        '',
      ]
    : [];
  return [
    `### Tìm kiếm: ${rows.length} truy vấn, mỗi truy vấn một lần tải nguội (bộ nhớ đệm trống)`,
    '',
    `Trang đúng trong 3 kết quả đầu: ${top3}/${rows.length}. Thời gian tính từ lúc bắt đầu tải trang đến khi kết quả đầu tiên hiện ra; máy chủ tĩnh cục bộ, không giới hạn băng thông.`,
    '',
    ...lines,
    '',
    ...judged,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchSearch(process.argv[2] ?? process.env.DIST_DIR ?? 'dist', { relevance: true }));
}
