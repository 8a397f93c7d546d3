import { describe, expect, it } from 'vitest';
import { siteUrl, useBrowser, visit } from './browser';
import { TASK_13, unitUrl } from './site';

const session = useBrowser({
  noJs: { javaScriptEnabled: false },
  js: { permissions: ['clipboard-read', 'clipboard-write'] },
});

describe('trang nhiệm vụ (địa chỉ cố định)', () => {
  it('nêu đơn vị chủ trì (có liên kết) và thời gian như văn bản ghi', async () => {
    const { page } = await visit(session.noJs, TASK_13.path);
    const main = await page.locator('main').innerText();
    expect(main).toContain(TASK_13.time);
    const lead = page.locator('dt:text-is("Chủ trì") + dd a').first();
    expect((await lead.textContent())?.trim()).toBe(TASK_13.lead);
    expect(new URL((await lead.getAttribute('href'))!, siteUrl('/')).href).toBe(siteUrl(unitUrl(TASK_13.lead)));
    await page.close();
  });

  it('khối Trích dẫn: câu trích dẫn, địa chỉ tuyệt đối, mã QR dạng SVG', async () => {
    const { page } = await visit(session.noJs, TASK_13.path);
    const citation = await page.locator('#citation-text').innerText();
    expect(citation).toMatch(/^Nhiệm vụ số 13, Phụ lục .*Văn phòng UBND tỉnh Quảng Trị/);
    // The source leaves the number and date blank ("Kế hoạch số: /KH-VP ngày /01/2024"): none invented.
    expect(citation).not.toMatch(/ số \d+\/KH| ngày \d/);
    expect(citation).toContain('/vp-ubnd-2024/13/');
    expect(citation).toMatch(/https?:\/\//);
    expect(await page.locator('.qr svg path').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('một cú nhấp chọn cả câu trích dẫn; trang nhiệm vụ không có JavaScript nào ngoài ô tìm kiếm', async () => {
    const { page } = await visit(session.js, TASK_13.path);
    const scripts = await page.$$eval('script', (els) => els.map((e) => e.getAttribute('src') ?? 'inline'));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/\/_astro\/SearchBox\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/);
    await page.locator('#citation-text').click();
    const selected = await page.evaluate(() => window.getSelection()?.toString().trim());
    expect(selected).toBe((await page.locator('#citation-text').innerText()).trim());
    expect(selected).toMatch(/^Nhiệm vụ số 13, .*\/vp-ubnd-2024\/13\/$/);
    await page.close();
  });

  it('liên kết đến dòng nguồn mở đúng dòng, không cần JavaScript', async () => {
    const { page } = await visit(session.noJs, TASK_13.path);
    const href = await page.locator('a[href*="/van-ban/#L"]').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`#L${TASK_13.firstLine}(-L\\d+)?$`));
    await page.goto(new URL(href!, page.url()).href);
    const line = page.locator(`#L${TASK_13.firstLine}`);
    await expect.poll(() => line.isVisible()).toBe(true);
    expect(await line.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(300);
    expect(await line.innerText()).toMatch(/^226\s+13\tTriển khai thực hiện Đề án thí/);
    await page.close();
  });

  it('đoạn dòng được tô sáng khi có JavaScript', async () => {
    const { page } = await visit(session.js, '/vp-ubnd-2024/van-ban/#L226-L229');
    expect(await page.locator('.line.hl').count()).toBe(4);
    await page.close();
  });

  it('bản in A4: có địa chỉ và mã QR, không có điều hướng', async () => {
    const { page } = await visit(session.noJs, TASK_13.path);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.breadcrumbs').isVisible()).toBe(false);
    expect(await page.locator('.qr svg').isVisible()).toBe(true);
    expect(await page.locator('.print-url').innerText()).toMatch(/\/vp-ubnd-2024\/13\/$/);
    await page.close();
  });
});
