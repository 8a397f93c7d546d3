/**
 * /chat-luong/ pages (issue 20): a report that outgrows a page is split
 * between plans, never inside one plan's notes, and a plan page links to the
 * page that holds its notes.
 */
import { describe, expect, it } from 'vitest';
import type { Site } from '../../src/lib/site/data';
import { QUALITY_PAGE_SIZE, qualityPageOf, qualityPages } from '../../src/lib/site/quality-pages';

/** A site with `notes[i]` import notes for plan i and `doubtful` tasks with one field to check. */
function siteWith(notes: number[], doubtful = 0): Site {
  const plans = notes.map((_, i) => ({ id: `p${i}`, title: `Kế hoạch ${i}`, issuer: 'UBND' }));
  const quality = notes.flatMap((n, i) =>
    Array.from({ length: n }, (_, k) => ({ plan: `p${i}`, level: 'warning', message: `ghi chú ${k}` })),
  );
  const tasks = Array.from({ length: doubtful }, (_, k) => ({
    id: `p0/${k}`,
    url: `/p0/${k}/`,
    source: { lines: [10, 12] },
    doubts: [{ field: 'lead', reason: 'lead-derived', lines: [11, 11] }],
  }));
  return { plans, quality, tasks } as unknown as Site;
}

describe('qualityPages', () => {
  it('a small report is one page, plans in order, then the tasks to check', () => {
    const pages = qualityPages(siteWith([3, 0, 2], 2));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.map((i) => (i.kind === 'plan' ? i.plan.id : i.task.id))).toEqual([
      'p0',
      'p1',
      'p2',
      'p0/0',
      'p0/1',
    ]);
  });

  it('splits between plans, never inside one, and every note is on exactly one page', () => {
    const notes = [300, 150, 100, 400, 20];
    const site = siteWith(notes, 10);
    const pages = qualityPages(site);
    expect(pages.length).toBeGreaterThan(1);
    const onPages = pages.flat().flatMap((i) => (i.kind === 'plan' ? [[i.plan.id, i.items.length] as const] : []));
    expect(onPages).toEqual(notes.map((n, i) => [`p${i}`, n]));
    for (const page of pages.slice(0, -1)) {
      const weight = page.reduce((w, i) => w + (i.kind === 'plan' ? Math.max(1, i.items.length) : 0.25), 0);
      expect(weight).toBeLessThanOrEqual(QUALITY_PAGE_SIZE);
    }
    for (const [i] of notes.entries()) {
      const n = qualityPageOf(site, `p${i}`);
      expect(pages[n - 1]!.some((x) => x.kind === 'plan' && x.plan.id === `p${i}`)).toBe(true);
    }
    // 300 + 150 fit in 500; 100 does not, and starts page 2, which 400 fills; 20 and the tasks go on page 3.
    expect(notes.map((_, i) => qualityPageOf(site, `p${i}`))).toEqual([1, 1, 2, 2, 3]);
  });
});
