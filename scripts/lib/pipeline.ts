/**
 * The import pipeline over a content folder: sources + meta + units +
 * corrections in, validated records and the quality report out. I/O lives
 * here and in build-data.ts; every parser under src/import is pure.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
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
import { glossarySchema } from '../../src/schema/glossary';
import { permalinkRegistrySchema, type GoneTask, type PermalinkRegistry } from '../../src/schema/permalink';
import { redirectsSchema, type RedirectsFile } from '../../src/schema/redirect';
import { planIdProblem } from '../../src/schema/routes';
import { unitAbbreviations } from '../../src/import/units/names';
import { normalizeSource } from '../../src/content/source';
import { readSourceText } from '../../src/content/encoding';
import { assignAddresses, readdress, type AddressRules } from '../../src/import/identity';
import { registryProblems } from '../../src/import/units/registry';
import { assemblePlan, type DutyRecord } from '../../src/import/plan';
import { createUnitResolver, unitUrl } from '../../src/import/units/resolve';
import { detectFormat, parseSource } from '../../src/import/shapes';
import type { Paragraph } from '../../src/import/prose/outline';
import type { LinkContext } from '../../src/content/body';
import { checkRegularFile, InputError, loadYaml, readBytes, readJson, readYaml } from './input-file';
import { unitEventFileSchema, type LegalBasis, type UnitEventRecord } from '../../src/schema/unit-event';
import { createTimeline, timelineProblems, validTo } from '../../src/lib/units/timeline';
import { datedLookup, planDate } from '../../src/import/units/dated';
import { slugify } from '../../src/text/slug';
import { validateAll } from './validate';
import type { PlanSelection } from './plan-select';

export interface Corpus {
  plans: Plan[];
  tasks: Task[];
  units: Unit[];
  targets: Target[];
  diagnostics: Diagnostic[];
  /** The plan's prose before its appendix, and what its names and numbers link to, per plan id. */
  prose: Map<string, { paragraphs: Paragraph[]; links: LinkContext }>;
  /** The published text of each source, unchanged, per plan id. */
  sources: Map<string, string>;
  /** Registered task addresses whose task is no longer in its plan. */
  gone: GoneTask[];
  /** What became of the units (content/unit-events.yaml), and the legal texts cited. */
  events: UnitEventRecord[];
  bases: LegalBasis[];
}

/** content/unit-events.yaml, numbered, with each event's line; empty when the folder has none. */
function readEvents(dir: string, rel: (p: string) => string) {
  const path = join(dir, 'unit-events.yaml');
  if (!existsSync(path)) return { bases: [], units: [], events: [], lineOf: () => undefined, file: rel(path) };
  const { data, lineOf } = loadYaml(path, unitEventFileSchema(), rel(path), dir);
  const events = data.events.map((e, i) => ({ ...e, id: `e${i + 1}`, line: lineOf(['events', i]) }));
  return { ...data, events, lineOf, file: rel(path) };
}

/** What content/permalinks.json and content/redirects.yaml say about addresses. */
interface Addresses {
  registry: PermalinkRegistry;
  redirects: RedirectsFile;
  registryFile: string;
  redirectsFile: string;
}

function readAddresses(dir: string, rel: (p: string) => string): Addresses {
  const registryPath = join(dir, 'permalinks.json');
  const redirectsPath = join(dir, 'redirects.yaml');
  return {
    registry: existsSync(registryPath)
      ? readJson(registryPath, permalinkRegistrySchema(), rel(registryPath), dir)
      : { permalinks: [], tasks: [] },
    redirects: existsSync(redirectsPath)
      ? readYaml(redirectsPath, redirectsSchema(), rel(redirectsPath), dir)
      : { redirects: [], keep: [] },
    registryFile: rel(registryPath),
    redirectsFile: rel(redirectsPath),
  };
}

/** The address rules for one plan's tasks. */
function addressRules(a: Addresses, plan: string): AddressRules {
  const ofPlan = (url: string) => url.startsWith(`/${plan}/`) && url.split('/').length === 4;
  return {
    registered: a.registry.tasks.filter((t) => t.plan === plan),
    keep: new Set(a.redirects.keep.map((k) => k.path).filter(ofPlan)),
    redirected: new Set(a.redirects.redirects.map((r) => r.from).filter(ofPlan)),
    registryFile: a.registryFile,
    redirectsFile: a.redirectsFile,
  };
}

