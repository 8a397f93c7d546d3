/**
 * Bytes shipped per page type, read off the built site (no browser): the
 * JavaScript a page loads (its <script src> and inline scripts, modulepreload
 * links, and every module those import statically), its CSS (stylesheet links
 * and inline <style>) and its HTML. Shows that chart code reaches only pages
 * with a chart. `npm run bench` calls benchJs(); run alone with
 * `tsx bench/js.ts [dist]`.
 *
 * Modules a page imports only on demand (Pagefind, on the first search) are
 * listed apart: they cost nothing until used (bench/search.ts
 * measures them in a browser).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

interface PageType {
  label: string;
  /** Does this dist-relative path ("vp-ubnd-2024/13/index.html") belong to the type? */
  test: (path: string, plans: Set<string>) => boolean;
}

const seg = (path: string) => path.split('/').slice(0, -1);

const TYPES: PageType[] = [
  { label: 'Trang chủ', test: (p) => p === 'index.html' },
  { label: 'Kế hoạch', test: (p, plans) => seg(p).length === 1 && plans.has(seg(p)[0]!) },
  { label: 'Nhiệm vụ', test: (p, plans) => seg(p).length === 2 && plans.has(seg(p)[0]!) && seg(p)[1] !== 'van-ban' },
  { label: 'Văn bản gốc', test: (p, plans) => seg(p).length === 2 && plans.has(seg(p)[0]!) && seg(p)[1] === 'van-ban' },
  { label: 'Đơn vị', test: (p) => seg(p).length === 2 && seg(p)[0] === 'don-vi' },
  { label: 'Lĩnh vực', test: (p) => seg(p).length === 2 && seg(p)[0] === 'linh-vuc' },
  { label: 'Chỉ tiêu', test: (p) => p === 'chi-tieu/index.html' },
  { label: 'Tiến độ (tất cả)', test: (p) => p === 'tien-do/index.html' },
  {
    label: 'Tiến độ (kế hoạch)',
    test: (p) => seg(p).length === 2 && seg(p)[0] === 'tien-do' && seg(p)[1] !== 'don-vi',
  },
  { label: 'Tiến độ (đơn vị)', test: (p) => seg(p).length === 3 && seg(p)[0] === 'tien-do' && seg(p)[1] === 'don-vi' },
  {
    // Page 2, 3… of a long list (src/lib/site/paging.ts): /don-vi/<id>/2/, /chi-tieu/2/, /tien-do/don-vi/<id>/2/…
    label: 'Danh sách, trang 2 trở đi',
    test: (p) => ['don-vi', 'linh-vuc', 'chi-tieu', 'tien-do'].includes(seg(p)[0]!) && /^\d+$/.test(seg(p).at(-1)!),
  },
  { label: 'Mạng lưới', test: (p) => p === 'mang-luoi/index.html' },
  { label: 'Tìm kiếm', test: (p) => p === 'tim-kiem/index.html' },
];

export interface PageBytes {
  path: string;
  html: number;
  js: number;
  jsGzip: number;
  css: number;
  onDemand: number;
  files: string[];
}

