/**
 * What a plan page's MDX body costs, per plan: building it (prose → syntax
 * tree → cross-links → MDX), compiling it as Astro's MDX does (@mdx-js/mdx
 * with remark-gfm), and its size. CPU time in-process, so other load on the
 * machine does not count; each compile runs a few times and the median is kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { importContent } from '../../scripts/lib/pipeline';
import { planBody } from '../../src/content/body';

export interface MdxCost {
  plan: string;
  format: string;
  /** CPU to build the body (tree, links, serializer). */
  buildMs: number;
  /** CPU to compile the MDX to JS. */
  compileMs: number;
  mdxBytes: number;
  headings: number;
  components: number;
  /** The plan page's HTML, when a built site is given. */
  pageBytes?: number;
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function mdxCostPerPlan(contentDir: string, distDir?: string, runs = 5): Promise<MdxCost[]> {
  const corpus = importContent(contentDir);
  const out: MdxCost[] = [];
  for (const plan of corpus.plans) {
    const prose = corpus.prose.get(plan.id);
    if (!prose) continue;
    const builds: number[] = [];
    const compiles: number[] = [];
    let body = planBody(prose.paragraphs, prose.links);
    for (let i = 0; i < runs; i++) {
      let t = cpu();
      body = planBody(prose.paragraphs, prose.links);
      builds.push(cpu() - t);
      t = cpu();
      await compile(body.mdx, { remarkPlugins: [remarkGfm] });
      compiles.push(cpu() - t);
    }
    const page = distDir ? join(distDir, plan.id, 'index.html') : undefined;
    out.push({
      plan: plan.id,
      format: plan.format,
      buildMs: median(builds),
      compileMs: median(compiles),
      mdxBytes: Buffer.byteLength(body.mdx),
      headings: body.outline.length,
      components: (body.mdx.match(/<(UnitRef|TaskRef|LegalRef) /g) ?? []).length,
      ...(page && existsSync(page) ? { pageBytes: readFileSync(page).length } : {}),
    });
  }
  return out;
}

export function mdxCostTable(rows: readonly MdxCost[]): string {
  const kb = (n: number) => (n / 1024).toFixed(1);
  return [
    '| Kế hoạch | Dạng | Dựng thân (ms CPU) | Biên dịch MDX (ms CPU) | MDX (KB) | Tiêu đề | Liên kết chéo | Trang (KB) |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
    ...rows.map(
      (r) =>
        `| ${r.plan} | ${r.format} | ${r.buildMs.toFixed(0)} | ${r.compileMs.toFixed(0)} | ${kb(r.mdxBytes)} | ${r.headings} | ${r.components} | ${r.pageBytes === undefined ? '–' : kb(r.pageBytes)} |`,
    ),
  ].join('\n');
}
