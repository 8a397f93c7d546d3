// Builds the Pagefind index over dist/ after `astro build`. Only elements
// marked data-pagefind-body are indexed (task, unit, plan, area and target
// pages), so navigation chrome stays out.
//
// Astro writes HTML without whitespace between tags, and Pagefind joins the
// text of adjacent cells and list items into one word ("CấpTỉnh",
// "PVHCCNhiệm"): a search for "PVHCC" would miss that page. Each page gets a
// space after every block-level closing tag before it is indexed; the files on
// disk are left as they are.
import * as pagefind from 'pagefind';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const BLOCK_END =
  /(<\/(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|h[1-6]|header|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)>|<br\s*\/?>)(?=\S)/gi;

// An element carrying the attribute; page text has its "<" escaped, so it cannot fake one.
const BODY = /<[a-z][^<>]*\sdata-pagefind-body[\s=>]/i;

/**
 * The part of a page Pagefind reads: its <title> and the data-pagefind-body
 * element (our <main>, which holds every meta and filter too). Header, footer
 * and styles are a third of a task page's bytes, which Pagefind would parse
 * and drop; the index comes out byte-identical (issue 20, 2 000 tasks) at
 * ~7 % less CPU. A page whose body is not its <main> is passed whole.
 */
export function searchPart(html) {
  const start = html.search(BODY);
  const end = html.indexOf('</main>', start);
  if (start < 0 || !html.startsWith('<main', start) || end < 0) return html;
  const title = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? '';
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">${title}</head><body>${html.slice(start, end + 7)}</body></html>`;
}

/** HTML with a space wherever a block ends right against the next text or tag. */
export function separateBlocks(html) {
  return html.replace(BLOCK_END, '$1 ');
}

async function* htmlFiles(site, dir = site) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && path !== join(site, 'pagefind')) yield* htmlFiles(site, path);
    else if (entry.isFile() && entry.name.endsWith('.html')) yield path;
  }
}

/**
 * How many word positions Pagefind packs into one file of its word index
 * before it starts the next (its default is 20 000). A search loads the whole
 * file holding each of its words, so at 6 000 tasks a rare word cost 25–80 KB
 * of its neighbours' postings. At 2 000, the 86 needs of the relevance set
 * cost a median 333 KB on a first search instead of 459 KB, and "cải cách
 * hành chính" 279 KB instead of 305 KB (issue 20, docs/SCALE.md "Search
 * across shards"); smaller gave little more (600: 328 KB) for more files.
 * Only file boundaries change: the same words, pages and scores. Pagefind 1.6
 * reads it from its environment and calls it unstable, so
 * tests/e2e/search-index.test.ts checks it still takes effect.
 */
export const INDEX_CHUNK_SIZE = 2000;

/** Indexes every page of `site` into `site/pagefind`; returns the number of pages indexed. */
export async function buildIndex(site) {
  // Read by the Pagefind binary, which the first createIndex starts with this process's environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let files = 0;
  let bodies = 0;
  for await (const path of htmlFiles(site)) {
    const sourcePath = relative(site, path).split(sep).join('/');
    const html = await readFile(path, 'utf8');
    files++;
    // Pagefind would parse a page without a body only to drop it; the list
    // pages (timelines, the network) are the biggest files of a large site.
    if (!BODY.test(html)) continue;
    const added = await index.addHTMLFile({ sourcePath, content: separateBlocks(searchPart(html)) });
    if (added.errors.length) throw new Error(`Pagefind: ${sourcePath}: ${added.errors.join('; ')}`);
    bodies++;
  }
  // Stale fragments of an earlier run would skew the count below.
  await rm(join(site, 'pagefind'), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  const pages = (await readdir(join(site, 'pagefind', 'fragment'))).length;
  if (pages === 0) throw new Error('Pagefind: không có trang nào được lập chỉ mục (thiếu data-pagefind-body?)');
  if (pages !== bodies) throw new Error(`Pagefind: ${bodies} trang có data-pagefind-body nhưng chỉ mục có ${pages}`);
  console.log(`Pagefind: đã đọc ${files} tệp HTML, lập chỉ mục ${pages} trang.`);
  return pages;
}

// Run as a script (`node scripts/pagefind.mjs`); importable for tests.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildIndex(process.env.DIST_DIR ?? 'dist');
