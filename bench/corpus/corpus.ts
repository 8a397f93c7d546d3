/**
 * A synthetic content folder of about N tasks: units.yaml (the real registry
 * plus cloned issuers) and plans in all three source shapes, each with its
 * meta file. Deterministic from the seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { Rng } from './rng';
import { extendRegistry, issuers, readRegistry, type Issuer } from './units';
import { planSpec, taskCount, type PlanSpec, type Shape } from './plan';
import { renderTsv } from './tsv';
import { renderPdf } from './pdf';
import { renderProse } from './prose';

export interface GenerateOptions {
  tasks: number;
  seed?: number;
  /** Tasks per plan, [min, max]; the real plans have 29–51. */
  planTasks?: [number, number];
  /** The real registry to extend (content/units.yaml). */
  unitsFile?: string;
}

export interface GeneratedPlan {
  id: string;
  shape: Shape;
  tasks: number;
}

// Order of the rotation: the five real sources' shapes, one each.
const SHAPES: Shape[] = ['tsv-9', 'tsv-8', 'tsv-6', 'pdf-text', 'prose'];
const FORMAT: Record<Shape, string> = {
  'tsv-9': 'tsv',
  'tsv-8': 'tsv',
  'tsv-6': 'tsv',
  'pdf-text': 'pdf-text',
  prose: 'prose',
};

function render(plan: PlanSpec, rng: Rng): string {
  if (plan.shape === 'pdf-text') return renderPdf(plan, rng);
  if (plan.shape === 'prose') return renderProse(plan, rng);
  return renderTsv(plan, plan.shape, rng);
}

function meta(plan: PlanSpec): string {
  return stringify({
    title: plan.title,
    issuer: plan.issuer.issuer,
    jurisdiction: plan.issuer.jurisdiction,
    period: { from: plan.from, to: plan.to },
    ...(plan.from !== plan.to ? { horizon: 2030 } : {}),
    ...(plan.shape === 'prose' ? {} : { appendix: 'Phụ lục kèm theo Kế hoạch' }),
  });
}

/** Writes the folder; returns the plans with the number of tasks each was given. */
export function generateContent(dir: string, opts: GenerateOptions): GeneratedPlan[] {
  const rng = new Rng(opts.seed ?? 1);
  const registry = extendRegistry(readRegistry(opts.unitsFile ?? 'content/units.yaml'));
  const all = issuers(registry);
  // Districts print PDF and prose plans in the sources; provincial bodies print tables.
  const pool = (shape: Shape): Issuer[] => {
    const districts = all.filter((i) => i.kind === 'district');
    return shape === 'pdf-text' || shape === 'prose' ? districts : all.filter((i) => i.kind !== 'district');
  };
  mkdirSync(join(dir, 'sources'), { recursive: true });
  writeFileSync(join(dir, 'units.yaml'), stringify(registry));
  const plans: GeneratedPlan[] = [];
  for (let left = opts.tasks, i = 0; left > 0; i++) {
    const shape = SHAPES[i % SHAPES.length]!;
    const [min, max] = opts.planTasks ?? [25, 55];
    const n = left <= max ? left : rng.int(min, Math.max(min, Math.min(max, left - min)));
    const issuer = rng.pick(pool(shape));
    const year = 2021 + (i % 6);
    const id = `${issuer.idPrefix}-${year}-s${String(i + 1).padStart(4, '0')}`;
    const spec = planSpec(rng, id, shape, issuer, n, year);
    writeFileSync(join(dir, 'sources', `${id}.txt`), render(spec, rng));
    writeFileSync(
      join(dir, 'sources', `${id}.meta.yaml`),
      `# Kế hoạch tổng hợp (${FORMAT[shape]}), không phải văn bản thật.\n${meta(spec)}`,
    );
    plans.push({ id, shape, tasks: taskCount(spec) });
    left -= n;
  }
  return plans;
}
