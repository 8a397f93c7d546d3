/**
 * The task-page budget of issue 7: HTML+CSS per task page and the scripts it
 * loads, over every task page of a built site.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface PageBudget {
  pages: number;
  maxHtmlCss: number;
  meanHtmlCss: number;
  largest: string;
  maxJs: number;
  /** Script files any task page loads (names without hash). */
  jsFiles: string[];
}

type PageBytesFn = (dist: string, path: string) => { html: number; css: number; js: number; files: string[] };

export function taskPages(dist: string): string[] {
  const plans = readdirSync(dist, { withFileTypes: true }).filter(
    (e) => e.isDirectory() && existsSync(join(dist, e.name, 'van-ban', 'index.html')),
  );
  return plans.flatMap((p) =>
    readdirSync(join(dist, p.name), { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'van-ban' && existsSync(join(dist, p.name, e.name, 'index.html')))
      .map((e) => `${p.name}/${e.name}/index.html`),
  );
}

export function taskPageBudget(dist: string, pageBytes: PageBytesFn): PageBudget {
  const out: PageBudget = { pages: 0, maxHtmlCss: 0, meanHtmlCss: 0, largest: '', maxJs: 0, jsFiles: [] };
  const files = new Set<string>();
  let sum = 0;
  for (const path of taskPages(dist)) {
    const b = pageBytes(dist, path);
    out.pages++;
    sum += b.html + b.css;
    if (b.html + b.css > out.maxHtmlCss) {
      out.maxHtmlCss = b.html + b.css;
      out.largest = path;
    }
    out.maxJs = Math.max(out.maxJs, b.js);
    for (const f of b.files)
      files.add(
        f
          .split('/')
          .pop()!
          .replace(/\.[\w-]{8}\.js$/, '.js'),
      );
  }
  out.meanHtmlCss = out.pages ? sum / out.pages : 0;
  out.jsFiles = [...files].sort();
  return out;
}
