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
import { Parser } from 'htmlparser2';
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

// Synchronous: every task page is a folder of its own, and awaiting each
// readdir took 1.0 s for the 7 274 files of a 5 900-task site, this 0.2 s.
function* htmlFiles(site, dir = site) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
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

/**
 * HTML files per index part. Pagefind holds every page it was given until it
 * writes the index, and writing takes several times that again (5 000
 * synthetic pages of 300 words: 0.24 GB held, 1.3 GB while writing; the
 * 5 900-task site's pages: 0.85 GB in one run, 0.29 GB in three parts), so a
 * large site is indexed in parts, one Pagefind run after another, each its
 * own bundle, which the search page merges (`parts.json`, below). A province
 * of 5 900 tasks (7 274 files) stays one part, so its first search pays for
 * one index; 20 000 tasks (23 893 files) make three.
 */
export const PART_FILES = 8000;

/**
 * Folders of the site (`{ name, files }`, by name; "" for files at the root)
 * into parts of at most `limit` HTML files, in order, a folder never cut: a
 * plan's pages stay in one part, so a change to one plan leaves the other
 * parts' input unchanged (the part cache, below). A folder over the limit is
 * a part of its own.
 */
export function partition(folders, limit) {
  const parts = [];
  let part = null;
  for (const f of folders) {
    if (!part || (part.files + f.files > limit && part.files > 0)) parts.push((part = { folders: [], files: 0 }));
    part.folders.push(f.name);
    part.files += f.files;
  }
  return parts.length ? parts : [{ folders: [], files: 0 }];
}

/** Where part `i` (from 0) is written, inside the first part's bundle. */
export const partDir = (i) => (i === 0 ? '' : `part-${i + 1}/`);

/**
 * Where an incremental build (BUILD_INCREMENTAL=1, docs/SCALE.md) keeps each
 * part's bundle, by the hash of what went into it; beside Astro's own cache
 * (node_modules/.astro), so a CI cache of node_modules/ keeps both.
 */
export const PART_CACHE = join('node_modules', '.cache', 'cchc-pagefind');

// What else decides a part's bundle: this file (how pages are cut and spaced),
// Pagefind's version (its binary ships with the package) and its settings;
// and what decides a page's indexed text in the page memo: htmlparser2's version.
const HERE = fileURLToPath(import.meta.url);
const packageOf = (name) => join(dirname(HERE), '..', 'node_modules', name, 'package.json');
// Read only by a build with the part cache, on first use: an ordinary build does not need it.
let tool;
const toolHash = () =>
  (tool ??= createHash('sha256')
    .update(readFileSync(HERE))
    .update(readFileSync(packageOf('pagefind')))
    .update(readFileSync(packageOf('htmlparser2')))
    .update(JSON.stringify({ INDEX_CHUNK_SIZE, forceLanguage: 'vi' }))
    .digest('hex'));

/**
 * Indexes every page of `site` into `site/pagefind` (and `site/pagefind/part-N/`
 * when the site has more than `partFiles` HTML files); writes
 * `site/pagefind/parts.json`, the other parts' bundles relative to the first
 * and the number of pages indexed in all, which the search page reads before
 * it searches.
 *
 * With `cache` (a folder) and more than one part, a part whose input is the
 * same as in an earlier run is copied from there instead of indexed: the input is every page handed
 * to Pagefind (its path and what Pagefind reads of it, indexedText), the part's place among the
 * bundles, this script and Pagefind's version. Pagefind writes the same bytes
 * for the same input, so a copied part equals a re-indexed one
 * (tests/e2e/index-parts.test.ts). Entries this run did not use are removed,
 * so the cache holds one site's parts, not every past one.
 *
 * What Pagefind reads of a page is worked out again only for a page whose
 * bytes changed: the cache's `pages.json` keeps, per page, the hash of its
 * file and of its indexed text (most of a part's key's cost, htmlparser2).
 *
 * Returns the number of pages indexed, how many parts were copied from the
 * cache and, with a cache, how many pages' text was read again.
 *
 * @param {string} site
 * @param {{ partFiles?: number; cache?: string | null }} [options]
 */
