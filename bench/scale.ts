/**
 * The scale cases of `npm run bench` (issue 20, docs/SCALE.md):
 *
 * - incremental (BENCH_INCREMENTAL=<tasks>): a synthetic site built with
 *   BUILD_INCREMENTAL=1, one plan's task reworded, rebuilt from the cache;
 *   beside it an ordinary clean build of the changed input in another copy.
 *   Reports both (stage times, peak memory), the ratio, and whether every
 *   file of the two dist/ folders is the same bytes.
 * - shards (BENCH_SHARDS=<shards>x<tasks per shard>): that many synthetic
 *   provinces (one content folder each, seeds 1…n), built by
 *   `xargs -P BENCH_SHARD_JOBS` (2) running scripts/shard.ts, one merged search;
 *   reports each shard's times and peak memory and the bytes of the first
 *   query of the merged search in Chromium.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { copyProject } from '../scripts/lib/project';
import { buildSite, type SiteBuild } from '../scripts/lib/site-build';
import { rewordOneTask } from '../scripts/lib/edit-plan';
import { treeDiff } from '../scripts/lib/tree-diff';
import { listen } from '../scripts/lib/serve';
import { launch } from '../scripts/lib/browser';
import { bytesOf, recordTransfer, searchFileKind } from './lib/transfer';
import { generateContent } from './corpus/corpus';
import { mb, sec } from './lib/size';
import { optional } from './lib/optional';
import { mergedFirstQuery, type MergedQuery } from './merged-search';
import { NEEDS } from './search-queries';

// Both builds print the same "today".
const EPOCH = '1780000000';
const CONTENT = 'synthetic-content';

/** The value at quantile `p` of sorted `xs`. */
const at = (xs: readonly number[], p: number) => xs[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)]!;
const wall = (b: SiteBuild) => b.import.ms + b.astro.ms + b.pagefind.ms;
const cpu = (b: SiteBuild) => b.import.cpuMs + b.astro.cpuMs + b.pagefind.cpuMs;
const peak = (b: SiteBuild) => Math.max(b.import.treeRss, b.astro.treeRss, b.pagefind.treeRss);
const row = (label: string, b: SiteBuild) =>
  `| ${label} | ${[b.import, b.astro, b.pagefind].map((m) => `${sec(m.ms)} / ${sec(m.cpuMs)}`).join(' | ')} | ${sec(wall(b))} / ${sec(cpu(b))} | ${mb(peak(b))} | ${b.import.load.toFixed(1)}–${b.pagefind.load.toFixed(1)} |`;

