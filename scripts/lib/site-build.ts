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
  const astro = await measure(bin('astro'), ['build'], opts);
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
