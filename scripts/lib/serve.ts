/**
 * A static host for dist/, as a plain one behaves: directory index.html,
 * 404.html for misses, 301 to the trailing slash. Used by the e2e tests'
 * globalSetup and the search benchmark.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

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

const COMPRESS = /^(text\/|application\/(json|javascript)|image\/svg)/;

export function serveStatic(dist: string, base = '/'): Server {
  const prefix = base.replace(/\/+$/, '');
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    const send = (status: number, file: string) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const body = readFileSync(file);
      // Text goes gzipped when the browser asks, as every static host sends it; Pagefind's
      // own files are compressed already. Byte counts (bench/search.ts) are then what a reader downloads.
      if (COMPRESS.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        res.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        res.end(gzipSync(body));
      } else {
        res.writeHead(status, { 'content-type': type });
        res.end(body);
      }
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

/** serveStatic on a free port of 127.0.0.1; resolves to the server and its origin ("http://127.0.0.1:PORT"). */
export async function listen(dist: string, base = '/'): Promise<{ server: Server; origin: string }> {
  const server = serveStatic(dist, base);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('không mở được cổng');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
