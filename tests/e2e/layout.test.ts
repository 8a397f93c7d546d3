/**
 * Phone-first layout (issue 16): at 390 px and 320 px (phones) and 1280 px
 * (desktop) no page type scrolls sideways — wide tables and charts scroll
 * inside their own box —, body text is at least 16 px, no visible text is
 * under 12 px (chart labels included, measured as drawn), and every control
 * is at least 44 px tall to tap. Pages are measured once loaded: their
 * module scripts (charts, deadline status) have run by then.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, visit } from './browser';
import { chartPages, pageTypes } from './site';
import { seriousViolations } from './axe';

const WIDTHS = [390, 320, 1280] as const;
const session = useBrowser({
  w390: { viewport: { width: 390, height: 844 } },
  w320: { viewport: { width: 320, height: 640 } },
  w1280: { viewport: { width: 1280, height: 800 } },
});
const contextOf = (w: (typeof WIDTHS)[number]) => session[`w${w}`];

/** Elements whose right edge passes the viewport without a scrolling box between them and the page. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      let scroller = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
        if (/auto|scroll|hidden|clip/.test(getComputedStyle(p).overflowX)) scroller = true;
      if (!scroller)
        out.push(
          `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ends at ${Math.round(box.right)} px`,
        );
    }
    return out.slice(0, 5);
  });
}

/** Visible text drawn under 12 px: CSS size times the scale an SVG is drawn at. */
function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || el.closest('title, desc, script, style, .visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (range.getClientRects().length === 0) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      const svg = el.closest('svg');
      if (svg) {
        const viewBox = svg.viewBox.baseVal;
        const drawn = svg.getBoundingClientRect().width;
        if (viewBox && viewBox.width > 0) size *= drawn / viewBox.width;
      }
      if (size < 11.95) out.push(`"${node.textContent.trim().slice(0, 30)}" ${size.toFixed(1)} px`);
    }
    return [...new Set(out)].slice(0, 5);
  });
}

