/**
 * The import pipeline over a content folder: sources + meta + units +
 * corrections in, validated records and the quality report out. I/O lives
 * here and in build-data.ts; every parser under src/import is pure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import {
  correctionFileSchema,
  planMetaSchema,
  type Diagnostic,
  type Plan,
  type Target,
  type Task,
  type Unit,
} from '../../src/schema';
import { unitRegistrySchema } from '../../src/schema/unit';
import { unitEventFileSchema, type LegalBasis, type UnitEventRecord } from '../../src/schema/unit-event';
import { createTimeline, timelineProblems, validTo } from '../../src/lib/units/timeline';
import { datedLookup, planDate } from '../../src/import/units/dated';
import { detectFormat, junkRatio, normalizeSource } from '../../src/content/source';
import { assemblePlan, type DutyRecord } from '../../src/import/plan';
import { createUnitResolver, unitUrl } from '../../src/import/units/resolve';
import { parseSource } from './parse-source';
import { InputError, loadYaml, readYaml } from './yaml-file';
import { slugify } from '../../src/text/slug';
import { validateAll } from './validate';

export interface Corpus {
  plans: Plan[];
  tasks: Task[];
  units: Unit[];
  targets: Target[];
  diagnostics: Diagnostic[];
  /** Prose kept as the plan's body text (preamble, purposes), per plan id. */
  prose: Map<string, string[]>;
  /** The published text of each source, unchanged, per plan id. */
  sources: Map<string, string>;
  /** What became of the units (content/unit-events.yaml), and the legal texts cited. */
  events: UnitEventRecord[];
  bases: LegalBasis[];
}

/** content/unit-events.yaml, numbered, with each event's line; empty when the folder has none. */
function readEvents(dir: string, rel: (p: string) => string) {
  const path = join(dir, 'unit-events.yaml');
  if (!existsSync(path)) return { bases: [], units: [], events: [], lineOf: () => undefined, file: rel(path) };
  const { data, lineOf } = loadYaml(path, unitEventFileSchema(), rel(path));
  const events = data.events.map((e, i) => ({ ...e, id: `e${i + 1}`, line: lineOf(['events', i]) }));
  return { ...data, events, lineOf, file: rel(path) };
}

