/**
 * Writes a synthetic content folder for benchmarks:
 *   tsx bench/generate.ts <out-dir> [tasks=1000] [seed=1]
 * Then e.g. `CONTENT_DIR=<out-dir> npm run data`. See bench/corpus/corpus.ts.
 */
import { rmSync } from 'node:fs';
import { generateContent } from './corpus/corpus';

const [out, tasks = '1000', seed = '1'] = process.argv.slice(2);
if (!out) {
  console.error('usage: tsx bench/generate.ts <out-dir> [tasks] [seed]');
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
const plans = generateContent(out, { tasks: Number(tasks), seed: Number(seed) });
const by = new Map<string, number>();
for (const p of plans) by.set(p.shape, (by.get(p.shape) ?? 0) + p.tasks);
console.log(
  `${out}: ${plans.length} kế hoạch, ${plans.reduce((n, p) => n + p.tasks, 0)} nhiệm vụ (${[...by].map(([s, n]) => `${s} ${n}`).join(', ')})`,
);
