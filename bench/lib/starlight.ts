/**
 * The Starlight floor: the same N pages as a Starlight site, in a scratch
 * project under the temp folder, never in this project's package.json or
 * lockfile. Its dependencies (astro at our version, the newest
 * @astrojs/starlight) are installed once with npm into a cache folder keyed
 * by both versions and reused by later runs; each site links them package by
 * package, so Astro's and Vite's caches start cold as for our own copies.
 *
 * Starlight runs Pagefind inside `astro build`; here it is switched off in the
 * config and run as its own stage with the same calls (`createIndex`,
 * `addDirectory`, `writeFiles`), so that the astro stage and the whole
 * pipeline compare like for like with ours. Pages keep `data-pagefind-body`
 * on their <main> either way. The sidebar is one link: Starlight's default
 * sidebar lists every page on every page, which grows as N² and is not what
 * a site of thousands of pages would ship (ours lists none).
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { linkModules } from '../../scripts/lib/project';
import { markdownFile, type TaskText } from './bare';
import { measure, type Measured } from '../../scripts/lib/measure';

export interface StarlightInfo {
  astro: string;
  /** Newest @astrojs/starlight on the registry (or of the cache, offline). */
  starlight?: string;
  /** Its peerDependencies as the registry gives them. */
  peers?: Record<string, string>;
  /** Why no Starlight site can be built this run. */
  error?: string;
}

const pathEnv = (root: string) => `${resolve(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`;
const firstLines = (s: string, n = 8) =>
  s
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l && !/Unknown user config|^npm warn (install-scripts|deprecated)/.test(l))
    .slice(0, n)
    .join('\n');

const DEPS = 'cchc-starlight-deps-astro';
export const depsDir = (astro: string, starlight: string) => join(tmpdir(), `${DEPS}${astro}-starlight${starlight}`);

/** Starlight versions already installed in the cache for this Astro, newest first. */
function cached(astro: string): string[] {
  const prefix = `${DEPS}${astro}-starlight`;
  const num = (v: string) => v.split('.').map((x) => Number.parseInt(x, 10) || 0);
  return readdirSync(tmpdir())
    .filter((n) => n.startsWith(prefix) && /^[\d.]+$/.test(n.slice(prefix.length)))
    .map((n) => n.slice(prefix.length))
    .filter((v) => existsSync(join(depsDir(astro, v), 'node_modules', '@astrojs', 'starlight', 'package.json')))
    .sort((a, b) => {
      const [x, y] = [num(a), num(b)];
      for (let i = 0; i < Math.max(x.length, y.length); i++)
        if ((x[i] ?? 0) !== (y[i] ?? 0)) return (y[i] ?? 0) - (x[i] ?? 0);
      return 0;
    });
}

/** The first lines of a failed build's error (Astro prints it after the page log). */
export function errorLines(output: string, n = 6): string {
  const lines = output.split('\n').map((l) => l.trimEnd());
  const at = lines.findIndex((l) => /\b(error|Error|ERR_[A-Z_]+)\b/.test(l) && !/^\s*at /.test(l));
  return firstLines(lines.slice(at < 0 ? 0 : at).join('\n'), n);
}

/** Versions: ours from node_modules, Starlight's newest from `npm view` (one call per run). */
export function starlightInfo(root: string): StarlightInfo {
  const astro = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version as string;
  try {
    const info = JSON.parse(
      execFileSync('npm', ['view', '@astrojs/starlight', 'version', 'peerDependencies', '--json'], {
        encoding: 'utf8',
        timeout: 60_000,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PATH: pathEnv(root) },
      }),
    );
    return { astro, starlight: info.version, peers: info.peerDependencies ?? {} };
  } catch (e) {
    const error = `không tra được registry: ${firstLines((e as Error).message, 2)}`;
    const offline = cached(astro)[0];
    return offline ? { astro, starlight: offline, error } : { astro, error };
  }
}

/**
 * The cached dependency folder for these versions, installed on first use
 * (into a side folder, renamed when npm succeeded, so an interrupted install
 * is never reused). Throws with npm's first lines when the install fails.
 */
