/**
 * `npm run bench`: builds the real site and synthetic sites of BENCH_SIZES
 * tasks (default 1000,2000,5000,20000), each in a throw-away copy of the
 * project, and beside each the same number of pages as three floors: bare
 * Astro Markdown in src/pages/, bare Astro Markdown as a content collection,
 * and Starlight (newest release, installed once into a cache folder under the
 * temp folder, never into this project) when it builds on our Astro.
 * Reports per size: stage times and peak memory, pages per second, dist and
 * index size, bytes per page type, search bytes and latency in Chromium, and
 * the CPU per page against each floor. Markdown goes to stdout and to BENCH_REPORT
 * (default tmp/bench-report.md); docs/BENCHMARKS.md discusses a run.
 *
 * BENCH_SEED (1) picks the synthetic corpus; BENCH_SEARCH=0 skips the browser
 * part; BENCH_FLOORS (pages,collection,starlight) picks the floors; BENCH_REAL=0 skips the real site; BENCH_KEEP=1 keeps the copies in the temp folder.
 * Scale cases (bench/scale.ts, docs/SCALE.md): BENCH_INCREMENTAL=<tasks> rebuilds after one
 * plan changes; BENCH_SHARDS=<n>x<tasks> builds n shards with xargs -P BENCH_SHARD_JOBS (2).
 */
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { copyProject, patchConfig } from '../scripts/lib/project';
import { buildBare, buildSite, type SiteBuild } from '../scripts/lib/site-build';
import { bareProject, type BareKind, type TaskText } from './lib/bare';
import {
  buildStarlight,
  describe as describeStarlight,
  errorLines,
  starlightDeps,
  starlightInfo,
  starlightProject,
} from './lib/starlight';
import { dirSize, kb, mb, sec, type DirSize } from './lib/size';
import { taskPageBudget, type PageBudget } from './lib/pages';
import { optional } from './lib/optional';
import { benchJs, pageBytes } from './js';
import { generateContent } from './corpus/corpus';
import { importCostByShape } from './lib/shapes';
import { mdxCostPerPlan, mdxCostTable } from './lib/mdx';
import { benchIncremental, benchShards } from './scale';

const root = process.cwd();
const sizes = (process.env.BENCH_SIZES ?? '1000,2000,5000,20000').split(',').filter(Boolean).map(Number);
const seed = Number(process.env.BENCH_SEED ?? 1);
const reportFile = process.env.BENCH_REPORT ?? 'tmp/bench-report.md';
const keep = process.env.BENCH_KEEP === '1';
const search = process.env.BENCH_SEARCH !== '0';
// The src/pages floor alone costs 5.6 GB and ~7 min at 20 000 tasks: BENCH_FLOORS=collection,starlight skips it.
const floorKinds = new Set((process.env.BENCH_FLOORS ?? 'pages,collection,starlight').split(',').filter(Boolean));

interface Stage {
  ms: number;
  cpuMs: number;
  /** Peak RSS of the whole process tree. */
  rss: number;
}

/** The same number of pages built another way: Astro's stage, and Pagefind when the floor has search. */
interface Floor {
  pages: number;
  astro: Stage;
  pagefind?: Stage;
}

type FloorKey = BareKind | 'starlight';
const FLOORS: { key: FloorKey; label: string }[] = [
  { key: 'pages', label: 'trần (src/pages)' },
  { key: 'collection', label: 'trần (collection)' },
  { key: 'starlight', label: 'Starlight' },
];

interface Result {
  label: string;
  site: SiteBuild;
  dist: DirSize;
  index: DirSize;
  /** A floor that could not be built holds the reason. */
  floors: Record<FloorKey, Floor | string>;
  budget: PageBudget;
}

mkdirSync(dirname(reportFile), { recursive: true });
writeFileSync(reportFile, '');
const out = (s = '') => {
  console.log(s);
  appendFileSync(reportFile, s + '\n');
};

function machine(): string {
  const commit = (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    } catch {
      return '?';
    }
  })();
  const astro = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version;
  return `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model ?? '?'} · ${(totalmem() / 2 ** 30).toFixed(0)} GB · Node ${process.version} · Astro ${astro} · commit ${commit} · seed ${seed}`;
}

