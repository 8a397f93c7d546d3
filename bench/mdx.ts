/**
 * `npm run bench:mdx`: the MDX cost of each plan page of a content folder
 * (CONTENT_DIR, default content/), without building the site; with a built
 * site in DIST_DIR (default dist/) the page sizes too. The full `npm run
 * bench` prints the same table for every site it builds.
 */
import { cpus } from 'node:os';
import { mdxCostPerPlan, mdxCostTable } from './lib/mdx';

const rows = await mdxCostPerPlan(process.env.CONTENT_DIR ?? 'content', process.env.DIST_DIR ?? 'dist');
console.log(
  `# Chi phí MDX mỗi trang kế hoạch\n\n${new Date().toISOString()} · ${cpus()[0]?.model ?? '?'} × ${cpus().length}\n`,
);
console.log(mdxCostTable(rows));
