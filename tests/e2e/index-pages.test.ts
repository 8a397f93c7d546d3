/**
 * Index pages: the unit list in Vietnamese alphabetical order, grouped by
 * jurisdiction with collective groups apart; the home page lists every plan.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser, visit } from './browser';
import { data } from './site';

const session = useBrowser({ noJs: { javaScriptEnabled: false } });

describe('danh sách đơn vị', () => {
  it('xếp theo thứ tự chữ cái tiếng Việt trong từng cấp', async () => {
    const { page } = await visit(session.noJs, '/don-vi/');
    const sections = page.locator('main section[aria-labelledby^="cap-"]');
    expect(await sections.count()).toBeGreaterThan(1);
    const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
    for (const section of await sections.all()) {
      const names = (await section.locator('li > a').allTextContents()).map((n) => n.trim());
      expect(names).toEqual([...names].sort(collator.compare));
    }
    await page.close();
  });

  it('để các nhóm đơn vị riêng', async () => {
    const { page } = await visit(session.noJs, '/don-vi/');
    // qt-2021-2025.txt:12 "Các sở, ban, ngành cấp tỉnh" (a collective group, not one office).
    const groups = await page.locator('section[aria-labelledby="nhom-don-vi"] li > a').allTextContents();
    expect(groups).toContain('Các sở, ban, ngành cấp tỉnh');
    const offices = await page.locator('section[aria-labelledby^="cap-"] li > a').allTextContents();
    expect(offices).not.toContain('Các sở, ban, ngành cấp tỉnh');
    await page.close();
  });
});

describe('trang chủ', () => {
  it('liệt kê mọi kế hoạch với cơ quan ban hành', async () => {
    const { page } = await visit(session.noJs, '/');
    const plans = data<{ id: string; issuer: string }[]>('plans.json');
    expect(plans.length).toBeGreaterThanOrEqual(5);
    const text = await page.locator('main').innerText();
    for (const p of plans) {
      expect(await page.locator(`main a[href$="/${p.id}/"]`).count()).toBeGreaterThan(0);
      expect(text).toContain(p.issuer);
    }
    await page.close();
  });
});
