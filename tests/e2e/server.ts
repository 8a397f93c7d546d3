/**
 * Vitest globalSetup: serves the built dist/ on 127.0.0.1 (free port) the way
 * a plain static host does — directory index.html, 404.html for misses — and
 * hands the base URL to the tests with provide/inject.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export function serveStatic(dist: string, base = '/'): Server {
  const prefix = base.replace(/\/+$/, '');
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    const send = (status: number, file: string) => {
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    };
    const notFound = () =>
      existsSync(join(dist, '404.html')) ? send(404, join(dist, '404.html')) : (res.writeHead(404), res.end());
    if (prefix && !path.startsWith(`${prefix}/`)) return notFound();
    path = path.slice(prefix.length);
    const file = normalize(join(dist, path));
    if (!file.startsWith(normalize(dist))) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${prefix}${path}/${url.search}` });
        return res.end();
      }
      return existsSync(join(file, 'index.html')) ? send(200, join(file, 'index.html')) : notFound();
    }
    return existsSync(file) ? send(200, file) : notFound();
  });
}

export default async function setup(project: TestProject) {
  const dist = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist}/index.html không có: chạy "npm run build" trước khi chạy e2e`);
  const base = process.env.BASE_PATH ?? '/';
  const server = serveStatic(dist, base);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('không mở được cổng');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}${base.replace(/\/?$/, '/')}`);
  project.provide('distDir', dist);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
