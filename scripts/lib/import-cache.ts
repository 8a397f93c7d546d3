/**
 * The import's cache for incremental builds (BUILD_INCREMENTAL=1,
 * docs/SCALE.md). Two steps cost most of the import and are pure functions of
 * one plan's text: reading the source's shape (src/import/shapes.ts, ~40 % of
 * the import at 5 000 tasks) and turning its prose into a syntax tree
 * (src/content/body/tree.ts, ~20 %). Their results are kept as JSON under the
 * hash of their inputs and of the code that computes them: every file under
 * src/ (the parsers and what they import: text folding, schema, dates) and
 * the installed packages (node_modules/.package-lock.json). A change to either
 * computes everything again. Units, corrections, addresses, cross-links and
 * the MDX text are worked out on every run, from these results.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSource } from '../../src/import/shapes';
import { bodyTree } from '../../src/content/body/tree';
import { files } from './tree-diff';

/** Beside Astro's cache (node_modules/.astro), so a CI cache of node_modules/ keeps both. */
export const IMPORT_CACHE = join('node_modules', '.cache', 'cchc-import');

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const LOCK = fileURLToPath(new URL('../../node_modules/.package-lock.json', import.meta.url));

/** The hash of the code: src/ and the installed packages. */
function codeHash(): string {
  const h = createHash('sha256');
  for (const file of files(SRC).sort()) h.update(`${file}\0`).update(readFileSync(join(SRC, file)));
  if (existsSync(LOCK)) h.update(readFileSync(LOCK));
  return h.digest('hex');
}

export interface ImportCache {
  parseSource: typeof parseSource;
  bodyTree: typeof bodyTree;
  /** Removes the entries this run did not read or write: the cache holds one site's plans. */
  prune: () => void;
  /** Results read from the cache, and computed. */
  hits: number;
  misses: number;
}

export function importCache(dir: string): ImportCache {
  const code = codeHash();
  const used = new Set<string>();
  function memo<T>(step: string, input: unknown, compute: () => T): T {
    const name = `${createHash('sha256').update(`${code}\0${step}\0`).update(JSON.stringify(input)).digest('hex')}.json`;
    const file = join(dir, name);
    used.add(name);
    if (existsSync(file)) {
      cache.hits++;
      return JSON.parse(readFileSync(file, 'utf8')) as T;
    }
    cache.misses++;
    const result = compute();
    mkdirSync(dir, { recursive: true });
    // Renamed into place once written: an interrupted run never leaves half an entry.
    writeFileSync(`${file}.tmp`, JSON.stringify(result));
    renameSync(`${file}.tmp`, file);
    return result;
  }
  const cache: ImportCache = {
    hits: 0,
    misses: 0,
    parseSource: (text, opts) => memo('shape', [opts, text], () => parseSource(text, opts)),
    bodyTree: (paragraphs) => memo('body', paragraphs, () => bodyTree(paragraphs)),
    prune() {
      if (!existsSync(dir)) return;
      for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(join(dir, name), { force: true });
    },
  };
  return cache;
}