export function starlightDeps(root: string, info: StarlightInfo): string {
  if (!info.starlight) throw new Error(info.error ?? 'không rõ phiên bản Starlight');
  const dir = depsDir(info.astro, info.starlight);
  if (existsSync(join(dir, 'node_modules', '@astrojs', 'starlight', 'package.json'))) return dir;
  const staging = `${dir}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(
    join(staging, 'package.json'),
    JSON.stringify({ name: 'cchc-starlight-deps', private: true, type: 'module' }),
  );
  try {
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', `astro@${info.astro}`, `@astrojs/starlight@${info.starlight}`],
      {
        cwd: staging,
        encoding: 'utf8',
        timeout: 20 * 60_000,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PATH: pathEnv(root) },
      },
    );
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string };
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`npm install thất bại: ${firstLines(err.stderr || err.stdout || err.message)}`);
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  return dir;
}

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    starlight({
      title: 'Trần Starlight',
      defaultLocale: 'root',
      locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
      sidebar: [{ label: 'Trang chủ', link: '/' }],
      pagefind: false,
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

// What Starlight's own Pagefind step does (src/integrations/pagefind.ts), as a separate process.
const PAGEFIND = `import * as pagefind from 'pagefind';
import { resolve } from 'node:path';
const site = resolve('dist');
const { index, errors } = await pagefind.createIndex();
if (!index) throw new Error(errors.join('; '));
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(added.errors.join('; '));
const written = await index.writeFiles({ outputPath: resolve(site, 'pagefind') });
if (written.errors.length) throw new Error(written.errors.join('; '));
console.log(\`\${added.page_count} trang đã lập chỉ mục\`);
await pagefind.close();
`;

/** A Starlight project with `count` pages (the first is the home page) cycling through `tasks`. */
export function starlightProject(deps: string, tasks: readonly TaskText[], count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-starlight-'));
  const docs = join(dir, 'src', 'content', 'docs');
  mkdirSync(join(docs, 'p'), { recursive: true });
  // The dependencies must be listed: Astro keeps in its SSR bundle only the
  // packages it finds there (and Starlight imports `astro:` modules, which
  // Node cannot load), so without them every page fails with
  // ERR_UNSUPPORTED_ESM_URL_SCHEME "Received protocol 'astro:'".
  const { dependencies } = JSON.parse(readFileSync(join(deps, 'package.json'), 'utf8'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'starlight-floor', private: true, type: 'module', dependencies }),
  );
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(dir, 'pagefind.mjs'), PAGEFIND);
  for (let i = 0; i < count; i++)
    writeFileSync(
      i === 0 ? join(docs, 'index.md') : join(docs, 'p', `${i}.md`),
      markdownFile(tasks[i % tasks.length]!),
    );
  linkModules(join(deps, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

export interface StarlightBuild {
  astro: Measured;
  pagefind: Measured;
  pages: number;
}

/** `astro build` then Pagefind, each timed like our stages; Node from our node_modules first on PATH. */
export async function buildStarlight(root: string, deps: string, dir: string): Promise<StarlightBuild> {
  const opts = { cwd: dir, env: { PATH: pathEnv(root), ASTRO_TELEMETRY_DISABLED: '1' } };
  const astro = await measure(join(deps, 'node_modules', '.bin', 'astro'), ['build'], opts);
  const pagefind = await measure(resolve(root, 'node_modules', '.bin', 'node'), ['pagefind.mjs'], opts);
  return { astro, pagefind, pages: Number(/(\d+) page\(s\) built/.exec(astro.stdout)?.[1] ?? NaN) };
}

/** One line on the versions, for the report. */
export function describe(info: StarlightInfo): string {
  if (!info.starlight) return `@astrojs/starlight: ${info.error}`;
  const peers = info.peers
    ? Object.entries(info.peers)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'không có'
    : 'không rõ';
  const line = `@astrojs/starlight ${info.starlight} (peerDependencies: ${peers}) trên astro ${info.astro}`;
  return info.error ? `${line}; bản đã cài sẵn, vì ${info.error}` : line;
}
