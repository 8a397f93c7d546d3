/**
 * `npm run screenshots`: every page type of the built site (dist/, or
 * DIST_DIR) photographed at phone width (390 × 844) and desktop width
 * (1280 × 800), whole page, into screenshots/ (or the folder given as the
 * first argument), with an index.html a reviewer opens to see them side by
 * side. Needs a build first; serves dist/ itself on a free local port.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from './lib/browser';
import { chartPages, pageTypes } from './lib/page-types';
import { serveStatic } from './lib/serve';
import { slugify } from '../src/text/slug';

const dist = process.env.DIST_DIR ?? 'dist';
const out = resolve(process.argv[2] ?? 'screenshots');
const WIDTHS = [
  { name: 'dien-thoai-390', width: 390, height: 844 },
  { name: 'may-tinh-1280', width: 1280, height: 800 },
] as const;

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html không có: chạy "npm run build" trước`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const server = serveStatic(dist, '/');
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
if (!address || typeof address === 'string') throw new Error('không mở được cổng');
const origin = `http://127.0.0.1:${address.port}`;

const pages = [...pageTypes(dist), ...chartPages(dist)];
const rows: string[] = [];
const browser = await launch();
try {
  for (const viewport of WIDTHS) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    for (const [type, path] of pages) {
      const page = await context.newPage();
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const file = `${viewport.name}-${slugify(type)}.png`;
      await page.screenshot({ path: join(out, file), fullPage: true });
      await page.close();
      rows.push(
        `<figure><figcaption>${type} · ${viewport.width} px · ${path}</figcaption><img src="${file}" alt="" loading="lazy"></figure>`,
      );
      console.log(`${file}  ${path}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Ảnh chụp các loại trang</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}main{display:flex;flex-wrap:wrap;gap:1rem;align-items:start}figure{margin:0;border:1px solid #ccc;padding:.5rem}img{display:block;max-width:100%;max-height:90vh;object-fit:contain;object-position:top}</style>
<h1>Ảnh chụp các loại trang (${pages.length} trang × ${WIDTHS.length} cỡ màn hình)</h1><main>${rows.join('\n')}</main></html>\n`,
);
console.log(`${rows.length} ảnh trong ${out}/ (mở ${join(out, 'index.html')})`);
