/**
 * The source viewer shows each document as published: every line has its
 * own anchor and markup in the text stays text.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useBrowser, visit } from './browser';

const session = useBrowser({ noJs: { javaScriptEnabled: false } });

describe('văn bản gốc', () => {
  it('mỗi dòng một địa chỉ, đủ số dòng của tệp nguồn', async () => {
    const { page } = await visit(session.noJs, '/qt-2021-2025/van-ban/');
    const lines = readFileSync('content/sources/qt-2021-2025.txt', 'utf8').replace(/\r\n?/g, '\n').split('\n').length;
    expect(await page.locator('.source-view .line').count()).toBe(lines);
    expect(await page.locator(`#L${lines}`).count()).toBe(1);
    await page.close();
  });

  it('đánh dấu của văn bản hiện như văn bản trình bày (đậm, đề mục); ô "nguyên văn" hiện ký hiệu như chữ', async () => {
    // qt-2021-2025.txt:10 "<b>I</b>\t<b>Cải cách thể chế</b>": a section row in bold markup.
    const { page } = await visit(session.noJs, '/qt-2021-2025/van-ban/#L10');
    expect(await page.locator('#L10 .lt').innerText()).toMatch(/^I\s+Cải cách thể chế/);
    expect(await page.locator('#L10 strong').allInnerTexts()).toEqual(['I', 'Cải cách thể chế']);
    // The source's markup never becomes markup: no <b> element, and the tags come back as text.
    expect(await page.locator('.source-view b').count()).toBe(0);
    await page.locator('#nguyen-van').check();
    expect(await page.locator('#L10 .lt').innerText()).toMatch(/^<b>I<\/b>\s+<b>Cải cách thể chế<\/b>/);
    await page.close();
  });

  it('đề mục và chữ đậm nhiều dòng (vinh-linh-2021-2025.txt:3–4, 51); phông chữ giao diện cho dấu tiếng Việt', async () => {
    const { page } = await visit(session.noJs, '/vinh-linh-2021-2025/van-ban/');
    // :3–4 "**ỦY BAN NHÂN DÂN  " / "HUYỆN VĨNH LINH**"; :51 "## KẾ HOẠCH".
    expect((await page.locator('#L3 strong').innerText()).trim()).toBe('ỦY BAN NHÂN DÂN');
    expect((await page.locator('#L4 strong').innerText()).trim()).toBe('HUYỆN VĨNH LINH');
    expect(await page.locator('#L51 .lt').innerText()).toBe('KẾ HOẠCH');
    expect(await page.locator('#L51 .lt-h2').count()).toBe(1);
    const font = await page.locator('.source-view').evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font.split(',')[0]?.trim()).toBe('system-ui');
    expect(font).not.toMatch(/DejaVu Sans Mono/);
    await page.close();
  });
});