export async function benchIncremental(root: string, tasks: number, seed: number): Promise<string> {
  const a = copyProject(root, 'incremental');
  const b = copyProject(root, 'clean');
  try {
    const plans = generateContent(join(a, CONTENT), { tasks, seed, unitsFile: join(a, 'content', 'units.yaml') });
    const env = { CONTENT_DIR: CONTENT, SOURCE_DATE_EPOCH: EPOCH, BASE_PATH: '/' };
    const first = await buildSite(root, a, { ...env, BUILD_INCREMENTAL: '1' });
    const plan = plans.find((p) => p.shape.startsWith('tsv'))!;
    rewordOneTask(join(a, CONTENT), plan.id);
    cpSync(join(a, CONTENT), join(b, CONTENT), { recursive: true });
    // One after the other: on a shared machine two builds at once would slow each other.
    const again = await buildSite(root, a, { ...env, BUILD_INCREMENTAL: '1' });
    const clean = await buildSite(root, b, env);
    const diff = treeDiff(join(a, 'dist'), join(b, 'dist'));
    // Astro lists a page it renders with its time ("(+12ms)"); it also lists as
    // "(restored)" pages without a key, which it then renders all the same.
    const rendered = again.astro.stdout.split('\n').filter((l) => /─ \S+ \(\+[\d.]+m?s\)/.test(l)).length;
    return [
      `### Dựng lại từng phần: ${tasks} nhiệm vụ, ${plans.length} kế hoạch, sửa hoạt động của một nhiệm vụ trong ${plan.id}`,
      '',
      'Thời gian: thực / CPU (giây).',
      '',
      '| Bản build | Nhập | Astro | Pagefind | Tổng | RSS đỉnh (MB) | Tải máy |',
      '|---|--:|--:|--:|--:|--:|--:|',
      row('lần đầu, BUILD_INCREMENTAL=1 (ghi bộ đệm)', first),
      row('dựng lại sau khi sửa, BUILD_INCREMENTAL=1', again),
      row('build sạch thông thường của đầu vào đã sửa', clean),
      '',
      `Dựng lại / build sạch: ${((100 * wall(again)) / wall(clean)).toFixed(0)} % thời gian thực, ${((100 * cpu(again)) / cpu(clean)).toFixed(0)} % CPU ` +
        `(mục tiêu ≤ 20 %). Astro vẽ lại ${rendered} trang / ${again.pages}, chép các trang khác từ bộ đệm. ` +
        (diff.length === 0
          ? 'dist/ của bản dựng lại và của build sạch giống nhau từng byte (mọi tệp, kể cả chỉ mục Pagefind và dữ liệu mở).'
          : `**dist/ khác build sạch ở ${diff.length} tệp**: ${diff.slice(0, 5).join('; ')}`),
    ].join('\n');
  } finally {
    for (const d of [a, b]) rmSync(d, { recursive: true, force: true });
  }
}

interface ShardLine {
  shard: string;
  tasks: number;
  pages: number;
  import: { ms: number; cpuMs: number; peakMB: number };
  astro: { ms: number; cpuMs: number; peakMB: number };
  pagefind: { ms: number; cpuMs: number; peakMB: number };
}

/**
 * Bytes a cold first query fetches on shard `from`'s search page, how long it
 * takes, and which shards its results come from: in the page's own scope
 * (its group; here each province alone), or everywhere (scope=all: every
 * other shard searched in turn, src/components/search/client.ts).
 */
async function firstQuery(site: string, from: string, q: string, shards: number, scope: '' | 'all') {
  const { server, origin } = await listen(site);
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const transfer = recordTransfer(page);
    const start = performance.now();
    await page.goto(`${origin}/${from}/tim-kiem/?${new URLSearchParams(scope ? { q, scope } : { q })}`);
    await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 60_000 });
    const first = performance.now() - start;
    if (scope)
      await page.waitForSelector('[data-search-elsewhere][data-state="done"]', {
        state: 'attached',
        timeout: 60_000 + 10_000 * shards,
      });
    const ms = performance.now() - start;
    await page.waitForLoadState('networkidle');
    const arrived = await transfer.settled();
    const urls = await page.$$eval('[data-search-results] li', (lis) =>
      lis.map((li) => new URL((li as HTMLElement).dataset.url ?? '', location.href).pathname),
    );
    const status = [
      (await page.textContent('[data-search-status]')) ?? '',
      scope ? ((await page.textContent('[data-search-elsewhere-status]')) ?? '') : '',
    ].join(' ');
    return {
      bytes: bytesOf(arrived),
      pagefind: bytesOf(arrived, (a) => a.path.includes('/pagefind/')),
      shards: [...new Set(urls.map((u) => u.split('/')[1]))].sort(),
      status,
      first,
      ms,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Cold first-query bytes on shard `from`'s search page, in its own scope, for
 * every need of the relevance set (accented form, bench/search-queries.ts):
 * what a reader of one province pays for one search. Each query in a fresh
 * context, so nothing is cached.
 */
async function needsBytes(site: string, from: string): Promise<{ bytes: number[]; byKind: Map<string, number[]> }> {
  const { server, origin } = await listen(site);
  const browser = await launch();
  try {
    const bytes: number[] = [];
    const byKind = new Map<string, number[]>();
    for (const need of NEEDS) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const transfer = recordTransfer(page);
      await page.goto(`${origin}/${from}/tim-kiem/?${new URLSearchParams({ q: need.q })}`);
      await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const arrived = await transfer.settled();
      bytes.push(bytesOf(arrived));
      const kinds = new Map<string, number>();
      for (const a of arrived) {
        const kind = searchFileKind(a.path);
        kinds.set(kind, (kinds.get(kind) ?? 0) + a.bytes);
      }
      for (const [kind, b] of kinds) byKind.set(kind, [...(byKind.get(kind) ?? []), b]);
      await context.close();
    }
    // A kind a query did not fetch counts 0 for it.
    for (const list of byKind.values()) list.push(...Array<number>(NEEDS.length - list.length).fill(0));
    for (const list of [bytes, ...byKind.values()]) list.sort((a, b) => a - b);
    return { bytes, byKind };
  } finally {
    await browser.close();
    server.close();
  }
}