/** Bytes of one built page, resolving its assets inside `dist`. */
export function pageBytes(dist: string, path: string): PageBytes {
  const html = readFileSync(join(dist, path), 'utf8');
  const js = new Map<string, string>();
  const lazy = new Map<string, string>();
  const inlineJs: string[] = [];
  const css: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attr(m[1]!, 'src');
    if (src) addModule(dist, src, js, lazy);
    else if (!/type\s*=\s*["']?application\/(ld\+)?json/i.test(m[1]!)) inlineJs.push(m[2]!);
  }
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const rel = attr(m[1]!, 'rel') ?? '';
    const href = attr(m[1]!, 'href');
    if (!href) continue;
    if (rel === 'modulepreload') addModule(dist, href, js, lazy);
    if (rel === 'stylesheet') {
      const file = resolve(dist, href);
      if (file) css.push(readFileSync(file, 'utf8'));
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css.push(m[1]!);
  for (const key of js.keys()) lazy.delete(key);
  const allJs = [...js.values(), ...inlineJs].join('\n');
  return {
    path,
    html: bytes(html),
    js: bytes(allJs),
    jsGzip: allJs ? gzipSync(allJs).length : 0,
    css: bytes(css.join('\n')),
    onDemand: [...lazy.values()].reduce((n, s) => n + bytes(s), 0),
    files: [...js.keys()].map((f) => relative(dist, f).split(sep).join('/')),
  };
}

/** A module and, recursively, what it imports statically; dynamic imports go to `lazy`. */
function addModule(
  dist: string,
  url: string,
  seen: Map<string, string>,
  lazy: Map<string, string>,
  from?: string,
): void {
  const file = from ? resolveRelative(dist, from, url) : resolve(dist, url);
  if (!file || seen.has(file)) return;
  const code = readFileSync(file, 'utf8');
  seen.set(file, code);
  for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'`]([^"'`]+\.m?js)["'`]/g))
    addModule(dist, m[1]!, seen, lazy, file);
  for (const m of code.matchAll(/\bimport\(\s*[`"']([^`"']+\.m?js)[`"']\s*\)/g)) {
    // `${base}pagefind/pagefind.js`: the template's variable is the site base; look the rest up in dist.
    const rest = m[1]!.replace(/^\$\{[^}]+\}/, '/');
    const target = rest.startsWith('.') ? resolveRelative(dist, file, rest) : resolve(dist, rest);
    if (target && !lazy.has(target)) lazy.set(target, readFileSync(target, 'utf8'));
  }
}

function resolveRelative(dist: string, fromFile: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return resolve(dist, spec);
  const file = join(dirname(fromFile), spec);
  return existsSync(file) ? file : undefined;
}

/**
 * A site URL ("/cchc/_astro/x.js", or absolute) to a file in dist. The base
 * path is not known here, so leading segments are dropped until a file matches.
 */
function resolve(dist: string, url: string): string | undefined {
  if (/^(data|blob):/.test(url)) return undefined;
  let path = /^[a-z]+:\/\//i.test(url) ? new URL(url).pathname : url.split(/[?#]/)[0]!;
  path = posix.normalize(decodeURIComponent(path)).replace(/^\/+/, '');
  const parts = path.split('/');
  for (let i = 0; i < parts.length; i++) {
    const file = join(dist, ...parts.slice(i));
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

function attr(attrs: string, name: string): string | undefined {
  const m = attrs.match(new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function htmlFiles(dist: string, dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : htmlFiles(dist, path);
    return e.name.endsWith('.html') ? [relative(dist, path).split(sep).join('/')] : [];
  });
}

/** Plan ids are the top-level folders that hold a source viewer. */
function planIds(dist: string): Set<string> {
  return new Set(
    readdirSync(dist, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(dist, e.name, 'van-ban', 'index.html')))
      .map((e) => e.name),
  );
}

const kb = (n: number) => (n / 1024).toFixed(1);
const range = (xs: number[]) => {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return lo === hi ? kb(hi) : `${kb(lo)}–${kb(hi)}`;
};

export async function benchJs(distDir: string): Promise<string> {
  if (!existsSync(join(distDir, 'index.html')))
    throw new Error(`${distDir}/index.html không có: chạy "npm run build" trước`);
  const plans = planIds(distDir);
  const paths = htmlFiles(distDir).sort();
  const lines = [
    `### Dung lượng tải theo loại trang (${distDir})`,
    '',
    'KB chưa nén; JS gồm mọi mô-đun được nạp tĩnh. «Khi dùng» là mã chỉ nạp khi người đọc dùng đến (Pagefind khi tìm kiếm).',
    '',
    '| Loại trang | Số trang | Ví dụ | JS (KB) | JS gzip (KB) | Khi dùng (KB) | CSS (KB) | HTML (KB) | Tệp JS |',
    '|---|--:|---|--:|--:|--:|--:|--:|---|',
  ];
  for (const type of TYPES) {
    const pages = paths.filter((p) => type.test(p, plans)).map((p) => pageBytes(distDir, p));
    if (pages.length === 0) {
      lines.push(`| ${type.label} | 0 | – | – | – | – | – | – | – |`);
      continue;
    }
    // The largest page of the type is the example: it is what a reader may wait for.
    const example = pages.reduce((a, b) => (b.html + b.js > a.html + a.js ? b : a));
    const files =
      [...new Set(pages.flatMap((p) => p.files.map((f) => `${f.split('/').pop()!.split('.')[0]}.js`)))].join(', ') ||
      '–';
    lines.push(
      `| ${type.label} | ${pages.length} | \`/${example.path.replace(/index\.html$/, '')}\` | ${range(pages.map((p) => p.js))} | ${range(pages.map((p) => p.jsGzip))} | ${range(pages.map((p) => p.onDemand))} | ${range(pages.map((p) => p.css))} | ${range(pages.map((p) => p.html))} | ${files} |`,
    );
  }
  return lines.join('\n') + '\n';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(await benchJs(process.argv[2] ?? process.env.DIST_DIR ?? 'dist'));
