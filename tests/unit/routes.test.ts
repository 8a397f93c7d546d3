import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { SITE_ROUTES, planIdProblem } from '../../src/schema/routes';

describe('plan ids cannot take a route of the site', () => {
  it('every first path segment of src/pages and public/ is reserved', () => {
    const segments = [...readdirSync('src/pages'), ...readdirSync('public')]
      .filter((name) => !name.startsWith('[') && !name.startsWith('_') && !/\.ts$/.test(name))
      .map((name) => name.replace(/\.astro$/, ''));
    expect(segments.filter((s) => !SITE_ROUTES.has(s))).toEqual([]);
    // Written by the build into dist/: Astro's assets, the open data, the search index.
    for (const s of ['_astro', 'data', 'pagefind']) expect(SITE_ROUTES.has(s)).toBe(true);
  });

  it('names the clash or the broken rule', () => {
    expect(planIdProblem('chat-luong')).toMatch(/trùng với một địa chỉ của trang \(\/chat-luong\/\)/);
    expect(planIdProblem('Ke-hoach')).toMatch(/chỉ được gồm chữ thường/);
    expect(planIdProblem('vp-ubnd-2024')).toBeUndefined();
  });
});