/** Every problem with the entries of content/sources: anything but a regular file is refused. */
function sourceEntries(sourcesDir: string, root: string, rel: (p: string) => string, errors: string[]): string[] {
  const names: string[] = [];
  for (const name of readdirSync(sourcesDir).sort()) {
    try {
      checkRegularFile(join(sourcesDir, name), root, rel(join(sourcesDir, name)));
      names.push(name);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(...e.lines);
    }
  }
  return names;
}

/** Corrections files that are not regular files or name no plan: their fixes would silently apply to nothing. */
function danglingCorrections(
  dir: string,
  plans: ReadonlySet<string>,
  root: string,
  rel: (p: string) => string,
): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      try {
        checkRegularFile(path, root, rel(path));
      } catch (e) {
        if (e instanceof InputError) return e.lines;
        throw e;
      }
      const id = name.replace(/\.yaml$/, '');
      if (name === id) return [`${rel(path)}: tệp sửa lỗi phải có dạng <mã kế hoạch>.yaml`];
      return plans.has(id)
        ? []
        : [`${rel(path)}: không có kế hoạch "${id}" (thiếu ${rel(join(root, 'sources', `${id}.meta.yaml`))})`];
    });
}

/**
 * `plans`: a shard's selection (PLANS, scripts/lib/plan-select.ts); the other
 * plans are read by their own shard. `parse`: how a source's shape is read,
 * parseSource itself or its cache (scripts/lib/import-cache.ts).
 */
