/**
 * `npm run data`: content/ → validated records → .generated/content (Astro
 * collections) and public/data (open data). Fails with file, line and field
 * when the data would be wrong; prints warnings a person should review.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importContent, formatDiagnostic, type Corpus } from './lib/pipeline';
import { InputError } from './lib/input-file';
import { mdxFile } from '../src/content/mdx';
import { planBody } from '../src/content/body';
import { tasksCsv, unitEventsCsv } from '../src/lib/publish/csv';
import { readRegistry, recordTasks, writeRegistry } from './lib/registry';
import { planSelection } from './lib/plan-select';
import { readManifest } from './lib/shard';
import { shardUnits, siblingShards } from './lib/shard-units';
import { IMPORT_CACHE, importCache } from './lib/import-cache';

const content = process.env.CONTENT_DIR ?? 'content';
const out = process.env.GENERATED_DIR ?? '.generated/content';
const publicData = process.env.PUBLIC_DATA_DIR ?? 'public/data';
const siteUrl = (process.env.SITE_URL ?? 'https://cchc.quangtri.gov.vn').replace(/\/?$/, '/');

// Every JSON file is JSON.stringify(value, null, 1) + "\n". (A record-at-a-time
// writer once saved ~120 MB of the import's peak at 20 000 tasks; the build's
// peak is Pagefind's, over 3 GB, so the plain form is kept: docs/BENCHMARKS.md.)
// BUILD_INCREMENTAL=1: plans whose text and code are unchanged are not parsed again.
const cache = process.env.BUILD_INCREMENTAL === '1' ? importCache(IMPORT_CACHE) : null;
const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

/** Records grouped by plan id, in their order. */
function byPlan<T extends { plan: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const group = groups.get(r.plan);
    if (group) group.push(r);
    else groups.set(r.plan, [r]);
  }
  return groups;
}

/** Each plan's body as MDX; its headings go into the plan record (frontmatter and plans.json). */
function buildBodies(corpus: Corpus): Map<string, string> {
  const bodies = new Map<string, string>();
  corpus.plans = corpus.plans.map((plan) => {
    const prose = corpus.prose.get(plan.id);
    if (!prose) return plan;
    const body = planBody(prose.paragraphs, prose.links, cache?.bodyTree);
    bodies.set(plan.id, body.mdx);
    return { ...plan, outline: body.outline };
  });
  return bodies;
}

/**
 * A shard cut from this folder by PLANS (SHARD_MANIFEST, BASE_PATH): the units
 * its sibling shards give tasks to, from an import of their plans
 * (scripts/lib/shard-units.ts). Empty for an ordinary build.
 */
function siblingUnits() {
  const manifest = process.env.SHARD_MANIFEST;
  if (!manifest) return [];
  const siblings = siblingShards(readManifest(manifest), process.env.BASE_PATH ?? '/');
  if (siblings.length === 0) return [];
  const others = importContent(
    content,
    process.cwd(),
    planSelection(siblings.map((s) => s.plans).join(',')),
    cache?.parseSource,
  );
  return shardUnits(siblings, others.tasks);
}

function write(corpus: Corpus) {
  const bodies = buildBodies(corpus);
  rmSync(out, { recursive: true, force: true });
  rmSync(publicData, { recursive: true, force: true });
  mkdirSync(join(out, 'plans'), { recursive: true });
  mkdirSync(join(publicData, 'sources'), { recursive: true });
  const quality = corpus.diagnostics.map((d, i) => ({ id: `q${i + 1}`, ...d }));
  const tasks = byPlan(corpus.tasks);
  const targets = byPlan(corpus.targets);
  const qualities = byPlan(quality.filter((q): q is typeof q & { plan: string } => q.plan !== undefined));
  for (const plan of corpus.plans) {
    writeFileSync(join(out, 'plans', `${plan.id}.mdx`), mdxFile(plan, bodies.get(plan.id) ?? ''));
    writeFileSync(join(publicData, 'sources', `${plan.id}.txt`), corpus.sources.get(plan.id) ?? '');
    const record = {
      plan,
      tasks: tasks.get(plan.id) ?? [],
      targets: targets.get(plan.id) ?? [],
      quality: qualities.get(plan.id) ?? [],
    };
    writeFileSync(join(publicData, `${plan.id}.json`), json(record));
  }
  const files: [string, readonly unknown[]][] = [
    ['tasks.json', corpus.tasks],
    ['targets.json', corpus.targets],
    ['plans.json', corpus.plans],
    ['units.json', corpus.units],
    ['quality.json', quality],
    ['unit-events.json', corpus.events],
    ['legal-bases.json', corpus.bases],
  ];
  // Task pages removed from a newer version of a plan (docs/URLS.md).
  writeFileSync(join(out, 'gone.json'), json(corpus.gone));
  // Units with tasks in sibling shards (docs/SCALE.md): read as a file, like gone.json.
  writeFileSync(join(out, 'shard-units.json'), json(siblingUnits()));
  // The collections (.generated/content) and the open data (public/data) are the same files.
  for (const [name, records] of files) {
    const text = json(records);
    for (const file of [join(out, name), join(publicData, name)]) writeFileSync(file, text);
  }
  writeFileSync(
    join(publicData, 'tasks.csv'),
    tasksCsv(corpus.tasks, new Map(corpus.units.map((u) => [u.id, u])), siteUrl),
  );
  writeFileSync(
    join(publicData, 'unit-events.csv'),
    unitEventsCsv(corpus.events, new Map(corpus.units.map((u) => [u.id, u])), corpus.bases),
  );
}

try {
  // PLANS: a sharded build imports only its shard's plans (docs/SCALE.md).
  const corpus = importContent(content, process.cwd(), planSelection(process.env.PLANS), cache?.parseSource);
  write(corpus);
  cache?.prune();
  // The permalink registry is written by the build: every new task address
  // with what it points at, so the next build can tell if it moves (docs/URLS.md).
  const registryFile = join(content, 'permalinks.json');
  const recorded = recordTasks(readRegistry(registryFile), corpus.tasks);
  if (writeRegistry(registryFile, recorded.registry))
    console.log(
      `Sổ địa chỉ ${registryFile}: ghi nhận ${recorded.added.length} địa chỉ nhiệm vụ mới (hãy commit tệp này).`,
    );
  const warnings = corpus.diagnostics.filter((d) => d.level === 'warning');
  for (const w of warnings) console.warn(`cảnh báo: ${formatDiagnostic(w)}`);
  console.log(
    `Đã nhập ${corpus.plans.length} kế hoạch, ${corpus.tasks.length} nhiệm vụ, ${corpus.units.length} đơn vị, ` +
      `${corpus.targets.length} chỉ tiêu; ${warnings.length} cảnh báo (xem ${publicData}/quality.json).` +
      (cache ? ` Bộ đệm ${IMPORT_CACHE}: dùng lại ${cache.hits} kết quả, tính lại ${cache.misses}.` : ''),
  );
} catch (e) {
  if (!(e instanceof InputError)) throw e;
  console.error(`Dữ liệu không hợp lệ, dừng build:\n${e.lines.map((l) => `  ${l}`).join('\n')}`);
  process.exit(1);
}
