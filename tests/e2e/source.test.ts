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

  it('thẻ HTML trong văn bản hiển thị như chữ', async () => {
    // qt-2021-2025.txt:10 "<b>I</b>\t<b>Cải cách thể chế</b>": a section row in bold markup.
    const { page } = await visit(session.noJs, '/qt-2021-2025/van-ban/#L10');
    expect(await page.locator('#L10 .lt').innerText()).toMatch(/^<b>I<\/b>\s+<b>Cải cách thể chế<\/b>/);
    expect(await page.locator('.source-view b').count()).toBe(0);
    await page.close();
  });
});
