/**
 * The search page keeps its whole state in the URL (`?q=…&plan=…`), so a
 * search can be shared, bookmarked and undone with the back button.
 */
import { FILTER_KEYS, type FilterKey } from './meta';

/**
 * `scope` is where a sharded build searches (src/lib/site/shards.ts): "" its
 * own group of shards, `all` every shard as well. It is not a filter: it
 * widens the search, and other shards know nothing of this one's plans and units.
 */
export type SearchState = { q: string; scope: '' | 'all' } & Record<FilterKey, string>;

export const EMPTY_STATE: SearchState = { q: '', scope: '', plan: '', area: '', unit: '', year: '' };

export function readState(params: URLSearchParams): SearchState {
  const get = (k: string) => (params.get(k) ?? '').trim();
  return {
    q: get('q'),
    scope: get('scope') === 'all' ? 'all' : '',
    plan: get('plan'),
    area: get('area'),
    unit: get('unit'),
    year: get('year'),
  };
}

/** "?q=…&plan=…" with empty fields left out; "" for the empty search. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  for (const k of ['q', ...FILTER_KEYS, 'scope'] as const) if (state[k].trim()) params.set(k, state[k].trim());
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return writeState(a) === writeState(b);
}

/** Pagefind's `filters` option: only the filters that are set. */
export function pagefindFilters(state: SearchState): Partial<Record<FilterKey, string>> {
  const out: Partial<Record<FilterKey, string>> = {};
  for (const k of FILTER_KEYS) if (state[k]) out[k] = state[k];
  return out;
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((k) => state[k] !== '');
}