export async function buildIndex(site, { partFiles = PART_FILES, cache = null } = {}) {
  // Read by the Pagefind binary, which each createIndex starts with this process's environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  const byFolder = new Map();
  for (const path of htmlFiles(site)) {
    const rel = relative(site, path).split(sep);
    const folder = rel.length > 1 ? rel[0] : '';
    if (!byFolder.has(folder)) byFolder.set(folder, []);
    byFolder.get(folder).push(path);
  }
  const folders = [...byFolder.keys()].sort().map((name) => ({ name, files: byFolder.get(name).length }));
  const parts = partition(folders, partFiles);
  // One part holds every page: any change re-indexes it, and hashing and
  // copying it would only add to each build (~6 s at 5 000 tasks).
  const parted = cache && parts.length > 1 ? cache : null;
  // Stale fragments of an earlier run would skew the count below.
  await rm(join(site, 'pagefind'), { recursive: true, force: true });
  let pages = 0;
  let reused = 0;
  const used = new Set([PAGE_MEMO]);
  const memo = parted ? readMemo(parted) : null;
  // Bundles written, in order; a part with no indexed page (only list and chart pages) writes none.
  const written = [];
  for (const [i, part] of parts.entries()) {
    const paths = part.folders.flatMap((f) => byFolder.get(f));
    const dir = partDir(written.length);
    const out = join(site, 'pagefind', dir);
    let bodies;
    if (!parted) bodies = await indexPart(pagesOf(site, paths), out);
    else {
      // Two reads of the part's pages, to hash and then (if need be) to index,
      // rather than holding them: 90 million characters at 5 000 tasks.
      const key = partKey(site, dir, paths, memo);
      used.add(key.hash);
      bodies = key.pages.length;
      if (bodies > 0 && existsSync(join(parted, key.hash))) {
        await copyTree(join(parted, key.hash), out);
        reused++;
      } else if (bodies > 0) {
        await indexPart(pagesOf(site, key.pages), out);
        // Renamed into place once complete: an interrupted copy is never taken for a part.
        const tmp = join(parted, `${key.hash}.tmp`);
        await rm(tmp, { recursive: true, force: true });
        await copyTree(out, tmp, (name) => !/^part-\d+$/.test(name));
        await rename(tmp, join(parted, key.hash));
      }
    }
    if (bodies === 0) continue;
    const indexed = (await readdir(join(out, 'fragment'))).length;
    if (indexed !== bodies)
      throw new Error(`Pagefind: phần ${i + 1}: ${bodies} trang có data-pagefind-body nhưng chỉ mục có ${indexed}`);
    written.push(dir);
    pages += indexed;
  }
  const files = folders.reduce((n, f) => n + f.files, 0);
  if (memo) await writeMemo(parted, memo);
  // A site that has become one part leaves nothing in the cache.
  if (cache && existsSync(cache))
    for (const name of await readdir(cache)) if (!used.has(name)) await rm(join(cache, name), { recursive: true });
  if (pages === 0) throw new Error('Pagefind: không có trang nào được lập chỉ mục (thiếu data-pagefind-body?)');
  // Written last: its presence says every part is complete (the search page reads it first).
  // `pages`: every part's, which the search ranking needs and Pagefind's API does not give.
  await writeFile(join(site, 'pagefind', 'parts.json'), `${JSON.stringify({ parts: written.slice(1), pages })}\n`);
  console.log(
    `Pagefind: đã đọc ${files} tệp HTML, lập chỉ mục ${pages} trang` +
      (written.length > 1 ? ` trong ${written.length} phần (tối đa ${partFiles} tệp HTML mỗi phần)` : '') +
      (parted ? `; ${reused} phần dùng lại từ bộ đệm ${cache}.` : '.'),
  );
  return memo ? { pages, reused, read: memo.read } : { pages, reused };
}

