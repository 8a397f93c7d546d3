import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { useBrowser, visit } from './browser';
import { pageTypes } from './site';

const session = useBrowser({
  context: {},
  noJs: { javaScriptEnabled: false },
  phone: { viewport: { width: 390, height: 844 } },
});

describe.each(pageTypes())('trang %s (%s)', (type, path) => {
  it('tải được: lang="vi", một h1, không lỗi console, không gọi ra ngoài', async () => {
    const v = await visit(session.context, path);
    expect(v.status).toBe(type === '404' ? 404 : 200);
    expect(await v.page.getAttribute('html', 'lang')).toBe('vi');
    expect(await v.page.locator('h1').count()).toBe(1);
    expect(await v.page.locator('main#noi-dung').count()).toBe(1);
    expect(await v.page.locator('a.skip-link').textContent()).toBe('Bỏ qua đến nội dung chính');
    // A static host answers the 404 page itself with status 404; Chromium logs that.
    const errors = v.consoleErrors.filter((e) => !(type === '404' && /404/.test(e)));
    expect(errors).toEqual([]);
    expect(v.external).toEqual([]);
    await v.page.close();
  });

  it('axe: không có lỗi nghiêm trọng về trợ năng', async () => {
    const v = await visit(session.context, path);
    expect(await seriousViolations(v.page)).toEqual([]);
    await v.page.close();
  });

  // At phone width tables stack into cards, the navigation scrolls in its own row, columns fold:
  // the same page is audited again as a phone shows it.
  it('axe ở 390 px: không có lỗi nghiêm trọng về trợ năng', async () => {
    const v = await visit(session.phone, path);
    expect(await seriousViolations(v.page)).toEqual([]);
    await v.page.close();
  });

  it('không cần JavaScript: nội dung có đủ', async () => {
    const v = await visit(session.noJs, path);
    const h1 = (await v.page.locator('h1').textContent())?.trim() ?? '';
    expect(h1.length).toBeGreaterThan(3);
    const main = (await v.page.locator('main').innerText()).trim();
    expect(main.length).toBeGreaterThan(100);
    expect(await v.page.locator('header form[role="search"] input[name="q"]').count()).toBe(1);
    await v.page.close();
  });
});
