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

/** NODE_OPTIONS with the astro stage's young-generation size added (the build's own, package.json). */
const semiSpace = (options: string | undefined) => `${options ?? ''} --max-semi-space-size=32`.trim();

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
  // As `npm run build` runs it (package.json): a 32 MB young generation. Astro
  // allocates short-lived strings for every page; with V8's default (16 MB) it
  // scavenges twice as often, ~8 % of the stage's CPU on the real site
  // (farm-bench, 2026-12-07; 64 MB saved nothing more, the import nothing at all).
  const astroOpts = {
    ...opts,
    env: { ...opts.env, NODE_OPTIONS: semiSpace(env.NODE_OPTIONS ?? process.env.NODE_OPTIONS) },
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