/**
 * The pages of `paths` that Pagefind is handed: those with a body, with the
 * text it reads. Pagefind would parse a page without a body only to drop it;
 * the list pages (timelines, the network) are the biggest files of a large
 * site, so a file without the attribute's name anywhere is not even decoded.
 */
async function* pagesOf(site, paths) {
  for (const { path, bytes } of filesOf(paths)) {
    const page = pageOf(site, path, bytes);
    if (page) yield page;
  }
}

/** The files of `paths` that may have a body, with their bytes. */
function* filesOf(paths) {
  for (const path of paths) {
    // Synchronous: fs.promises.readFile took 2.1 s for the 6 213 pages of a
    // 5 000-task site, readFileSync 0.15 s (its chunked reads cost here).
    const bytes = readFileSync(path);
    if (bytes.indexOf('data-pagefind-body') >= 0) yield { path, bytes };
  }
}

/** The page Pagefind is handed for a file, or null when it has no body. */
function pageOf(site, path, bytes) {
  const html = bytes.toString('utf8');
  if (!BODY.test(html)) return null;
  return { path, sourcePath: relative(site, path).split(sep).join('/'), content: separateBlocks(searchPart(html)) };
}

/**
 * What of a page Pagefind can read, as one string for the part's key: every
 * tag with its attributes and every text, except inside an element marked
 * data-pagefind-ignore, where Pagefind reads only elements carrying a
 * data-pagefind-* attribute (a filter, a meta, a sort) and their text. The
 * rest of such a region (a task page's related tasks, which move when any
 * similar task changes) would otherwise send a part to Pagefind again for
 * nothing: at 20 000 tasks one task's edit changed seven other plans' pages
 * there, and no part was copied. The page itself is handed to Pagefind unchanged.
 */
export function indexedText(html) {
  const out = [];
  // Per open element: inside an ignored region, and inside a data-pagefind-* element there.
  const stack = [];
  const top = () => stack.at(-1) ?? { ignored: false, read: false };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const names = Object.keys(attribs);
        const ignored = top().ignored || names.includes('data-pagefind-ignore');
        const read =
          top().read || (ignored && names.some((a) => a.startsWith('data-pagefind-') && a !== 'data-pagefind-ignore'));
        stack.push({ ignored, read });
        if (!ignored || read) out.push(`<${name}`, ...names.map((a) => ` ${a}=${JSON.stringify(attribs[a])}`), '>');
      },
      ontext(text) {
        if (!top().ignored || top().read) out.push(text);
      },
      onclosetag(name) {
        const { ignored, read } = stack.pop() ?? top();
        if (!ignored || read) out.push(`</${name}>`);
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  return out.join('');
}

const sha = (data) => createHash('sha256').update(data).digest('base64url');

/**
 * The hash of everything that decides a part's bundle (see buildIndex), and
 * the files of its pages. A page's indexed text is hashed anew only when its
 * file's bytes differ from the memo's (or the memo is of another tool: toolHash).
 */
function partKey(site, dir, paths, memo) {
  const h = createHash('sha256').update(toolHash()).update(`\0${dir}\0`);
  const files = [];
  for (const { path, bytes } of filesOf(paths)) {
    const sourcePath = relative(site, path).split(sep).join('/');
    const file = sha(bytes);
    const known = memo.before.get(sourcePath);
    let text = known?.file === file ? known.text : undefined;
    if (text === undefined) {
      const page = pageOf(site, path, bytes);
      text = page ? sha(indexedText(page.content)) : null;
      memo.read++;
    }
    memo.after.set(sourcePath, { file, text });
    if (text === null) continue;
    h.update(`${sourcePath}\0${text}\0`);
    files.push(path);
  }
  return { hash: h.digest('hex'), pages: files };
}

