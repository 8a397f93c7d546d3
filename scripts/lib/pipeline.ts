/**
 * The import pipeline over a content folder: sources + meta + units +
 * corrections in, validated records and the quality report out. I/O lives
 * here and in build-data.ts; every parser under src/import is pure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
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
import { unitAbbreviations } from '../../src/import/units/names';
import { junkRatio, normalizeSource } from '../../src/content/source';
import { assemblePlan, type DutyRecord } from '../../src/import/plan';
import { createUnitResolver, unitUrl } from '../../src/import/units/resolve';
import { detectFormat, parseSource } from '../../src/import/shapes';
import type { Paragraph } from '../../src/import/prose/outline';
import type { LinkContext } from '../../src/content/body';
import { InputError, readYaml } from './yaml-file';
import { slugify } from '../../src/text/slug';
import { validateAll } from './validate';

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
}

const PLAN_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function importContent(dir: string, cwd = process.cwd()): Corpus {
  const rel = (p: string) => relative(cwd, p) || p;
  const registry = readYaml(join(dir, 'units.yaml'), unitRegistrySchema(), rel(join(dir, 'units.yaml')));
  // The glossary is the project's vocabulary, the same for any content folder:
  // the site reads this same file (src/lib/search/glossary.ts).
  const glossaryFile = fileURLToPath(new URL('../../content/glossary.yaml', import.meta.url));
  const glossary = readYaml(glossaryFile, glossarySchema(), rel(glossaryFile));
  const resolver = createUnitResolver(registry, unitAbbreviations(glossary));
  const corpus: Corpus = {
    plans: [],
    tasks: [],
    units: [],
    targets: [],
    diagnostics: [],
    prose: new Map(),
    sources: new Map(),
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
      const out = assemblePlan({ id, meta, format, file, results: parsed.results, units: resolver, corrections });
      corpus.plans.push(out.plan);
      corpus.tasks.push(...out.tasks);
      corpus.targets.push(...out.targets);
      corpus.diagnostics.push(...parsed.diagnostics, ...out.diagnostics);
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
  corpus.units = resolver.units().map((u) => ({
    ...u,
    duties: (dutiesOf.get(u.id) ?? []).map(({ plan, file, d }) => ({
      plan,
      role: d.role,
      areas: d.areas,
      text: d.text,
      source: { file, lines: d.lines },
    })),
  }));
  errors.push(...validateAll(corpus), ...corpus.diagnostics.filter((d) => d.level === 'error').map(formatDiagnostic));
  if (errors.length) throw new InputError(errors);
  return corpus;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file ?? d.plan ?? '', d.line ? `:${d.line}` : ''].join('');
  return `${where}${d.field ? ` [${d.field}]` : ''} ${d.message}`;
}