const results: Result[] = [];
// Copies of the current size, removed even when a stage fails.
const made: string[] = [];
const stage = (m: { ms: number; cpuMs: number; treeRss: number }): Stage => ({
  ms: m.ms,
  cpuMs: m.cpuMs,
  rss: m.treeRss,
});

// Starlight: versions looked up and dependencies installed once per run; after
// one failure (install or build) the reason stands for every later size.
const sl = starlightInfo(root);
let slDeps: string | undefined;
let slBroken: string | undefined;
function starlightReady(): void {
  if (!sl.starlight) slBroken = sl.error ?? 'không rõ phiên bản';
  else if (!slDeps && !slBroken)
    try {
      slDeps = starlightDeps(root, sl);
    } catch (e) {
      slBroken = (e as Error).message;
    }
}

async function floors(tasks: readonly TaskText[], count: number): Promise<Record<FloorKey, Floor | string>> {
  const r = {} as Record<FloorKey, Floor | string>;
  for (const kind of ['pages', 'collection'] as const) {
    if (!floorKinds.has(kind)) {
      r[kind] = '(bỏ qua: BENCH_FLOORS)';
      continue;
    }
    const dir = bareProject(root, tasks, count, kind);
    made.push(dir);
    try {
      const b = await buildBare(root, dir);
      r[kind] = { pages: b.pages, astro: stage(b.astro) };
    } catch (e) {
      r[kind] = errorLines((e as Error).message);
    }
  }
  starlightReady();
  if (!floorKinds.has('starlight')) r.starlight = '(bỏ qua: BENCH_FLOORS)';
  else if (slBroken || !slDeps) r.starlight = slBroken ?? '?';
  else {
    const dir = starlightProject(slDeps, tasks, count);
    made.push(dir);
    try {
      const b = await buildStarlight(root, slDeps, dir);
      r.starlight = { pages: b.pages, astro: stage(b.astro), pagefind: stage(b.pagefind) };
    } catch (e) {
      slBroken = `build thất bại (${describeStarlight(sl)}):\n${errorLines((e as Error).message)}`;
      r.starlight = slBroken;
      out(`\n**Starlight không build được**, bỏ qua ở các cỡ sau:\n\n\`\`\`\n${slBroken}\n\`\`\``);
    }
  }
  return r;
}

async function benchOne(label: string, tasks?: number): Promise<Result> {
  const dir = copyProject(root, label);
  made.push(dir);
  const patched = patchConfig(root, dir);
  const env: Record<string, string> = {};
  if (tasks !== undefined) {
    const content = join(dir, 'synthetic-content');
    const plans = generateContent(content, { tasks, seed, unitsFile: join(dir, 'content', 'units.yaml') });
    env.CONTENT_DIR = content;
    out(`\n## ${label}: ${plans.length} kế hoạch tổng hợp, ${tasks} nhiệm vụ`);
  } else out(`\n## ${label}: nội dung thật (content/)`);
  if (patched)
    out(
      '\n> astro.config.mjs của bản sao đã bỏ `markdown.remarkPlugins` (thiếu @astrojs/markdown-remark, dự án không build được nguyên trạng).',
    );
  const site = await buildSite(root, dir, env);
  const dist = join(dir, 'dist');
  const distSize = dirSize(dist);
  const index = dirSize(join(dist, 'pagefind'));
  const generatedTasks = JSON.parse(
    readFileSync(join(dir, '.generated', 'content', 'tasks.json'), 'utf8'),
  ) as TaskText[];
  const floorBuilds = await floors(generatedTasks, distSize.htmlFiles);
  const budget = taskPageBudget(dist, pageBytes);
  const r: Result = {
    label,
    site,
    dist: distSize,
    index,
    floors: floorBuilds,
    budget,
  };
  out();
  out(summaryTable([r]));
  out(
    `\nTrang HTML lớn nhất: ${distSize.largest.map((l) => `${kb(l.bytes)} KB \`${l.path}\``).join(', ')}; trên 1 MB: ${distSize.overMb}.`,
  );
  out();
  out(floorTable([r]));
  out(
    `\nTrang nhiệm vụ: ${budget.pages}; HTML+CSS trung bình ${kb(budget.meanHtmlCss)} KB, lớn nhất ${kb(budget.maxHtmlCss)} KB (\`/${budget.largest.replace(/index\.html$/, '')}\`); JS lớn nhất ${kb(budget.maxJs)} KB: ${budget.jsFiles.join(', ') || 'không có'}.`,
  );
  if (tasks === undefined || tasks === sizes[0]) {
    out(`\nChi phí đọc theo dạng nguồn (trong tiến trình):\n\n${shapeTable(env.CONTENT_DIR ?? join(dir, 'content'))}`);
    out(
      `\nChi phí MDX mỗi trang kế hoạch (trong tiến trình):\n\n${mdxCostTable(await mdxCostPerPlan(env.CONTENT_DIR ?? join(dir, 'content'), join(dir, 'dist')))}`,
    );
  }
  out('\n' + (await optional('bench-js', () => benchJs(dist))));
  if (search) {
    const { benchSearch } = await import('./search');
    out('\n' + (await optional('bench-search', () => benchSearch(dist, { relevance: tasks === undefined }))));
  }
  return r;
}

