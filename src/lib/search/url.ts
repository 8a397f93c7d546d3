/**
 * The search page keeps its whole state in the URL (`?q=…&plan=…`), so a
 * search can be shared, bookmarked and undone with the back button.
 */
import { FILTER_KEYS, type FilterKey } from './meta';

export type SearchState = { q: string } & Record<FilterKey, string>;

export const EMPTY_STATE: SearchState = { q: '', plan: '', area: '', unit: '', year: '' };

export function readState(params: URLSearchParams): SearchState {
  const get = (k: string) => (params.get(k) ?? '').trim();
  return { q: get('q'), plan: get('plan'), area: get('area'), unit: get('unit'), year: get('year') };
}

/** "?q=…&plan=…" with empty fields left out; "" for the empty search. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  for (const k of ['q', ...FILTER_KEYS] as const) if (state[k].trim()) params.set(k, state[k].trim());
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
