/**
 * One benchmark build in a project copy: the three stages of `npm run build`
 * run one after another, each timed and its peak memory taken.
 */
import { join, resolve } from 'node:path';
import { measure, type Measured } from './measure';

export interface SiteBuild {
  import: Measured;
  astro: Measured;
  pagefind: Measured;
  /** Pages Astro says it built. */
  pages: number;
  tasks: number;
}

/**
 * Node options for `astro build`, as `npm run build` gives them (package.json):
 * - a 1 280 MB old generation, first, so a caller's own `--max-old-space-size`
 *   (later on the line) wins. V8 otherwise grows the heap up to 4 GB on this
 *   machine while it can, garbage it has not collected yet: at 20 000 tasks the
 *   stage peaked at 3.1 GB with V8's default, 1.96–1.98 GB with 1 536 MB and
 *   1.81 GB with 1 280 MB, for no more CPU (238.5, 232–234 and 225.2 s;
 *   docs/SCALE.md). A larger site may need more: the build then stops with
 *   V8's "heap out of memory", and `NODE_OPTIONS=--max-old-space-size=3072`
 *   (or shards, docs/SCALE.md) is the answer.
 * - a 32 MB young generation, last: Astro allocates short-lived strings for every
 *   page; with V8's default (16 MB) it scavenges twice as often, ~8 % of the
 *   stage's CPU on the real site (farm-bench, 2026-12-07; 64 MB saved nothing
 *   more, the import nothing at all).
 */
export const astroNodeOptions = (options: string | undefined) =>
  `--max-old-space-size=1280 ${options ?? ''} --max-semi-space-size=32`.replace(/\s+/g, ' ').trim();

export async function buildSite(root: string, dir: string, env: Record<string, string> = {}): Promise<SiteBuild> {
  const bin = (name: string) => resolve(root, 'node_modules', '.bin', name);
  // The pinned Node first on PATH, as npm scripts have it.
  const opts = {
    cwd: dir,
    env: {
      ...env,
      PATH: `${resolve(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  };
  const imported = await measure(bin('tsx'), ['scripts/build-data.ts'], opts);
  // As `npm run build` runs it (package.json): see astroNodeOptions.
  const astroOpts = {
    ...opts,
    env: { ...opts.env, NODE_OPTIONS: astroNodeOptions(env.NODE_OPTIONS ?? process.env.NODE_OPTIONS) },
  };
  const astro = await measure(bin('astro'), ['build'], astroOpts);
  const pagefind = await measure(bin('node'), [join('scripts', 'pagefind.mjs')], opts);
  return {
    import: imported,
    astro,
    pagefind,
    pages: Number(/(\d+) page\(s\) built/.exec(astro.stdout)?.[1] ?? NaN),
    tasks: Number(/(\d+) nhiệm vụ/.exec(imported.stdout)?.[1] ?? NaN),
  };
}

/** Astro's own build of a bare project (the floor). */
export async function buildBare(root: string, dir: string): Promise<{ astro: Measured; pages: number }> {
  const astro = await measure(resolve(root, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: dir,
    env: { PATH: `${resolve(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { astro, pages: Number(/(\d+) page\(s\) built/.exec(astro.stdout)?.[1] ?? NaN) };
}