/** Controls a thumb must hit: buttons, fields, disclosure summaries, the site's navigation and paging links. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const targets = document.querySelectorAll(
      'button, select, input:not([type=hidden]), summary, .button, .site-nav a, .pagination a, .skip-link:focus',
    );
    for (const el of targets) {
      // A checkbox is hit through its label as well: the label is the target a thumb aims at.
      const label = el instanceof HTMLInputElement && /checkbox|radio/.test(el.type) ? (el.labels?.[0] ?? null) : null;
      const box = (label ?? el).getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.height < 43.5)
        out.push(
          `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 25)}" ${Math.round(box.height)} px`,
        );
    }
    return out.slice(0, 5);
  });
}

describe.each([...pageTypes(), ...chartPages()])('trang %s (%s)', (_, path) => {
  it.each(WIDTHS)('rộng %i px: không cuộn ngang', async (width) => {
    const v = await visit(contextOf(width), path);
    const doc = await v.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(await overflowing(v.page)).toEqual([]);
    expect(doc.scroll).toBeLessThanOrEqual(doc.client);
    // The header's "Tìm kiếm" on one line: wrapped (two lines, ~70 px) it doubled the header at 320 and 1280 px.
    const button = await v.page.$eval('.site-header .search-form button', (b) => b.getBoundingClientRect().height);
    expect(button).toBeLessThanOrEqual(48);
    await v.page.close();
  });

  it.each([390, 320] as const)(
    'điện thoại %i px: chữ thân bài ≥ 16 px, không chữ nào < 12 px, nút bấm ≥ 44 px',
    async (width) => {
      const v = await visit(contextOf(width), path);
      // Body text: the size most of the main text is set in, counted by characters.
      const body = await v.page.evaluate(() => {
        const sizes: number[] = [];
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          const text = node.textContent?.trim() ?? '';
          if (!el || !text || el.closest('svg, .visually-hidden') || !el.checkVisibility()) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          for (let i = 0; i < text.length; i++) sizes.push(size);
        }
        sizes.sort((a, b) => a - b);
        return sizes[Math.floor(sizes.length / 2)] ?? 0;
      });
      expect(body).toBeGreaterThanOrEqual(16);
      expect(await smallText(v.page)).toEqual([]);
      expect(await smallTargets(v.page)).toEqual([]);
      await v.page.close();
    },
  );
});

describe('so sánh lĩnh vực ở 390 px: mỗi kế hoạch là một danh sách gọn', () => {
  // Budget at 390 px: a task entry is its number and title clamped to 2 lines plus "Chủ trì …; thời gian …"
  // (mostly 2–3 lines at 16 px × 1.55 = 25 px a line), ≈ 140 px with its padding; 160 px on average leaves
  // room for the few tasks with six or seven leads (chi-dao VII.7 of qt-2021-2025: ~210 px). The rest (header, intro, one heading, plan title and two folded summaries per plan,
  // paging, footer) stays under 3,000 px. Before, a page was ~24,000 px (tthc: 23,779).
  const ENTRY = 160;
  const FIXED = 3000;
  it.each(['tthc', 'chi-dao', 'cong-vu', 'the-che', 'bo-may', 'tai-chinh', 'so'])(
    '/linh-vuc/%s/: cao không quá 3.000 + 160 px mỗi nhiệm vụ',
    async (key) => {
      const v = await visit(session.w390, `/linh-vuc/${key}/`);
      const m = await v.page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        entries: [...document.querySelectorAll('.area-tasks > li')].map((li) => li.getBoundingClientRect().height),
        columns: document.querySelectorAll('.area-column').length,
        widths: [...document.querySelectorAll('.area-column')].map((c) => c.getBoundingClientRect().width),
      }));
      expect(m.entries.length).toBeGreaterThan(5);
      // One column per plan, one under the other, each the width of the page.
      expect(new Set(m.widths.map(Math.round)).size).toBe(1);
      expect(m.height).toBeLessThanOrEqual(FIXED + ENTRY * m.entries.length);
      await v.page.close();
    },
  );
});

describe('Gantt ở 390 px: trục thời gian cuộn trong biểu đồ, tên nhiệm vụ đứng yên', () => {
  it('/tien-do/qt-2021-2025/: cuộn ngang hết trục, cột tên vẫn ở mép trái và đọc được', async () => {
    const v = await visit(session.w390, '/tien-do/qt-2021-2025/');
    const view = v.page.locator('[data-zoom-view="year"]');
    const before = await view.evaluate((box) => {
      const col = box.querySelector('.gantt-labels-col')!.getBoundingClientRect();
      return { left: col.left, boxLeft: box.getBoundingClientRect().left, scroll: box.scrollWidth - box.clientWidth };
    });
    // The chart is wider than the phone: it scrolls, inside its own box (the page does not: see above).
    expect(before.scroll).toBeGreaterThan(300);
    await view.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
    const after = await view.evaluate((box) => {
      const col = box.querySelector('.gantt-labels-col')!.getBoundingClientRect();
      // qt-2021-2025 IV.1 (qt-2021-2025.txt:69, "Quý IV hàng năm"): its label, at the left edge, on top.
      const label = [...box.querySelectorAll('.gantt-labels-col text')].find((t) =>
        t.textContent?.startsWith('IV.1.'),
      )!;
      const r = label.getBoundingClientRect();

      return {
        scrolled: box.scrollLeft,
        left: col.left,
        boxLeft: box.getBoundingClientRect().left,
        size: parseFloat(getComputedStyle(label).fontSize),
        // Drawn over the axis (the column lets clicks through to the chart's links below it).
        onTop:
          getComputedStyle(label.closest('.gantt-labels-col')!).zIndex === '1' &&
          r.left >= col.left &&
          r.left < col.right,
      };
    });
    expect(after.scrolled).toBeGreaterThan(300);
    expect(Math.abs(after.left - after.boxLeft)).toBeLessThan(1);
    expect(after.size).toBeGreaterThanOrEqual(12);
    expect(after.onTop).toBe(true);
    await v.page.close();
  });
});

// pages.test.ts audits every page type at 390 px; the chart pages (their tables stacked, their axis
// scrolling beside a sticky label column) are audited here at the same width, data table opened.
describe.each(chartPages())('biểu đồ %s (%s) ở 390 px', (_, path) => {
  it('axe: không có lỗi nghiêm trọng về trợ năng', async () => {
    const v = await visit(session.w390, path);
    await v.page.locator('details.chart-data > summary').first().click();
    expect(await seriousViolations(v.page)).toEqual([]);
    await v.page.close();
  });
});