export async function benchShards(root: string, shards: number, perShard: number, jobs: number): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'cchc-shards-'));
  try {
    const ids = Array.from({ length: shards }, (_, i) => `p${String(i + 1).padStart(2, '0')}`);
    ids.forEach((id, i) =>
      generateContent(join(work, 'provinces', id), {
        tasks: perShard,
        seed: i + 1,
        unitsFile: join(root, 'content', 'units.yaml'),
      }),
    );
    const manifest = join(work, 'shards.json');
    writeFileSync(manifest, JSON.stringify({ shards: ids.map((id, i) => ({ id, title: `Tỉnh tổng hợp ${i + 1}` })) }));
    const start = performance.now();
    const load = loadavg()[0]!;
    // The runner is xargs, as in docs/SCALE.md; each line of output is one shard's JSON.
    const tsx = resolve(root, 'node_modules', '.bin', 'tsx');
    const output = execFileSync(
      'sh',
      [
        '-c',
        `printf '%s\\n' ${ids.join(' ')} | xargs -P ${jobs} -I{} "${tsx}" scripts/shard.ts "${manifest}" {} "${join(work, 'site')}" --content "${join(work, 'provinces')}/{}"`,
      ],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 256 * 2 ** 20,
        env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH },
      },
    );
    const ms = performance.now() - start;
    const json = output.split('\n').filter((l) => l.startsWith('{'));
    const lines = json.map((l) => JSON.parse(l) as ShardLine);
    // The builds' figures are printed as soon as they exist: a search step that fails
    // afterwards (a 34-shard run lost its 55 minutes of builds that way) costs only its own line.
    process.stderr.write(`${json.join('\n')}\n`);
    const site = join(work, 'site');
    const q = 'cải cách hành chính';
    const query = await optional('tìm kiếm', () => firstQuery(site, ids[0]!, q, shards, ''));
    // With one shard there is nowhere else: the page shows no "Ở nơi khác" section to wait for.
    const everywhere =
      shards > 1
        ? await optional('tìm ở mọi nơi', () => firstQuery(site, ids[0]!, q, shards, 'all'))
        : 'không có nơi khác (một phân mảnh)';
    const needs = await optional('các truy vấn của bộ đo', () => needsBytes(site, ids[0]!));
    // 34 provinces: the built shards served again under 34 paths, all merged (bench/merged-search.ts).
    const merged: (MergedQuery | string)[] = [];
    for (const n of new Set([1, shards, 34]))
      merged.push(await optional(`gộp ${n} chỉ mục`, () => mergedFirstQuery(site, n, 'cải cách hành chính')));
    const totalCpu = lines.reduce((n, l) => n + l.import.cpuMs + l.astro.cpuMs + l.pagefind.cpuMs, 0);
    const totalTasks = lines.reduce((n, l) => n + l.tasks, 0);
    const s = (m: { ms: number; cpuMs: number }) => `${sec(m.ms)} / ${sec(m.cpuMs)}`;
    return [
      `### Phân mảnh: ${shards} tỉnh tổng hợp × ~${perShard} nhiệm vụ, xargs -P ${jobs}`,
      '',
      `Thời gian thực cả lượt: ${sec(ms)} s (tải máy lúc bắt đầu ${load.toFixed(1)}); CPU cộng lại ${sec(totalCpu)} s cho ${totalTasks} nhiệm vụ (${(totalCpu / totalTasks).toFixed(1)} ms CPU / nhiệm vụ).`,
      '',
      '| Phân mảnh | Nhiệm vụ | Trang | Nhập | Astro | Pagefind | RSS đỉnh nhập / astro / pagefind (MB) |',
      '|---|--:|--:|--:|--:|--:|--:|',
      ...lines.map(
        (l) =>
          `| ${l.shard} | ${l.tasks} | ${l.pages} | ${s(l.import)} | ${s(l.astro)} | ${s(l.pagefind)} | ${l.import.peakMB} / ${l.astro.peakMB} / ${l.pagefind.peakMB} |`,
      ),
      '',
      `Truy vấn đầu tiên "${q}" từ /${ids[0]}/tim-kiem/ (bộ nhớ đệm trống):`,
      '',
      ...(
        [
          ['trong phạm vi của trang (tỉnh này)', query],
          [`ở mọi nơi (scope=all: ${shards - 1} phân mảnh khác, lần lượt)`, everywhere],
        ] as const
      ).map(
        ([label, r]) =>
          `- ${label}: ` +
          (typeof r === 'string'
            ? r
            : `${(r.bytes / 1024).toFixed(1)} KB tải về, trong đó Pagefind ${(r.pagefind / 1024).toFixed(1)} KB; ` +
              `kết quả đầu sau ${r.first.toFixed(0)} ms, xong sau ${r.ms.toFixed(0)} ms; ` +
              `danh sách chính thuộc ${r.shards.join(', ')} (${r.status.replace(/\s+/g, ' ').trim()}).`),
      ),
      '',
      `Truy vấn đầu tiên trong phạm vi của trang, với từng nhu cầu của bộ đo độ liên quan (${NEEDS.length} truy vấn có dấu, bench/search-queries.ts; mỗi truy vấn một phiên trình duyệt mới): ` +
        (typeof needs === 'string'
          ? needs
          : `trung vị ${(at(needs.bytes, 0.5) / 1024).toFixed(1)} KB, 90 % ≤ ${(at(needs.bytes, 0.9) / 1024).toFixed(1)} KB, ` +
            `lớn nhất ${(needs.bytes.at(-1)! / 1024).toFixed(1)} KB; ${needs.bytes.filter((b) => b <= 300 * 1024).length}/${needs.bytes.length} truy vấn ≤ 300 KB. ` +
            `Trung vị theo loại tệp: ${[...needs.byKind]
              .sort(([, a], [, b]) => at(b, 0.5) - at(a, 0.5))
              .map(([kind, list]) => `${kind} ${(at(list, 0.5) / 1024).toFixed(1)} KB`)
              .join(', ')}.`),
      '',
      'Chỉ riêng Pagefind, truy vấn đầu tiên khi gộp n chỉ mục cùng cỡ (các phân mảnh đã dựng, phục vụ lại dưới n đường dẫn):',
      '',
      '| Chỉ mục gộp | Pagefind tải về (KB) | Yêu cầu | Thời gian đến 10 kết quả đầu (ms) | Kết quả |',
      '|--:|--:|--:|--:|--:|',
      ...merged.map((m) =>
        typeof m === 'string'
          ? `| ${m} | | | | |`
          : `| ${m.indexes} | ${(m.pagefindBytes / 1024).toFixed(1)} | ${m.requests} | ${m.ms.toFixed(0)} | ${m.results} |`,
      ),
    ].join('\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