const PLAN_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function importContent(dir: string, cwd = process.cwd()): Corpus {
  const rel = (p: string) => relative(cwd, p) || p;
  const registry = readYaml(join(dir, 'units.yaml'), unitRegistrySchema(), rel(join(dir, 'units.yaml')));
  const resolver = createUnitResolver(registry);
  const reorg = readEvents(dir, rel);
  const timeline = createTimeline(reorg.events, reorg.bases, reorg.units);
  const allUnits = new Map([...registry.units, ...reorg.units].map((u) => [u.id, u]));
  const datedUnits = { units: allUnits, timeline };
  const firstSeen = new Map<string, string>();
  const corpus: Corpus = {
    plans: [],
    tasks: [],
    units: [],
    targets: [],
    diagnostics: [],
    prose: new Map(),
    sources: new Map(),
    events: reorg.events,
    bases: reorg.bases,
  };
  const duties: { plan: string; file: string; d: DutyRecord }[] = [];
  const errors: string[] = [];
  // One schema of each kind for every file: a zod schema is costly to build.
  const metaSchema = planMetaSchema();
  const correctionSchema = correctionFileSchema();
  const sourcesDir = join(dir, 'sources');
  const names = readdirSync(sourcesDir).sort();
  const present = new Set(names);
  for (const name of names.filter((n) => n.endsWith('.txt') && !present.has(n.replace(/\.txt$/, '.meta.yaml'))))
    errors.push(`${rel(join(sourcesDir, name))}: thiếu tệp mô tả ${name.replace(/\.txt$/, '.meta.yaml')}`);
  const metaNames = names.filter((n) => n.endsWith('.meta.yaml'));
  // Plans whose ids fold to one address, in file order.
  const sameAddress = new Map<string, string[]>();
  for (const n of metaNames) {
    const key = slugify(basename(n, '.meta.yaml'));
    const group = sameAddress.get(key);
    if (group) group.push(n);
    else sameAddress.set(key, [n]);
  }
  for (const metaName of metaNames) {
    const id = basename(metaName, '.meta.yaml');
    const twins = sameAddress.get(slugify(id))!;
    if (twins.length > 1) {
      // Two plans would share one address: the data would be wrong, not just untidy.
      errors.push(
        `${rel(join(sourcesDir, metaName))}: trùng mã kế hoạch với ${twins.filter((n) => n !== metaName).join(', ')}`,
      );
      continue;
    }
    const metaFile = join(sourcesDir, metaName);
    const txtFile = join(sourcesDir, `${id}.txt`);
    if (!PLAN_ID.test(id)) {
      errors.push(`${rel(metaFile)}: mã kế hoạch "${id}" chỉ được gồm chữ thường không dấu, số và dấu gạch ngang`);
      continue;
    }
    if (!existsSync(txtFile)) {
      errors.push(`${rel(metaFile)}: thiếu văn bản nguồn ${rel(txtFile)}`);
      continue;
    }
    try {
      const meta = readYaml(metaFile, metaSchema, rel(metaFile));
      const published = readFileSync(txtFile, 'utf8');
      if (junkRatio(published) > 0.01) {
        errors.push(`${rel(txtFile)}: không phải văn bản (có ký tự nhị phân hoặc lỗi mã hoá UTF-8)`);
        continue;
      }
      const text = normalizeSource(published);
      const file = rel(txtFile);
      const format = meta.format ?? detectFormat(text);
      const corrFile = join(dir, 'corrections', `${id}.yaml`);
      const corrections = existsSync(corrFile) ? readYaml(corrFile, correctionSchema, rel(corrFile)).corrections : [];
      const parsed = parseSource(text, { id, file, format, period: meta.period });
      const date = planDate(meta);
      const units = datedLookup(resolver, datedUnits, { id, file, date }, corpus.diagnostics);
      const out = assemblePlan({ id, meta, format, file, results: parsed.results, units, corrections });
      for (const unit of [
        ...out.tasks.flatMap((t) => [t, ...t.activities].flatMap((a) => [...a.lead, ...a.coordinate])),
        ...out.duties.map((d) => d.unit),
      ])
        if (!(firstSeen.get(unit)! <= date)) firstSeen.set(unit, date);
      corpus.plans.push(out.plan);
      corpus.tasks.push(...out.tasks);
      corpus.targets.push(...out.targets);
      corpus.diagnostics.push(...parsed.diagnostics, ...out.diagnostics);
      corpus.prose.set(id, parsed.prose);
      corpus.sources.set(id, published);
      duties.push(...out.duties.map((d) => ({ plan: id, file, d })));
      if (out.tasks.length === 0)
        corpus.diagnostics.push({
          level: 'warning',
          code: 'plan-no-tasks',
          message: 'Kế hoạch không có nhiệm vụ nào được nhận dạng',
          plan: id,
          file,
        });
    } catch (e) {
      if (e instanceof InputError) errors.push(...e.lines);
      else throw e;
    }
  }
  const dutiesOf = new Map<string, typeof duties>();
  for (const x of duties) {
    const group = dutiesOf.get(x.d.unit);
    if (group) group.push(x);
    else dutiesOf.set(x.d.unit, [x]);
  }
  const created = reorg.units.map((u) => ({
    id: u.id,
    name: u.name,
    jurisdiction: u.jurisdiction,
    kind: u.kind,
    aliases: [],
    url: unitUrl(u.id),
    discovered: false,
  }));
  created.forEach((u, i) => {
    if (registry.units.some((r) => r.id === u.id))
      errors.push(
        `${reorg.file}:${reorg.lineOf(['units', i, 'id'])} units.${i}.id: "${u.id}" is already a unit of units.yaml`,
      );
  });
  corpus.units = [...resolver.units(), ...created].map((u) => ({
    ...u,
    validFrom: timeline.startOf.get(u.id),
    validTo: validTo(timeline, u.id),
    duties: (dutiesOf.get(u.id) ?? []).map(({ plan, file, d }) => ({
      plan,
      role: d.role,
      areas: d.areas,
      text: d.text,
      source: { file, lines: d.lines },
    })),
  }));
  const known = new Set(corpus.units.map((u) => u.id));
  for (const p of timelineProblems(reorg.events, reorg.bases, known, reorg.units, firstSeen)) {
    const line = reorg.lineOf(p.path);
    errors.push(`${reorg.file}${line ? `:${line}` : ''} ${p.path.join('.')}: ${p.message}`);
  }
  errors.push(...validateAll(corpus), ...corpus.diagnostics.filter((d) => d.level === 'error').map(formatDiagnostic));
  if (errors.length) throw new InputError(errors);
  return corpus;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file ?? d.plan ?? '', d.line ? `:${d.line}` : ''].join('');
  return `${where}${d.field ? ` [${d.field}]` : ''} ${d.message}`;
}
