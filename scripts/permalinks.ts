/**
 * The permalink promise, enforced. content/permalinks.json lists every
 * published address; once listed, an address must keep resolving in dist/
 * or be declared in content/redirects.yaml (which builds a redirect page).
 *
 *   tsx scripts/permalinks.ts --check    after `astro build`; exits 1 on a broken promise
 *   tsx scripts/permalinks.ts --update   adds the addresses of the current dist/ (run deliberately, commit the result)
 *
 * Options: --dist <dir> (dist), --registry <file> (content/permalinks.json),
 * --redirects <file> (content/redirects.yaml).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRedirects } from '../src/lib/site/redirects';
import { readRegistry, writeRegistry } from './lib/registry';
import { InputError } from './lib/input-file';

export { readRegistry };

export interface Options {
  dist: string;
  registry: string;
  redirects: string;
}

const REDIRECT_MARK = /<meta name="cchc-redirect"/;
// Page 2, 3… of a long list: what it holds shifts as plans are added, so
// nobody can cite it; only page 1 (the list's own address) is a promise.
const LIST_PAGE_MARK = /<meta name="cchc-list-page"/;
// Build artefacts, not pages anyone cites.
const SKIP = new Set(['_astro', 'data', 'pagefind', 'mau-giao-dien']);

/** Site-relative paths ("/vp-ubnd-2024/13/") of the HTML pages in dist, redirect pages apart. */
export function collectPages(dist: string): { pages: string[]; redirects: string[] } {
  const pages: string[] = [];
  const redirects: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (dir !== dist || !SKIP.has(name)) walk(full);
      } else if (name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        const path = rel ? `/${rel}/` : '/';
        const html = readFileSync(full, 'utf8');
        if (LIST_PAGE_MARK.test(html)) continue;
        (REDIRECT_MARK.test(html) ? redirects : pages).push(path);
      }
    }
  };
  walk(dist);
  return { pages: pages.sort(), redirects: redirects.sort() };
}

const resolves = (dist: string, path: string) => existsSync(join(dist, path, 'index.html'));

/** Every way the promise is broken, as lines a person can act on; empty when it holds. */
export function check(opts: Options): { errors: string[]; unregistered: string[] } {
  const errors: string[] = [];
  if (!existsSync(join(opts.dist, 'index.html')))
    return { errors: [`${opts.dist}: chưa có bản build (chạy astro build trước)`], unregistered: [] };
  const { permalinks } = readRegistry(opts.registry);
  const redirects = readRedirects(opts.redirects);
  const moved = new Map(redirects.map((r) => [r.from, r]));
  const built = collectPages(opts.dist);
  for (const path of permalinks) {
    const r = moved.get(path);
    if (r) continue;
    if (!resolves(opts.dist, path) || built.redirects.includes(path))
      errors.push(
        `${path}: địa chỉ đã công bố (${opts.registry}) không còn trang; khai báo chuyển hướng trong ${opts.redirects}`,
      );
  }
  for (const r of redirects) {
    if (!resolves(opts.dist, r.from))
      errors.push(`${r.from}: chuyển hướng đã khai báo nhưng trang chuyển hướng không được tạo`);
    else if (!built.redirects.includes(r.from))
      errors.push(`${r.from}: vẫn có trang riêng, chuyển hướng không có tác dụng; bỏ khai báo này`);
    if (!resolves(opts.dist, r.to) || moved.has(r.to))
      errors.push(`${r.from} → ${r.to}: đích chuyển hướng không phải một trang`);
  }
  const registered = new Set(permalinks);
  return { errors, unregistered: built.pages.filter((p) => !registered.has(p)) };
}

/** Adds the pages of dist to the registry; never removes one. */
export function update(opts: Options): { added: string[] } {
  const reg = readRegistry(opts.registry);
  const have = new Set(reg.permalinks);
  const added = collectPages(opts.dist).pages.filter((p) => !have.has(p));
  writeRegistry(opts.registry, { ...reg, permalinks: [...have, ...added] });
  return { added };
}

function main(argv: string[]) {
  const opt = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
  };
  const opts: Options = {
    dist: opt('--dist', 'dist'),
    registry: opt('--registry', 'content/permalinks.json'),
    redirects: opt('--redirects', 'content/redirects.yaml'),
  };
  if (argv.includes('--update')) {
    const { added } = update(opts);
    console.log(`permalinks: thêm ${added.length} địa chỉ vào ${opts.registry}`);
    return 0;
  }
  if (argv.includes('--check')) {
    const { errors, unregistered } = check(opts);
    for (const e of errors) console.error(`lỗi: ${e}`);
    if (unregistered.length)
      console.warn(
        `permalinks: ${unregistered.length} trang mới chưa đăng ký (chạy --update nếu muốn cam kết giữ các địa chỉ này)`,
      );
    if (errors.length) return 1;
    console.log(`permalinks: ${readRegistry(opts.registry).permalinks.length} địa chỉ đã đăng ký đều còn hiệu lực.`);
    return 0;
  }
  console.error(
    'Dùng: tsx scripts/permalinks.ts --check | --update [--dist dist] [--registry file] [--redirects file]',
  );
  return 2;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    for (const line of e.lines) console.error(`lỗi: ${line}`);
    process.exitCode = 1;
  }
}
