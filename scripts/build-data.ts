/**
 * `npm run data`: content/ → validated records → .generated/content (Astro
 * collections) and public/data (open data). Fails with file, line and field
 * when the data would be wrong; prints warnings a person should review.
 */
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { importContent, formatDiagnostic, type Corpus } from './lib/pipeline';
import { InputError } from './lib/yaml-file';
import { mdxFile } from '../src/content/mdx';
import { tasksCsv, unitEventsCsv } from '../src/lib/publish/csv';

const content = process.env.CONTENT_DIR ?? 'content';
const out = process.env.GENERATED_DIR ?? '.generated/content';
const publicData = process.env.PUBLIC_DATA_DIR ?? 'public/data';
const siteUrl = (process.env.SITE_URL ?? 'https://cchc.quangtri.gov.vn').replace(/\/?$/, '/');

// Every JSON file is JSON.stringify(value, null, 1) + "\n". Records are
// stringified once, at depth 0, and indented where they are nested: a
// value d levels deep has each line end followed by d more spaces
// (strings hold no raw line ends, JSON escapes them).
const nested = (json: string, depth: number) => json.replaceAll('\n', `\n${' '.repeat(depth)}`);

/** JSON.stringify(array, null, 1), `depth` levels deep, from its items' JSON at depth 0. */
function arrayJson(items: readonly string[], depth: number): string {
  if (items.length === 0) return '[]';
  const pad = ' '.repeat(depth + 1);
  return `[\n${items.map((item) => pad + nested(item, depth + 1)).join(',\n')}\n${' '.repeat(depth)}]`;
}

/**
 * A JSON array written into each of its files a record at a time, so that
 * no string of the whole array is built (tasks.json of 20 000 tasks is some
 * 40 MB).
 */
class JsonArrayFile {
  private readonly fds: number[];
  private chunk = '';
  private count = 0;

  constructor(files: string[]) {
    this.fds = files.map((f) => openSync(f, 'w'));
  }

  /** Adds a record, as its JSON at depth 0. */
  add(json: string): void {
    this.put(`${this.count++ === 0 ? '[\n' : ',\n'} ${nested(json, 1)}`);
  }

  close(): void {
    this.put(this.count === 0 ? '[]\n' : '\n]\n', true);
    for (const fd of this.fds) closeSync(fd);
  }

  private put(text: string, flush = false): void {
    this.chunk += text;
    if (this.chunk.length < 1 << 20 && !flush) return;
    const bytes = Buffer.from(this.chunk);
    for (const fd of this.fds) for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    this.chunk = '';
  }
}

const stringify = (value: unknown) => JSON.stringify(value, null, 1) ?? 'null';

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

function write(corpus: Corpus) {
  rmSync(out, { recursive: true, force: true });
  rmSync(publicData, { recursive: true, force: true });
  mkdirSync(join(out, 'plans'), { recursive: true });
  mkdirSync(join(publicData, 'sources'), { recursive: true });
  const quality = corpus.diagnostics.map((d, i) => ({ id: `q${i + 1}`, ...d }));
  const tasks = byPlan(corpus.tasks);
  const targets = byPlan(corpus.targets);
  const qualities = byPlan(quality.filter((q): q is typeof q & { plan: string } => q.plan !== undefined));
  const both = (name: string) => [join(out, name), join(publicData, name)];
  // tasks.json and targets.json hold each plan's records in plan order, as
  // importContent gathers them: written with the plan files, from the same JSON.
  const inPlanOrder = <T>(all: readonly T[], groups: Map<string, T[]>) => {
    let k = 0;
    for (const plan of corpus.plans) for (const r of groups.get(plan.id) ?? []) if (all[k++] !== r) return false;
    return k === all.length;
  };
  const streamed = inPlanOrder(corpus.tasks, tasks) && inPlanOrder(corpus.targets, targets);
  const tasksFile = new JsonArrayFile(both('tasks.json'));
  const targetsFile = new JsonArrayFile(both('targets.json'));
  for (const plan of corpus.plans) {
    writeFileSync(join(out, 'plans', `${plan.id}.mdx`), mdxFile(plan, corpus.prose.get(plan.id) ?? []));
    writeFileSync(join(publicData, 'sources', `${plan.id}.txt`), corpus.sources.get(plan.id) ?? '');
    const planTasks = (tasks.get(plan.id) ?? []).map(stringify);
    const planTargets = (targets.get(plan.id) ?? []).map(stringify);
    if (streamed) {
      planTasks.forEach((t) => tasksFile.add(t));
      planTargets.forEach((t) => targetsFile.add(t));
    }
    const fields: [string, string][] = [
      ['plan', nested(stringify(plan), 1)],
      ['tasks', arrayJson(planTasks, 1)],
      ['targets', arrayJson(planTargets, 1)],
      ['quality', arrayJson((qualities.get(plan.id) ?? []).map(stringify), 1)],
    ];
    writeFileSync(
      join(publicData, `${plan.id}.json`),
      `{\n${fields.map(([k, v]) => ` ${JSON.stringify(k)}: ${v}`).join(',\n')}\n}\n`,
    );
  }
  if (!streamed) {
    corpus.tasks.forEach((t) => tasksFile.add(stringify(t)));
    corpus.targets.forEach((t) => targetsFile.add(stringify(t)));
  }
  tasksFile.close();
  targetsFile.close();
  const files: Record<string, readonly unknown[]> = {
    'plans.json': corpus.plans,
    'units.json': corpus.units,
    'quality.json': quality,
    'unit-events.json': corpus.events,
    'legal-bases.json': corpus.bases,
  };
  for (const [name, records] of Object.entries(files)) {
    const file = new JsonArrayFile(both(name));
    for (const r of records) file.add(stringify(r));
    file.close();
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
  const corpus = importContent(content);
  write(corpus);
  const warnings = corpus.diagnostics.filter((d) => d.level === 'warning');
  for (const w of warnings) console.warn(`cảnh báo: ${formatDiagnostic(w)}`);
  console.log(
    `Đã nhập ${corpus.plans.length} kế hoạch, ${corpus.tasks.length} nhiệm vụ, ${corpus.units.length} đơn vị, ` +
      `${corpus.targets.length} chỉ tiêu; ${warnings.length} cảnh báo (xem ${publicData}/quality.json).`,
  );
} catch (e) {
  if (!(e instanceof InputError)) throw e;
  console.error(`Dữ liệu không hợp lệ, dừng build:\n${e.lines.map((l) => `  ${l}`).join('\n')}`);
  process.exit(1);
}
