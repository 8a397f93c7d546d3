/**
 * Crawl of the built site: every internal link and asset of every page must
 * exist in dist/, and every "#fragment" must name an element of its page —
 * which covers the "#L120-L134" source anchors.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = inject('distDir');
const base = new URL(inject('baseUrl')).pathname;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const pageUrl = (file: string) =>
  '/' +
  relative(dist, file)
    .split(sep)
    .join('/')
    .replace(/index\.html$/, '');

/** The dist file that a site path resolves to, as a static host would. */
function resolveFile(path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const local = join(dist, decodeURIComponent(path.slice(base.length)));
  if (existsSync(local) && statSync(local).isFile()) return local;
  const index = join(local, 'index.html');
  return existsSync(index) ? index : undefined;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!ids.has(file))
    ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return ids.get(file)!;
}

describe('liên kết nội bộ', () => {
  it('không có liên kết hỏng trong toàn bộ trang đã build', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(10);
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      // The 404 page is served at any address, so its links must be absolute.
      const from = new URL(`http://site${base.replace(/\/$/, '')}${pageUrl(file)}`);
      for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
        const raw = m[1]!.replace(/&amp;/g, '&');
        if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
        const url = new URL(raw, from);
        if (url.host !== 'site') continue;
        checked++;
        if (file.endsWith('404.html') && !raw.startsWith('/') && !raw.startsWith('#'))
          broken.push(`${pageUrl(file)}: liên kết tương đối ${raw}`);
        const target = resolveFile(url.pathname);
        if (!target) {
          broken.push(`${pageUrl(file)} → ${raw}`);
          continue;
        }
        const frag = decodeURIComponent(url.hash.slice(1));
        if (frag && target.endsWith('.html') && !idsOf(target).has(frag))
          broken.push(`${pageUrl(file)} → ${raw} (không có id "${frag}")`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});