export function importContent(
  dir: string,
  cwd = process.cwd(),
  plans?: PlanSelection,
  parse: typeof parseSource = parseSource,
): Corpus {
  const rel = (p: string) => relative(cwd, p) || p;
  const errors: string[] = [];
  /** Runs a read; an InputError becomes lines of the report, so every file is checked in one run. */
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (e) {
      if (e instanceof InputError) errors.push(...e.lines);
      else throw e;
      return undefined;
    }
  };
  // The glossary is the project's vocabulary, the same for any content folder:
  // the site reads this same file (src/lib/search/glossary.ts).
  const glossaryFile = fileURLToPath(new URL('../../content/glossary.yaml', import.meta.url));
  const glossary = readYaml(glossaryFile, glossarySchema(), rel(glossaryFile), dirname(glossaryFile));
  const abbreviations = unitAbbreviations(glossary);
  const unitsFile = join(dir, 'units.yaml');
  const registry = readYaml(unitsFile, unitRegistrySchema(), rel(unitsFile), dir);
  errors.push(...registryProblems(registry, abbreviations).map((p) => `${rel(unitsFile)}: ${p}`));
  const resolver = createUnitResolver(registry, abbreviations);
  const addresses = attempt(() => readAddresses(dir, rel));
  const reorg = readEvents(dir, rel);
  const timeline = createTimeline(reorg.events, reorg.bases, reorg.units);
  const allUnits = new Map([...registry.units, ...reorg.units].map((u) => [u.id, u]));
  const datedUnits = { units: allUnits, timeline, abbreviations };
  const firstSeen = new Map<string, string>();
  const corpus: Corpus = {
    plans: [],
    tasks: [],
    units: [],
    targets: [],
    diagnostics: [],
    prose: new Map(),
    sources: new Map(),
    gone: [],
    events: reorg.events,
    bases: reorg.bases,
  };
  const duties: { plan: string; file: string; d: DutyRecord }[] = [];
  // One schema of each kind for every file: a zod schema is costly to build.
  const metaSchema = planMetaSchema();
  const correctionSchema = correctionFileSchema();
  const sourcesDir = join(dir, 'sources');
  const names = sourceEntries(sourcesDir, dir, rel, errors);
  const present = new Set(names);
  // Refused entries were reported already; their partner is not "missing".
  const listed = new Set(readdirSync(sourcesDir));
  for (const name of names.filter((n) => n.endsWith('.txt') && !listed.has(n.replace(/\.txt$/, '.meta.yaml'))))
    errors.push(`${rel(join(sourcesDir, name))}: thiếu tệp mô tả ${name.replace(/\.txt$/, '.meta.yaml')}`);
  const allMetaNames = names.filter((n) => n.endsWith('.meta.yaml'));
  // Sharded build: only the selected plans are imported; corrections of the others stay valid (below).
  if (plans) errors.push(...plans.unmatched(allMetaNames.map((n) => basename(n, '.meta.yaml'))));
  const metaNames = plans ? allMetaNames.filter((n) => plans.has(basename(n, '.meta.yaml'))) : allMetaNames;
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
    const idProblem = planIdProblem(id);
    if (idProblem) {
      errors.push(`${rel(metaFile)}: ${idProblem}`);
      continue;
    }
    if (!present.has(`${id}.txt`)) {
      if (!listed.has(`${id}.txt`)) errors.push(`${rel(metaFile)}: thiếu văn bản nguồn ${rel(txtFile)}`);
      continue;
    }
    attempt(() => {
      const notes: string[] = [];
      const meta = readYaml(metaFile, metaSchema, rel(metaFile), dir, notes);
      for (const note of notes)
        corpus.diagnostics.push({
          level: 'warning',
          code: 'meta-nfc',
          message: note.slice(note.indexOf(': ') + 2),
          plan: id,
          file: rel(metaFile),
        });
      const file = rel(txtFile);
      const read = readSourceText(readBytes(txtFile, dir, file), file, id);
      if (read.refused) {
        errors.push(read.refused);
        return;
      }
      const published = read.text;
      const text = normalizeSource(published);
      const format = meta.format ?? detectFormat(text);
      const corrFile = join(dir, 'corrections', `${id}.yaml`);
      const corrections = existsSync(corrFile)
        ? readYaml(corrFile, correctionSchema, rel(corrFile), dir).corrections
        : [];
      const parsed = parse(text, { id, file, format, period: meta.period });
      const date = planDate(meta);
      const units = datedLookup(resolver, datedUnits, { id, file, date }, corpus.diagnostics);
      const out = assemblePlan({ id, meta, format, file, results: parsed.results, units, corrections });
      for (const unit of [
        ...out.tasks.flatMap((t) => [t, ...t.activities].flatMap((a) => [...a.lead, ...a.coordinate])),
        ...out.duties.map((d) => d.unit),
      ])
        if (!(firstSeen.get(unit)! <= date)) firstSeen.set(unit, date);
      const addressed = addresses
        ? assignAddresses(out.tasks, addressRules(addresses, id))
        : { slugs: out.tasks.map((t) => t.slug), gone: [], errors: [] };
      corpus.plans.push(out.plan);
      corpus.tasks.push(...readdress(out.tasks, addressed.slugs));
      corpus.targets.push(...out.targets);
      corpus.gone.push(...addressed.gone);
      corpus.diagnostics.push(...read.diagnostics, ...parsed.diagnostics, ...out.diagnostics, ...addressed.errors);
      corpus.prose.set(id, {
        paragraphs: parsed.paragraphs,
        links: {
          locate: (t) => resolver.locate(t, meta.jurisdiction),
          unitHref: unitUrl,
          tasks: new Map(out.tasks.map((t) => [t.number, t.url])),
          // The plan page's list of areas and their tasks (src/pages/[plan]/index.astro).
          appendixHref: out.tasks.length > 0 ? '#muc-luc' : null,
        },
      });
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
    });
  }
  const planIds = new Set(allMetaNames.map((n) => basename(n, '.meta.yaml')));
  errors.push(...danglingCorrections(join(dir, 'corrections'), planIds, dir, rel));
  if (addresses) {
    const registered = new Set(addresses.registry.tasks.map((t) => t.url));
    for (const k of addresses.redirects.keep.filter((k) => !registered.has(k.path)))
      errors.push(
        `${addresses.redirectsFile} keep: ${k.path} không phải địa chỉ nhiệm vụ đã đăng ký trong ${addresses.registryFile}`,
      );
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
