/**
 * The five plan pages show their document as text a person reads: bold where
 * the source is bold, headings where it has headings, no Markdown marks left
 * in what is visible, and cross-links that lead somewhere. Facts are read off
 * content/sources/ (line quoted).
 */
import { describe, expect, it } from 'vitest';
import { useBrowser, visit } from './browser';
import { data } from './site';

const session = useBrowser({ context: {}, phone: { viewport: { width: 390, height: 844 } } });

// Marks of Markdown or of its escaping that a reader must never see.
const MARKS = /\*\*|__|~~|^#{1,6} |\\[\\`*_{}[\]()<>#+\-.!|~]|&#x?[0-9a-f]+;|<\/?[a-z]+[ >]/im;

// What each document prints in bold (Markdown ** in the source) and as headings.
const PLANS: [plan: string, bold: string[], headings: [id: string, text: string][]][] = [
  // line 13 "**QUYẾT ĐỊNH**", line 58 "## **I. MỤC TIÊU, YÊU CẦU**", line 430 "## **2. Phòng Nội vụ:**"
  [
    'vinh-linh-2021-2025',
    ['QUYẾT ĐỊNH'],
    [
      ['muc-i', 'I. MỤC TIÊU, YÊU CẦU'],
      ['muc-vi-2', '2. Phòng Nội vụ:'],
    ],
  ],
  // lines 190–191 "**KT. CHÁNH VĂN PHÒNG / PHÓ VĂN PHÒNG**" (a soft break: a space), line 9 "I. MỤC ĐÍCH, YÊU CẦU"
  ['vp-ubnd-2024', ['KT. CHÁNH VĂN PHÒNG PHÓ VĂN PHÒNG'], [['muc-i', 'I. MỤC ĐÍCH, YÊU CẦU']]],
  // lines 165–166 "**KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC**", line 13 "I. MỤC ĐÍCH, YÊU CẦU"
  ['snv-2026', ['KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC'], [['muc-i', 'I. MỤC ĐÍCH, YÊU CẦU']]],
  // PDF text carries no bold; line 15 "I. MỤC ĐÍCH, YÊU CẦU", line 534 "2.1. Phòng Nội vụ"
  [
    'hai-lang-2024',
    [],
    [
      ['muc-i', 'I. MỤC ĐÍCH, YÊU CẦU'],
      ['muc-iv-2-1', '2.1. Phòng Nội vụ'],
    ],
  ],
  // line 3 "## PHỤ LỤC", line 5 "**KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH ... ĐẾN 2030**"
  [
    'qt-2021-2025',
    ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH CỦA TỈNH QUẢNG TRỊ GIAI ĐOẠN 2021 - 2025, ĐỊNH HƯỚNG ĐẾN 2030'],
    [['muc-phu-luc', 'PHỤ LỤC']],
  ],
];

describe.each(PLANS)('văn bản kế hoạch %s', (plan, bold, headings) => {
  it('reads like the document: no Markdown marks, bold and headings as printed', async () => {
    const v = await visit(session.context, `/${plan}/`);
    const body = v.page.locator('.plan-body');
    const text = await body.innerText();
    expect(text.length).toBeGreaterThan(100);
    expect(text.match(MARKS)?.[0] ?? null).toBeNull();
    const strong = await body.locator('strong').allInnerTexts();
    for (const b of bold) expect(strong).toContain(b);
    for (const [id, heading] of headings) {
      const el = v.page.locator(`.plan-body #${id}`);
      expect(await el.evaluate((e) => e.tagName)).toMatch(/^H[3-6]$/);
      expect((await el.innerText()).trim()).toBe(heading);
    }
    expect(v.consoleErrors).toEqual([]);
    await v.page.close();
  });

  it('has a table of contents whose every entry leads to a heading of the text', async () => {
    const v = await visit(session.context, `/${plan}/`);
    const targets = await v.page
      .locator('nav.body-toc a')
      .evaluateAll((as) => as.map((a) => document.getElementById(a.getAttribute('href')!.slice(1))?.tagName ?? null));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((t) => !/^H[3-6]$/.test(t ?? ''))).toEqual([]);
    await v.page.close();
  });

  it('fits a 390 px screen', async () => {
    const v = await visit(session.phone, `/${plan}/`);
    const [scroll, client] = await v.page
      .locator('.plan-body')
      .evaluate((e) => [e.scrollWidth, e.clientWidth] as const);
    expect(scroll).toBeLessThanOrEqual(client);
    await v.page.close();
  });
});

describe('cross-links of the text', () => {
  it('unit names link to unit pages that exist (vinh-linh line 34: "Giao phòng Nội vụ chủ trì")', async () => {
    const v = await visit(session.context, '/vinh-linh-2021-2025/');
    const hrefs = await v.page
      .locator('.plan-body a.unit-ref')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/don-vi/vinh-linh-phong-noi-vu/');
    const units = new Set(data<{ url: string }[]>('units.json').map((u) => u.url));
    expect(hrefs.filter((h) => !units.has(h!))).toEqual([]);
    await v.page.close();
  });

  it('a legal citation has its number and date marked up (vinh-linh line 21)', async () => {
    const v = await visit(session.context, '/vinh-linh-2021-2025/');
    const cite = v.page.locator('.plan-body cite.legal-ref[data-number="76/NQ-CP"]').first();
    expect(await cite.innerText()).toBe('Nghị quyết số 76/NQ-CP ngày 15/7/2021');
    expect(await cite.locator('data').getAttribute('value')).toBe('76/NQ-CP');
    expect(await cite.locator('time').getAttribute('datetime')).toBe('2021-07-15');
    await v.page.close();
  });

  it('a unit duty links back to the heading it came from, which the plan page has', async () => {
    const v = await visit(session.context, '/don-vi/vinh-linh-phong-noi-vu/');
    const link = v.page.locator('a.duty-heading').first();
    expect(await link.innerText()).toBe('2. Phòng Nội vụ:');
    await link.click();
    await v.page.waitForURL(/#muc-vi-2$/);
    const target = v.page.locator('#muc-vi-2');
    expect(await target.evaluate((e) => e.tagName)).toBe('H4');
    expect(await target.isVisible()).toBe(true);
    await v.page.close();
  });
});

describe('citation of a prose task', () => {
  it('points to the heading of the text it was read under (vinh-linh line 94, under "b) Nhiệm vụ:" of "1. Cải cách thể chế")', async () => {
    const v = await visit(session.context, '/vinh-linh-2021-2025/1-1/');
    const link = v.page.locator('.citation a[href$="#muc-ii-1-b"]');
    expect(await link.innerText()).toBe('b) Nhiệm vụ:');
    await link.click();
    await v.page.waitForURL(/#muc-ii-1-b$/);
    expect(await v.page.locator('#muc-ii-1-b').evaluate((e) => e.tagName)).toBe('H5');
    await v.page.close();
  });
});
