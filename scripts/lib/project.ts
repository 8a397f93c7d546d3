/**
 * A throw-away copy of the project for benchmark and reproducibility builds.
 * src/content.config.ts reads the fixed path .generated/content and Astro
 * writes dist/ and its caches under the project root, so a build of other
 * content in the working tree would clobber what other people are using.
 * The copy snapshots the sources; node_modules is a folder of per-package
 * symlinks rather than one symlink, so Astro's and Vite's caches
 * (node_modules/.astro, node_modules/.vite) stay inside the copy and every
 * build starts cold.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public', 'content'];
const CACHES = new Set(['.astro', '.vite', '.cache']);

export function copyProject(root: string, label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cchc-${label}-`));
  for (const name of COPIED)
    cpSync(join(root, name), join(dir, name), {
      recursive: true,
      // Generated output is rebuilt in the copy; copying it would only hide a missing stage.
      filter: (src) => !/[\\/]public[\\/](data|pagefind)([\\/]|$)/.test(src),
    });
  linkModules(resolve(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

export function linkModules(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) if (!CACHES.has(name)) symlinkSync(join(from, name), join(to, name));
}

/**
 * astro.config.mjs sets markdown.remarkPlugins, which Astro 7.3 only accepts
 * when @astrojs/markdown-remark is installed. When it is not, the copy (never
 * the project) gets the line removed; returns whether it did, for the report.
 */
export function patchConfig(root: string, dir: string): boolean {
  if (existsSync(join(root, 'node_modules/@astrojs/markdown-remark'))) return false;
  const file = join(dir, 'astro.config.mjs');
  const text = readFileSync(file, 'utf8');
  const patched = text.replace(/^\s*markdown:\s*\{\s*remarkPlugins:[^\n]*\n/m, '');
  writeFileSync(file, patched);
  return patched !== text;
}
