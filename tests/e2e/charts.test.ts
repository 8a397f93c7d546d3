/**
 * The Gantt ("Tiến độ") and network ("Mạng lưới phối hợp") pages and the
 * calendar feeds, in headless Chromium against the built site: complete
 * without JavaScript, interactive with it, reachable by keyboard, axe-clean,
 * printable, and true to the source documents (facts checked by hand against
 * content/sources, line numbers noted, and re-read here).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { siteUrl, useBrowser, visit } from './browser';
import { TASK_13, data, unitUrl } from './site';

interface Item {
  id: string;
}

// vp-ubnd-2024.txt lines 226–229: task 13, "Từ Quý I đến | Quý III" → a bar 2024-01-01 … 2024-09-30.
const T13 = { id: 'vp-ubnd-2024/13', from: '2024-01-01', to: '2024-09-30' };
// qt-2021-2025.txt line 69: task IV.1, "Quý IV hàng năm" in a 2021–2025 plan → a mark in each Q4.
const IV1 = { id: 'qt-2021-2025/iv-1', line: 69, raw: 'Quý IV hàng năm' };
// snv-2026.txt line 187: task 1.6 (row "6" of area 1), "Sau khi Trưng ương công bố kết quả"; the typo
// is fixed by content/corrections/snv-2026.yaml. Conditional: listed, never drawn.
const SNV16 = { id: 'snv-2026/1-6', line: 187, raw: 'Sau khi Trung ương công bố kết quả' };

const unitId = (name: string) => unitUrl(name).replace(/^\/don-vi\/|\/$/g, '');
const CHART_PAGES = (): [string, string][] => [
  ['tiến độ chung', '/tien-do/'],
  ['tiến độ một kế hoạch', '/tien-do/vp-ubnd-2024/'],
  ['tiến độ một đơn vị', `/tien-do/don-vi/${unitId(TASK_13.lead)}/`],
  ['mạng lưới', '/mang-luoi/'],
  ['mạng lưới một kế hoạch', '/mang-luoi/vp-ubnd-2024/'],
];

function sourceLine(plan: string, line: number): string {
  return readFileSync(`content/sources/${plan}.txt`, 'utf8').split('\n')[line - 1] ?? '';
}

const session = useBrowser({
  js: {},
  noJs: { javaScriptEnabled: false },
  phone: { viewport: { width: 390, height: 844 } },
});

const yearView = '[data-zoom-view="year"]';
const row = (id: string) => `${yearView} g.gantt-row[data-task="${id}"]`;
const visibleRows = (page: Page) =>
  page.$$eval(`${yearView} g.gantt-row`, (gs) =>
    gs.filter((g) => !g.hasAttribute('hidden')).map((g) => g.getAttribute('data-plan')),
  );

describe('biểu đồ không cần JavaScript', () => {
  it.each(CHART_PAGES())('%s (%s): SVG có sẵn trong HTML', async (_, path) => {
    const html = await (await fetch(siteUrl(path))).text();
    expect(html).toMatch(path.startsWith('/mang-luoi') ? /<svg[^>]+class="network"/ : /<svg[^>]+class="gantt"/);
    const { page, consoleErrors } = await visit(session.noJs, path);
    const svg = page.locator(path.startsWith('/mang-luoi') ? 'svg.network' : `${yearView} svg.gantt`);
    expect(await svg.isVisible()).toBe(true);
    expect((await svg.boundingBox())!.height).toBeGreaterThan(100);
    // Controls need the script; without it they stay out of the way, and the data table is there.
    expect(await page.locator('[data-chart-controls]').isVisible()).toBe(false);
    expect(await page.locator('details.chart-data table tbody tr').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('Gantt chung: nhiệm vụ 13 (vp-ubnd-2024) là thanh từ 01/2024 đến 09/2024', async () => {
    expect(sourceLine('vp-ubnd-2024', TASK_13.firstLine)).toMatch(/^13\t.*Trung tâm Phục\t.*Từ Quý I đến$/);
    expect(sourceLine('vp-ubnd-2024', TASK_13.firstLine + 3)).toMatch(/vụ hành chính công tỉnh\t.*\tQuý III$/);
    const { page } = await visit(session.noJs, '/tien-do/');
    const bars = page.locator(`${row(T13.id)} rect[data-kind="bar"]`);
    expect(await bars.count()).toBe(1);
    expect(await bars.getAttribute('data-from')).toBe(T13.from);
    expect(await bars.getAttribute('data-to')).toBe(T13.to);
    const label = await page.locator(`${row(T13.id)} a`).getAttribute('aria-label');
    expect(label).toContain(`Chủ trì: ${TASK_13.lead}`);
    expect(label).toContain(`Thời gian: ${TASK_13.time}`);
    expect(await page.locator(`${row(T13.id)} a`).getAttribute('href')).toBe(new URL(siteUrl(TASK_13.path)).pathname);
    await page.close();
  });

  it('Gantt chung: "Quý IV hàng năm" (qt-2021-2025 IV.1) có một dấu trong mỗi quý IV 2021–2025', async () => {
    expect(sourceLine('qt-2021-2025', IV1.line)).toMatch(new RegExp(`^1\\t.*\\t${IV1.raw}\\t`));
    const { page } = await visit(session.noJs, '/tien-do/');
    const marks = await page.$$eval(`${row(IV1.id)} [data-kind="recurring"]`, (els) =>
      els.map((e) => `${e.getAttribute('data-from')}…${e.getAttribute('data-to')}`),
    );
    expect(marks).toEqual([2021, 2022, 2023, 2024, 2025].map((y) => `${y}-10-01…${y}-12-31`));
    await page.close();
  });

  it('Gantt chung: thời gian có điều kiện (snv-2026 1.6) nằm trong danh sách không vẽ, giữ nguyên văn', async () => {
    expect(sourceLine('snv-2026', SNV16.line)).toMatch(
      /^6\tPhân tích các chỉ số PAR Index.*\tSau khi Trưng ương công bố kết quả$/,
    );
    const { page } = await visit(session.noJs, '/tien-do/');
    expect(await page.locator(`g.gantt-row[data-task="${SNV16.id}"]`).count()).toBe(0);
    const item = page.locator(`.gantt-undated li[data-task="${SNV16.id}"]`);
    expect(await item.count()).toBe(1);
    expect((await item.locator('q').textContent())?.trim()).toBe(SNV16.raw);
    expect(await item.innerText()).toContain('Có điều kiện');
    await page.close();
  });
});

describe('biểu đồ có JavaScript', () => {
  it('Gantt: lọc theo kế hoạch, năm và đơn vị ẩn các hàng khác', async () => {
    const { page, consoleErrors } = await visit(session.js, '/tien-do/');
    expect(await page.locator('[data-chart-controls]').isVisible()).toBe(true);
    const all = await page.locator(`${yearView} g.gantt-row`).count();
    // It opens on one plan, the first of the filter; "Tất cả" shows every plan.
    const first = await page.locator('select[data-filter="plan"] option').nth(1).getAttribute('value');
    expect(await page.locator('select[data-filter="plan"]').inputValue()).toBe(first);
    expect(new Set(await visibleRows(page))).toEqual(new Set([first]));
    await page.selectOption('select[data-filter="plan"]', '');
    expect(await page.locator('[data-chart-status]').textContent()).toBe(`Hiện tất cả ${all} nhiệm vụ.`);
    const heightBefore = Number(await page.locator(`${yearView} svg.gantt`).getAttribute('height'));
    await page.selectOption('select[data-filter="plan"]', 'vp-ubnd-2024');
    const plans = await visibleRows(page);
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.length).toBeLessThan(all);
    expect(new Set(plans)).toEqual(new Set(['vp-ubnd-2024']));
    expect(Number(await page.locator(`${yearView} svg.gantt`).getAttribute('height'))).toBeLessThan(heightBefore);
    expect(await page.locator('[data-chart-status]').textContent()).toBe(`Hiện ${plans.length} trên ${all} nhiệm vụ.`);
    // The table and the not-drawn list follow the same filter.
    expect(await page.locator('details.chart-data tbody tr:not([hidden])').count()).toBe(plans.length);
    expect(await page.locator(`.gantt-undated li[data-task="${SNV16.id}"]`).isHidden()).toBe(true);

    await page.selectOption('select[data-filter="plan"]', '');
    await page.selectOption('select[data-filter="year"]', '2026');
    const years = await page.$$eval(`${yearView} g.gantt-row:not([hidden])`, (gs) =>
      gs.map((g) => g.getAttribute('data-years')!.split(' ')),
    );
    expect(years.length).toBeGreaterThan(0);
    for (const y of years) expect(y).toContain('2026');

    await page.selectOption('select[data-filter="year"]', '');
    await page.selectOption('select[data-filter="unit"]', unitId(TASK_13.lead));
    expect(await page.locator(row(T13.id)).isVisible()).toBe(true);
    for (const units of await page.$$eval(`${yearView} g.gantt-row:not([hidden])`, (gs) =>
      gs.map((g) => g.getAttribute('data-units')!.split(' ')),
    ))
      expect(units).toContain(unitId(TASK_13.lead));
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('Gantt: vạch «hôm nay» là ngày cập nhật khi không có JavaScript, ngày của người đọc khi có', async () => {
    const noJs = await visit(session.noJs, '/tien-do/');
    const updated = (await noJs.page.locator('.site-footer .updated').innerText()).replace('Cập nhật ngày ', '');
    const [d, m, y] = updated.split('/');
    // The general timeline runs from 2021 (qt-2021-2025) to the end of 2026 (snv-2026).
    const inside = `${y}-${m}-${d}` >= '2021-01-01' && `${y}-${m}-${d}` <= '2026-12-31';
    const built = noJs.page.locator(`${yearView} g.today text`);
    expect(await built.count()).toBe(inside ? 1 : 0);
    if (inside) expect(await built.textContent()).toBe(`Ngày cập nhật ${updated}`);
    await noJs.page.close();

    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2024-09-20T10:00:00'));
    await page.goto(siteUrl('/tien-do/'));
    const today = page.locator(`${yearView} g.today`);
    if (!inside) {
      expect(await today.count()).toBe(0);
      await context.close();
      return;
    }
    await expect.poll(() => today.locator('text').textContent()).toBe('Hôm nay 20/09/2024');
    // Task 13 of vp-ubnd-2024 runs 01/01/2024 – 30/09/2024: 20/09 is inside its bar, 10 days before its end.
    const bar = page.locator(`${row(T13.id)} rect[data-kind="bar"]`);
    const [bx, bw] = [Number(await bar.getAttribute('x')), Number(await bar.getAttribute('width'))];
    const x = Number(await today.locator('line').getAttribute('x1'));
    expect(x).toBeGreaterThan(bx);
    expect(x).toBeLessThan(bx + bw);
    expect(bx + bw - x).toBeCloseTo((bw * 11) / 274, 0);
    expect(await today.getAttribute('display')).toBeNull();
    // A day off the axis: no line rather than one in the wrong place.
    await page.clock.setFixedTime(new Date('2031-01-02T10:00:00'));
    await page.reload();
    await expect.poll(() => today.getAttribute('display')).toBe('none');
    await context.close();
  });

  it('Gantt: nút thu phóng chuyển giữa năm và quý, giữ bộ lọc', async () => {
    const { page, consoleErrors } = await visit(session.js, '/tien-do/vp-ubnd-2024/');
    const quarter = page.locator('[data-zoom-view="quarter"]');
    expect(await quarter.isVisible()).toBe(false);
    await page.selectOption('select[data-filter="area"]', 'tthc');
    await page.getByRole('button', { name: 'Theo quý' }).click();
    expect(await quarter.isVisible()).toBe(true);
    expect(await page.locator(yearView).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Theo quý' }).getAttribute('aria-pressed')).toBe('true');
    expect(await quarter.locator('svg.gantt').getAttribute('data-zoom')).toBe('quarter');
    const shown = await quarter
      .locator('g.gantt-row:not([hidden])')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-area')));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['tthc']));
    await page.getByRole('button', { name: 'Theo năm' }).click();
    expect(await page.locator(yearView).isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('Gantt: rê chuột hoặc đưa tiêu điểm vào thanh hiện nhiệm vụ, chủ trì, thời gian nguyên văn', async () => {
    const { page, consoleErrors } = await visit(session.js, '/tien-do/vp-ubnd-2024/');
    const tip = page.locator('[data-chart-tip]');
    expect(await tip.isVisible()).toBe(false);
    await page.locator(`${row(T13.id)} a`).focus();
    expect(await tip.isVisible()).toBe(true);
    const text = await tip.innerText();
    expect(text).toContain('13. Giao Doanh nghiệp');
    expect(text).toContain(`Chủ trì: ${TASK_13.lead}`);
    expect(text).toContain(`Thời gian: ${TASK_13.time}`);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.locator(`${row(T13.id)} rect[data-kind="bar"]`).hover();
    expect(await tip.isVisible()).toBe(true);
    // The native <title> tooltip would double it: the script moves it into the custom one.
    expect(await page.locator(`${row(T13.id)} a > title`).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('Gantt: chọn một thanh mở trang nhiệm vụ', async () => {
    const { page } = await visit(session.js, '/tien-do/vp-ubnd-2024/');
    await page.locator(`${row(T13.id)} rect[data-kind="bar"]`).click();
    await page.waitForURL(siteUrl(TASK_13.path));
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.close();
  });

  it('mạng lưới: ẩn nhóm tập thể, phóng to, làm nổi các đơn vị cùng làm, chú thích khi có tiêu điểm', async () => {
    const { page, consoleErrors } = await visit(session.js, '/mang-luoi/vp-ubnd-2024/');
    const groups = page.locator('a.net-node[data-kind="group"]');
    expect(await groups.count()).toBeGreaterThan(0);
    expect(await groups.first().isVisible()).toBe(true);
    await page.locator('input[data-filter="groups"]').uncheck();
    expect(await page.locator('a.net-node[data-kind="group"]:not([hidden])').count()).toBe(0);
    expect(await page.locator('tr[data-group="1"]:not([hidden])').count()).toBe(0);
    expect(await page.locator('a.net-node[data-kind="office"]:not([hidden])').count()).toBeGreaterThan(0);
    await page.locator('input[data-filter="groups"]').check();
    expect(await page.locator('a.net-node[data-kind="group"][hidden]').count()).toBe(0);

    const viewport = page.locator('svg.network .net-viewport');
    await page.getByRole('button', { name: 'Phóng to' }).click();
    expect(await viewport.getAttribute('transform')).toMatch(/scale\(1\.3\)/);
    await page.getByRole('button', { name: 'Về ban đầu' }).click();
    expect(await viewport.getAttribute('transform')).toBe('translate(0,0) scale(1)');

    const node = page.locator(`a.net-node[data-unit="${unitId(TASK_13.lead)}"]`);
    await node.focus();
    expect(await page.locator('svg.network .net-node.is-dim').count()).toBeGreaterThan(0);
    expect(await node.evaluate((n) => n.classList.contains('is-dim'))).toBe(false);
    expect(await page.locator('[data-chart-tip]').innerText()).toContain(TASK_13.lead);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('mạng lưới: chọn một nút mở trang đơn vị', async () => {
    const { page } = await visit(session.js, '/mang-luoi/vp-ubnd-2024/');
    await page.locator(`a.net-node[data-unit="${unitId(TASK_13.lead)}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(siteUrl(unitUrl(TASK_13.lead)));
    expect((await page.locator('h1').textContent())?.trim()).toBe(TASK_13.lead);
    await page.close();
  });
  // Issue 16/20: the network opens on one plan, not every plan at once, and each plan has its own.
  it('mạng lưới: mở ra một kế hoạch (kế hoạch đầu của tỉnh), có liên kết tới mạng lưới từng kế hoạch', async () => {
    const { page } = await visit(session.noJs, '/mang-luoi/');
    expect(await page.locator('figure[data-network] figcaption').innerText()).toContain(
      'tỉnh Quảng Trị giai đoạn 2021',
    );
    const links = await page
      .locator('details.network-plans a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(
      expect.arrayContaining(['/mang-luoi/vp-ubnd-2024/', '/mang-luoi/hai-lang-2024/', '/mang-luoi/snv-2026/']),
    );
    // vp-ubnd-2024 row 13 (line 226): "Trung tâm Phục vụ hành chính công tỉnh" leads it, so it is on that
    // plan's network, which is drawn no wider than a phone's column (its labels stay 12 px as drawn).
    const plan = await visit(session.noJs, '/mang-luoi/vp-ubnd-2024/');
    expect(await plan.page.locator(`a.net-node[data-unit="${unitId(TASK_13.lead)}"]`).count()).toBe(1);
    expect(Number(await plan.page.locator('svg.network').getAttribute('width'))).toBeLessThanOrEqual(360);
    await plan.page.close();
    await page.close();
  });

  it.each(['/mang-luoi/', '/mang-luoi/vp-ubnd-2024/'])(
    '%s ở 390 px: biểu đồ bắt đầu ngay trong màn hình đầu, cách đọc nằm sau biểu đồ',
    async (path) => {
      const { page } = await visit(session.phone, path);
      const chart = (await page.locator('svg.network').boundingBox())!;
      expect(chart.y).toBeLessThan(844 - 100);
      const howTo = (await page.locator('#cach-doc').boundingBox())!;
      expect(howTo.y).toBeGreaterThan(chart.y + chart.height);
      await expect(page.locator('#cach-doc + p').innerText()).resolves.toContain('Mỗi nút là một đơn vị');
      await page.close();
    },
  );
});

describe('bàn phím, trợ năng, bản in', () => {
  it.each(CHART_PAGES())(
    '%s (%s): phím Tab lần lượt đến mọi thanh và mọi nút, theo thứ tự trên hình',
    async (_, path) => {
      const { page } = await visit(session.js, path);
      // The chart's script has run (it shows the controls, and may filter rows) before anything is counted.
      await page.locator('[data-chart-controls]').first().waitFor();
      const network = path.startsWith('/mang-luoi');
      const targets = network ? 'svg.network a.net-node' : `${yearView} g.gantt-row > a`;
      const key = network ? 'data-unit' : 'data-task';
      const expected = await page.$$eval(
        targets,
        // Rows a filter hides (the timeline opens on one plan) take no focus.
        (as, k) =>
          as.filter((a) => !a.closest('[hidden]')).map((a) => (a.getAttribute(k) ?? a.parentElement!.getAttribute(k))!),
        key,
      );
      expect(expected.length).toBeGreaterThan(0);
      // Only what can take focus now (the hidden zoom level and closed tables cannot), so Tab does not wrap round.
      const focusables = await page.$$eval(
        'a[href], button, select, input, summary',
        (els) => els.filter((e) => e.checkVisibility()).length,
      );
      await page.evaluate(
        ([sel, k]) => {
          const w = window as unknown as { reached: string[] };
          w.reached = [];
          document.addEventListener('focusin', (e) => {
            const a = (e.target as Element).closest(sel!);
            if (a) w.reached.push((a.getAttribute(k!) ?? a.parentElement!.getAttribute(k!))!);
          });
        },
        [targets, key],
      );
      for (let i = 0; i < focusables + 5; i++) await page.keyboard.press('Tab');
      const reached = await page.evaluate(() => (window as unknown as { reached: string[] }).reached);
      // Every row once, in drawn order; Tab may come round to the start again after the last stop.
      expect(reached.slice(0, expected.length)).toEqual(expected);
      expect(new Set(reached).size).toBe(expected.length);
      await page.close();
    },
  );

  it.each(CHART_PAGES())('%s (%s): axe không thấy lỗi nghiêm trọng', async (_, path) => {
    const { page } = await visit(session.js, path);
    // The data table too, opened as a reader would.
    await page.locator('details.chart-data > summary').first().click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(CHART_PAGES())('%s (%s): bản in A4 ngang giữ biểu đồ, chữ đủ lớn, bỏ các nút', async (_, path) => {
    const { page } = await visit(session.js, path);
    const network = path.startsWith('/mang-luoi');
    // The quarter view on screen must not leak into print: the year view is what fits A4.
    if (!network) await page.getByRole('button', { name: 'Theo quý' }).click();
    // A4 landscape less 12 mm margins: 273 mm ≈ 1032 CSS px.
    await page.setViewportSize({ width: 1032, height: 730 });
    await page.emulateMedia({ media: 'print' });
    const svg = page.locator(network ? 'svg.network' : `${yearView} svg.gantt`);
    expect(await svg.isVisible()).toBe(true);
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(1032);
    const viewBoxWidth = await svg.evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.width);
    // 11-unit text drawn at this scale: at least 9 CSS px ≈ 7 pt on paper.
    expect((11 * box.width) / viewBoxWidth).toBeGreaterThanOrEqual(9);
    expect(await page.locator('[data-chart-controls]').isVisible()).toBe(false);
    if (!network) expect(await page.locator('[data-zoom-view="quarter"]').isVisible()).toBe(false);
    await page.close();
  });

  it('trang không có biểu đồ không tải mã của biểu đồ', async () => {
    for (const path of ['/', TASK_13.path, '/linh-vuc/']) {
      const html = await (await fetch(siteUrl(path))).text();
      expect(html).not.toMatch(/data-gantt|data-network/);
      expect(html).not.toMatch(/<script[^>]+src="[^"]*(Gantt|Network)[^"]*"/);
    }
  });
});

describe('mạng lưới ở 390 px: tên đơn vị đọc được', () => {
  // At 390 px "Các sở, ban, ngành cấp tỉnh" was written over the strip's title, "UBND thành phố Đông Hà" over
  // "Văn phòng UBND tỉnh": names are placed by an estimated width, which must not be narrower than drawn.
  it.each(['/mang-luoi/', ...data<{ id: string }[]>('plans.json').map((p) => `/mang-luoi/${p.id}/`)])(
    '%s: không tên nào đè lên tên khác',
    async (path) => {
      const context = await session.browser.newContext({ viewport: { width: 390, height: 844 } });
      const { page } = await visit(context, path);
      const overlaps = await page.$$eval('svg.network text', (texts) => {
        const boxes = texts
          .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
          .filter((t) => t.box.width > 0);
        const out: string[] = [];
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1))
            if (
              a.box.left < b.box.right - 0.5 &&
              b.box.left < a.box.right - 0.5 &&
              a.box.top < b.box.bottom - 0.5 &&
              b.box.top < a.box.bottom - 0.5
            )
              out.push(`${a.text} / ${b.text}`);
        return out;
      });
      expect(overlaps).toEqual([]);
      await context.close();
    },
  );
});

describe('lịch .ics', () => {
  const feed = async (path: string) => {
    const res = await fetch(siteUrl(path));
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(body.endsWith('END:VCALENDAR\r\n')).toBe(true);
    return body;
  };
  const events = (ics: string) =>
    ics
      .replace(/\r\n /g, '')
      .split('BEGIN:VEVENT\r\n')
      .slice(1)
      .map((e) =>
        Object.fromEntries(e.split('\r\n').map((l) => [l.slice(0, l.search(/[:;]/)), l.slice(l.indexOf(':') + 1)])),
      );

  it('mỗi kế hoạch và mỗi đơn vị có lịch; DTSTAMP cố định, giống nhau ở mọi lịch', async () => {
    const stamps = new Set<string>();
    const paths = [
      ...data<Item[]>('plans.json').map((p) => `/lich/${p.id}.ics`),
      ...data<Item[]>('units.json').map((u) => `/lich/don-vi/${u.id}.ics`),
    ];
    for (const path of paths) for (const e of events(await feed(path))) stamps.add(e.DTSTAMP!);
    expect(stamps.size).toBe(1);
    expect([...stamps][0]).toMatch(/^\d{8}T\d{6}Z$/);
  });

  it('kế hoạch vp-ubnd-2024: hạn nhiệm vụ 13 là ngày cuối quý III, có liên kết đến trang nhiệm vụ', async () => {
    const e = events(await feed('/lich/vp-ubnd-2024.ics')).find((x) => x.UID === 'vp-ubnd-2024-13-1@cchc-explorer');
    expect(e).toMatchObject({ DTSTART: '20240930', DTEND: '20241001' });
    expect(e!.DESCRIPTION).toContain(`Thời gian (nguyên văn): ${TASK_13.time}`);
    expect(e!.URL).toMatch(new RegExp(`${new URL(siteUrl(TASK_13.path)).pathname}$`));
  });

  it('kế hoạch qt-2021-2025: "Quý IV hàng năm" là một sự kiện lặp lại hằng năm đến hết 2025', async () => {
    const e = events(await feed('/lich/qt-2021-2025.ics')).find((x) => x.UID === 'qt-2021-2025-iv-1-1@cchc-explorer');
    expect(e).toMatchObject({ DTSTART: '20211231', RRULE: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1;UNTIL=20251231' });
  });

  it('thời gian có điều kiện không thành ngày hạn; lịch đơn vị có hạn của nhiệm vụ đơn vị chủ trì', async () => {
    expect(events(await feed('/lich/snv-2026.ics')).some((x) => x.UID!.startsWith('snv-2026-1-6-'))).toBe(false);
    const unit = events(await feed(`/lich/don-vi/${unitId(TASK_13.lead)}.ics`));
    expect(unit.map((x) => x.UID)).toContain('vp-ubnd-2024-13-1@cchc-explorer');
  });

  it('trang tiến độ của kế hoạch và của đơn vị liên kết đến lịch', async () => {
    for (const [path, ics] of [
      ['/tien-do/vp-ubnd-2024/', '/lich/vp-ubnd-2024.ics'],
      [`/tien-do/don-vi/${unitId(TASK_13.lead)}/`, `/lich/don-vi/${unitId(TASK_13.lead)}.ics`],
    ]) {
      const { page } = await visit(session.noJs, path!);
      const href = await page.locator('a[href$=".ics"]').getAttribute('href');
      expect(new URL(href!, page.url()).href).toBe(siteUrl(ics!));
      await page.close();
    }
  });
});
