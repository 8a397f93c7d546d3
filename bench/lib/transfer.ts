/**
 * What a page fetches, as the benchmarks count it: each finished request's
 * size (response body + headers, as sent: gzip where the server compressed)
 * and when it ended. One counter for the search, shard and merged-index
 * benches (bench/search.ts, bench/scale.ts, bench/merged-search.ts).
 */
import type { Page } from 'playwright-core';

export interface Arrival {
  path: string;
  bytes: number;
  /** When the response ended, in ms since the epoch. */
  end: number;
}

/** Starts counting `page`'s requests; `settled()` waits for the sizes of those finished so far. */
export function recordTransfer(page: Page): { settled(): Promise<Arrival[]> } {
  const arrivals: Arrival[] = [];
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (r) =>
    pending.push(
      r.sizes().then((s) => {
        const t = r.timing();
        arrivals.push({
          path: new URL(r.url()).pathname,
          bytes: s.responseBodySize + s.responseHeadersSize,
          end: t.startTime + t.responseEnd,
        });
      }),
    ),
  );
  return {
    settled: async () => {
      await Promise.all(pending);
      return arrivals;
    },
  };
}

/** Total bytes of `arrivals`, or of those `keep` accepts. */
export const bytesOf = (arrivals: readonly Arrival[], keep: (a: Arrival) => boolean = () => true) =>
  arrivals.reduce((sum, a) => (keep(a) ? sum + a.bytes : sum), 0);

/**
 * What a file fetched by a search page is, for a first query's breakdown:
 * Pagefind's word index, fragments, filters, page list (meta), engine
 * (WebAssembly) and script, or the page with its CSS and scripts.
 */
export function searchFileKind(path: string): string {
  if (path.includes('/pagefind/')) {
    if (path.includes('/index/')) return 'index';
    if (path.includes('/fragment/')) return 'fragment';
    if (path.includes('/filter/')) return 'filter';
    if (path.endsWith('.pf_meta')) return 'meta';
    if (path.includes('wasm')) return 'wasm';
    if (path.endsWith('pagefind.js')) return 'pagefind.js';
    return 'pagefind (other)';
  }
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.js')) return 'js';
  return 'page';
}