/** A failed size is reported (which stage, how long, how much memory) and the run goes on. */
async function benchOrReport(label: string, tasks?: number): Promise<void> {
  try {
    results.push(await benchOne(label, tasks));
  } catch (e) {
    const text = (e as Error).message;
    const field = (name: string) => new RegExp(`${name}: ([^\\n]+)`).exec(text)?.[1]?.trim() ?? '?';
    const oom = /heap out of memory/.test(text) ? ' (hết bộ nhớ heap của V8)' : '';
    out(`\n**${label}: thất bại**${oom}: ${text.split('\n')[0]}`);
    out(
      `\nThời gian thực ${field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')}, CPU ${field('User time \\(seconds\\)')} s người dùng, RSS đỉnh ${field('Maximum resident set size \\(kbytes\\)')} KB.`,
    );
  } finally {
    if (keep) out(`\nBản sao: ${made.join(', ')}`);
    else for (const d of made) rmSync(d, { recursive: true, force: true });
    made.length = 0;
  }
}

const total = (r: Result) => r.site.import.ms + r.site.astro.ms + r.site.pagefind.ms;
const totalCpu = (r: Result) => r.site.import.cpuMs + r.site.astro.cpuMs + r.site.pagefind.cpuMs;
const both = (m: { ms: number; cpuMs: number }) => `${sec(m.ms)} / ${sec(m.cpuMs)}`;

