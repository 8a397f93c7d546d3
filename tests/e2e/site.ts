/**
 * One page of every type, and facts read off the source documents. Facts are
 * checked against content/sources/*.txt by hand (line numbers noted), so the
 * tests hold for the real data, not for a fixture.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { inject } from 'vitest';
import {
  TASK_13,
  chartPages as chartPagesIn,
  pageTypes as pageTypesIn,
  unitUrl as unitUrlIn,
} from '../../scripts/lib/page-types';

/** Published open data of the built site (dist/data). */
export function data<T>(file: string): T {
  return JSON.parse(readFileSync(join(inject('distDir'), 'data', file), 'utf8')) as T;
}

/** What Pagefind keeps of one indexed page. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const SIGNATURE = 'pagefind_dcd';

/** Every page's fragment in a Pagefind bundle (gzip, after Pagefind's "pagefind_dcd" signature). */
export function fragmentsIn(bundle: string): Fragment[] {
  const dir = join(bundle, 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    return JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as Fragment;
  });
}

export function unitUrl(name: string): string {
  return unitUrlIn(inject('distDir'), name);
}

export { TASK_13 };

/** One page of every type (scripts/lib/page-types.ts), for the built site under test. */
export function pageTypes(): [type: string, path: string][] {
  return pageTypesIn(inject('distDir'));
}

/** The timeline and network pages, which run their own scripts. */
export function chartPages(): [type: string, path: string][] {
  return chartPagesIn(inject('distDir'));
}