/** Where the cache keeps each page's file and indexed-text hashes (a name no part's hash can take). */
const PAGE_MEMO = 'pages.json';

/** The page memo of an earlier run, if it was written by this tool (toolHash); an unreadable one is no memo. */
function readMemo(cache) {
  const before = new Map();
  try {
    const saved = JSON.parse(readFileSync(join(cache, PAGE_MEMO), 'utf8'));
    if (saved.tool === toolHash()) for (const [path, file, text] of saved.pages) before.set(path, { file, text });
  } catch {
    // First run, or a memo cut short: every page's text is read.
  }
  return { before, after: new Map(), read: 0 };
}

/** This run's pages only, renamed into place so an interrupted write leaves the old memo or none. */
async function writeMemo(cache, memo) {
  await mkdir(cache, { recursive: true });
  const pages = [...memo.after].map(([path, { file, text }]) => [path, file, text]);
  await writeFile(join(cache, `${PAGE_MEMO}.tmp`), JSON.stringify({ tool: toolHash(), pages }));
  await rename(join(cache, `${PAGE_MEMO}.tmp`), join(cache, PAGE_MEMO));
}

/**
 * A bundle copied file by file, its folders side by side (fs.cp took 6.8 s
 * for the 5 779 files of a 5 000-task index, this 0.5 s). `keep` filters the
 * top level: the first part's bundle holds the later parts' folders.
 *
 * Each file is hard-linked where the file system allows, else copied: a copy
 * opens two files, and on this machine those opens were most of a cached
 * run's cost (10 s of system time for the 7 000 files of a 5 900-task site;
 * links 1 s). Sharing the file is safe here: neither the cache nor Pagefind
 * ever writes into a file, and a run removes the old bundle (unlinks) before
 * it links or writes the new one.
 */
async function copyTree(from, to, keep = () => true) {
  await mkdir(to, { recursive: true });
  const entries = (await readdir(from, { withFileTypes: true })).filter((e) => keep(e.name));
  await Promise.all(
    entries.map((e) =>
      e.isDirectory()
        ? copyTree(join(from, e.name), join(to, e.name))
        : linkOrCopy(join(from, e.name), join(to, e.name)),
    ),
  );
}

// A link cannot be made: another device (the cache on a mounted volume), or
// a file system without hard links. Any other error stands: a copy over an
// existing file would write into a file the cache may share.
const NO_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK']);

/**
 * `to` as a hard link to `from`, else a copy when no link can be made there.
 * `makeLink` is for tests, which cannot count on a second device.
 *
 * @param {string} from
 * @param {string} to
 * @param {(from: string, to: string) => Promise<void>} [makeLink]
 */
export async function linkOrCopy(from, to, makeLink = link) {
  try {
    await makeLink(from, to);
  } catch (error) {
    if (!NO_LINK.has(/** @type {NodeJS.ErrnoException} */ (error).code ?? '')) throw error;
    await copyFile(from, to, constants.COPYFILE_EXCL);
  }
}

/**
 * One Pagefind run over one part's pages, written to `out` unless it had none,
 * then ended: the next part starts with its memory back. Returns the pages added.
 */
async function indexPart(pages, out) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let n = 0;
  for await (const { sourcePath, content } of pages) {
    const added = await index.addHTMLFile({ sourcePath, content });
    if (added.errors.length) throw new Error(`Pagefind: ${sourcePath}: ${added.errors.join('; ')}`);
    n++;
  }
  if (n > 0) {
    const result = await index.writeFiles({ outputPath: out });
    if (result.errors.length) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
  }
  await pagefind.close();
  return n;
}

// Run as a script (`node scripts/pagefind.mjs`); importable for tests.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  await buildIndex(process.env.DIST_DIR ?? 'dist', {
    cache: process.env.BUILD_INCREMENTAL === '1' ? PART_CACHE : null,
  });