function summaryTable(rs: Result[]): string {
  const rows = rs.map((r) => {
    const s = r.site;
    const pages = r.dist.htmlFiles;
    return [
      r.label,
      s.tasks,
      pages,
      both(s.import),
      both(s.astro),
      both(s.pagefind),
      `${sec(total(r))} / ${sec(totalCpu(r))}`,
      `${mb(s.import.treeRss)} / ${mb(s.astro.treeRss)} / ${mb(s.pagefind.treeRss)}`,
      `${(pages / (s.astro.cpuMs / 1000)).toFixed(0)} / ${(pages / (totalCpu(r) / 1000)).toFixed(0)}`,
      `${mb(r.dist.bytes)} (${r.dist.files})`,
      `${mb(r.index.bytes)} (${r.index.files})`,
      `${s.import.load.toFixed(1)}–${s.pagefind.load.toFixed(1)}`,
    ].join(' | ');
  });
  return [
    'Thời gian: thực / CPU (giây). Máy dùng chung: khi tải cao, thời gian thực phình ra, thời gian CPU thì không.',
    '',
    '| Site | Nhiệm vụ | Trang | Nhập | Astro | Pagefind | Tổng | RSS đỉnh cả cây tiến trình, nhập / astro / pagefind (MB) | Trang/s CPU astro / tổng | dist MB (tệp) | Chỉ mục MB (tệp) | Tải máy |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

const floorCpu = (f: Floor) => f.astro.cpuMs + (f.pagefind?.cpuMs ?? 0);

/** Our CPU per page over the floor's CPU per page: the astro stage, and the whole pipeline. */
function ratios(r: Result, f: Floor): string {
  const ours = (cpuMs: number) => cpuMs / r.dist.htmlFiles;
  const theirs = (cpuMs: number) => cpuMs / f.pages;
  return `${(ours(r.site.astro.cpuMs) / theirs(f.astro.cpuMs)).toFixed(2)} / ${(ours(totalCpu(r)) / theirs(floorCpu(f))).toFixed(2)}`;
}

function floorCell(f: Floor): string {
  const time = f.pagefind
    ? `${sec(f.astro.ms)} + ${sec(f.pagefind.ms)} / ${sec(f.astro.cpuMs)} + ${sec(f.pagefind.cpuMs)}`
    : `${sec(f.astro.ms)} / ${sec(f.astro.cpuMs)}`;
  const rss = f.pagefind ? `${mb(f.astro.rss)} / ${mb(f.pagefind.rss)}` : mb(f.astro.rss);
  return `${time} (${f.pages} trang, ${rss} MB)`;
}

function floorTable(rs: Result[]): string {
  const failed = new Map<string, string>();
  const rows = rs.map((r) =>
    [
      r.label,
      r.dist.htmlFiles,
      `${sec(r.site.astro.cpuMs)} / ${sec(totalCpu(r))}`,
      ...FLOORS.flatMap(({ key, label }) => {
        const f = r.floors[key];
        if (typeof f !== 'string') return [floorCell(f), ratios(r, f)];
        failed.set(label, f);
        return ['không build được', '–'];
      }),
    ].join(' | '),
  );
  const notes = [...failed].map(([label, why]) => `\n${label} không build được:\n\n\`\`\`\n${why}\n\`\`\``);
  return [
    'Sàn so sánh: cùng số trang, cùng nội dung trang (tiêu đề, mục tiêu, bảng hoạt động của một nhiệm vụ). ' +
      'Thời gian: thực / CPU (giây); Starlight: astro + Pagefind (Pagefind chạy riêng, như của ta). ' +
      'Tỉ lệ = CPU mỗi trang của ta / CPU mỗi trang của sàn: giai đoạn astro (so với astro của sàn) / cả quy trình ' +
      '(nhập + astro + Pagefind của ta, so với toàn bộ của sàn: trần chỉ có astro, Starlight có astro + Pagefind).',
    '',
    `| Site | Trang | CPU của ta, astro / tổng | ${FLOORS.map(({ label }) => `${label} | Tỉ lệ CPU/trang astro / tổng so với ${label}`).join(' | ')} |`,
    `|---|--:|--:|${FLOORS.map(() => '--:|--:|').join('')}`,
    ...rows.map((r) => `| ${r} |`),
    ...notes,
  ].join('\n');
}

function shapeTable(contentDir: string): string {
  const rows = importCostByShape(contentDir);
  return [
    '| Dạng nguồn | Kế hoạch | Nhiệm vụ | CPU đọc (s) | ms CPU / nhiệm vụ |',
    '|---|--:|--:|--:|--:|',
    ...rows.map(
      (c) =>
        `| ${c.format} | ${c.plans} | ${c.tasks} | ${sec(c.cpuMs)} | ${(c.cpuMs / Math.max(1, c.tasks)).toFixed(0)} |`,
    ),
  ].join('\n');
}

out(`# npm run bench\n\n${machine()}`);
starlightReady();
out(
  `\nStarlight: ${describeStarlight(sl)}. ` +
    (slDeps ? `Phụ thuộc đã cài trong ${slDeps} (không đụng package.json của dự án).` : `Không dùng được: ${slBroken}`),
);
if (process.env.BENCH_REAL !== '0') await benchOrReport('thật');
for (const n of sizes) await benchOrReport(`${n}`, n);
out('\n## Tổng hợp\n');
out(summaryTable(results));
out();
out(floorTable(results));
const at = (n: number) => results.find((r) => r.label === String(n));
const [small, big] = [at(2000), at(20000)];
if (small && big)
  out(
    `\n20 000 / 2 000 nhiệm vụ: thời gian tổng ×${(total(big) / total(small)).toFixed(1)} thực, ×${(totalCpu(big) / totalCpu(small)).toFixed(1)} CPU (mục tiêu ≤ 12).`,
  );

// Issue 20's scale cases, each only when asked for (bench/scale.ts).
if (process.env.BENCH_INCREMENTAL) {
  out('\n## Dựng lại từng phần\n');
  out(await optional('incremental', () => benchIncremental(root, Number(process.env.BENCH_INCREMENTAL), seed)));
}
if (process.env.BENCH_SHARDS) {
  const [n, per] = process.env.BENCH_SHARDS.split('x').map(Number);
  out('\n## Phân mảnh\n');
  out(await optional('shards', () => benchShards(root, n!, per!, Number(process.env.BENCH_SHARD_JOBS ?? 2))));
}
