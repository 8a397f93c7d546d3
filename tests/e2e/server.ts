/**
 * Vitest globalSetup: serves the built dist/ on 127.0.0.1 (free port) the way
 * a plain static host does — directory index.html, 404.html for misses — and
 * hands the base URL to the tests with provide/inject.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { listen } from '../../scripts/lib/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist}/index.html không có: chạy "npm run build" trước khi chạy e2e`);
  const base = process.env.BASE_PATH ?? '/';
  const { server, origin } = await listen(dist, base);
  project.provide('baseUrl', `${origin}${base.replace(/\/?$/, '/')}`);
  project.provide('distDir', dist);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
