/**
 * Plan pages open with what the plan is (issue 16): the importer's warnings
 * are one linked line to /chat-luong/, a source cut short is said on the plan
 * and on each of its task pages, and a plan with no dated task offers no
 * empty timeline and no calendar without events.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser, visit } from './browser';

const session = useBrowser({ noJs: { javaScriptEnabled: false } });

describe('trang kế hoạch', () => {
  it('cảnh báo khi đọc văn bản là một dòng dẫn đến trang chất lượng dữ liệu, không phải một hộp ở đầu trang', async () => {
    const { page } = await visit(session.noJs, '/snv-2026/');
    const note = page.locator('.quality-note a');
    expect(await note.innerText()).toMatch(/^\d+ ghi chú về chất lượng dữ liệu$/);
    const href = (await note.getAttribute('href'))!;
    expect(href).toMatch(/\/chat-luong\/#cl-snv-2026$/);
    // No list of raw fragments on the plan page itself.
    expect(await page.locator('main .tag').count()).toBe(0);
    await page.goto(new URL(href, page.url()).href);
    expect(await page.locator('#cl-snv-2026').count()).toBe(1);
    await page.close();
  });

  // snv-2026.txt ends at line 254 with row 6 of section 5, while its prose names 7 areas: the draft is cut short.
  it('văn bản nguồn bị cắt cụt (Sở Nội vụ 2026): nói rõ ở trang kế hoạch và ở từng trang nhiệm vụ', async () => {
    for (const path of ['/snv-2026/', '/snv-2026/1-1/', '/snv-2026/2-1/']) {
      const { page } = await visit(session.noJs, path);
      expect(await page.locator('.truncated-source').innerText(), path).toMatch(/^Văn bản nguồn có thể bị cắt cụt\./);
      await page.close();
    }
    for (const path of ['/vp-ubnd-2024/', '/vp-ubnd-2024/13/']) {
      const { page } = await visit(session.noJs, path);
      expect(await page.locator('.truncated-source').count(), path).toBe(0);
      await page.close();
    }
  });

  it('kế hoạch không nhiệm vụ nào có ngày (Vĩnh Linh 2021–2025): không biểu đồ rỗng, không lịch 0 sự kiện, nói lý do', async () => {
    for (const path of ['/vinh-linh-2021-2025/', '/tien-do/vinh-linh-2021-2025/']) {
      const { page } = await visit(session.noJs, path);
      expect(await page.locator('svg.gantt').count(), path).toBe(0);
      expect(await page.locator('a[href$=".ics"]').count(), path).toBe(0);
      expect(await page.locator('main').innerText(), path).toContain('Không nhiệm vụ nào của kế hoạch này ghi ngày');
      await page.close();
    }
    // A plan with dated tasks keeps both.
    const { page } = await visit(session.noJs, '/vp-ubnd-2024/');
    expect(await page.locator('svg.gantt').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href$="/lich/vp-ubnd-2024.ics"]').count()).toBe(1);
    await page.close();
  });
});
