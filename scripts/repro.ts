/**
 * Reproducible build check: `tsx scripts/repro.ts` builds the site twice
 * (import, astro build, pagefind), each time in a fresh copy of the project
 * at a different path, and compares the two dist/ folders byte for byte.
 * Lists every file that differs or exists in one only; exits 1 if any does.
 *
 * Both builds get the same SOURCE_DATE_EPOCH (the last commit's time, or
 * REPRO_EPOCH), the "today" of the charts and calendar feeds. CONTENT_DIR
 * may point at other content (e.g. a generated corpus).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject, patchConfig } from './lib/project';
import { buildSite } from './lib/site-build';
import { files } from './lib/tree-diff';

const root = process.cwd();

function epoch(): string {
  if (process.env.REPRO_EPOCH) return process.env.REPRO_EPOCH;
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim();
  } catch {
    return '1767225600'; // 2026-01-01
  }
}

/** The first differing line of two text files, shortened, to say what differs. */
function firstDifference(a: Buffer, b: Buffer): string {
  const la = a.toString('utf8').split('\n');
  const lb = b.toString('utf8').split('\n');
  const i = la.findIndex((l, k) => l !== lb[k]);
  if (i < 0) return `độ dài ${a.length} ≠ ${b.length}`;
  const at = [...(la[i] ?? '')].findIndex((c, k) => c !== [...(lb[i] ?? '')][k]);
  const cut = (s: string | undefined) => (s ?? '').slice(Math.max(0, at - 40), at + 60);
  return `dòng ${i + 1}: «${cut(la[i])}» ≠ «${cut(lb[i])}»`;
}

async function build(dir: string, env: Record<string, string>): Promise<{ dir: string; dist: string }> {
  await buildSite(root, dir, env);
  return { dir, dist: join(dir, 'dist') };
}

const env: Record<string, string> = { SOURCE_DATE_EPOCH: epoch() };
if (process.env.CONTENT_DIR) env.CONTENT_DIR = resolve(process.env.CONTENT_DIR);
// One snapshot of the sources, copied to a second path before either build:
// others may be editing the tree meanwhile, and the path must not leak into dist/.
const first = copyProject(root, 'repro-a');
patchConfig(root, first);
const second = copyProject(first, 'repro-b');
const a = await build(first, env);
const b = await build(second, env);
const fa = new Set(files(a.dist));
const fb = new Set(files(b.dist));
const report: string[] = [];
for (const f of [...fa].filter((f) => !fb.has(f))) report.push(`chỉ có ở lần 1: ${f}`);
for (const f of [...fb].filter((f) => !fa.has(f))) report.push(`chỉ có ở lần 2: ${f}`);
for (const f of [...fa].filter((f) => fb.has(f)).sort()) {
  const x = readFileSync(join(a.dist, f));
  const y = readFileSync(join(b.dist, f));
  if (!x.equals(y)) report.push(`khác: ${f} (${firstDifference(x, y)})`);
}
console.log(`SOURCE_DATE_EPOCH=${env.SOURCE_DATE_EPOCH}; ${fa.size} tệp trong dist/.`);
const SHOWN = 40;
console.log(report.length ? report.slice(0, SHOWN).join('\n') : 'Hai lần build giống hệt nhau từng byte.');
if (report.length > SHOWN) console.log(`… và ${report.length - SHOWN} tệp khác nữa (tổng ${report.length}).`);
if (process.env.REPRO_KEEP !== '1') for (const d of [a.dir, b.dir]) rmSync(d, { recursive: true, force: true });
process.exit(report.length ? 1 : 0);
