/**
 * Units through the 2025 reorganisation, in Chromium: a unit that no longer
 * exists says so at the top, a successor lists its predecessors and their
 * tasks, a task shows its units as printed with "nay là …", the index shows
 * units as of today or as signed, the quality page gives every unit's status.
 * Facts: qt-2021-2025.txt line 49 (task II.6, Chủ trì "Sở Thông tin và
 * Truyền thông"), lines 130–133 (VII.7, "... Kế hoạch và Đầu tư");
 * vinh-linh-2021-2025.txt line 94 (1.1, Phòng Tư pháp); the merger of the
 * sở on 01/3/2025 under Nghị định 45/2025/NĐ-CP (REORG-2025.md, confirmed).
 */
import { describe, expect, it } from 'vitest';
import { siteUrl, useBrowser, visit } from './browser';
import { seriousViolations } from './axe';

const session = useBrowser({
  noJs: { javaScriptEnabled: false },
  phone: { javaScriptEnabled: false, viewport: { width: 390, height: 844 } },
  js: {},
});

const pathOf = (href: string | null) =>
  new URL(href ?? '', siteUrl('/')).pathname.replace(/^.*?\/don-vi\//, '/don-vi/');

describe('trang đơn vị không còn', () => {
  it('nói ngay đầu trang: hợp nhất khi nào, căn cứ nào, vào đơn vị nào (có liên kết)', async () => {
    const { page } = await visit(session.noJs, '/don-vi/so-ke-hoach-va-dau-tu/');
    const fate = page.locator('main .fate');
    const text = await fate.innerText();
    expect(text).toContain('Đơn vị này không còn.');
    expect(text).toContain('Từ 01/03/2025 hợp nhất vào Sở Tài chính (từ 01/03/2025)');
    expect(text).toContain('Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ');
    // The HĐND resolution's number is not confirmed: said so, not invented.
    expect(text).toContain('Nghị quyết (số chưa xác định) ngày 20/02/2025 của HĐND tỉnh Quảng Trị');
    expect(pathOf(await fate.locator('a').first().getAttribute('href'))).toBe('/don-vi/so-tai-chinh-2025/');
    // At the top: right after the heading, before the facts and the task lists.
    expect(await page.locator('main h1 + .fate').count()).toBe(1);
    // Its tasks stay, as printed.
    expect(await page.locator('main a[href$="/qt-2021-2025/vii-7/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('ở 390 px: thông báo nằm trong màn hình đầu, không cuộn ngang', async () => {
    const { page } = await visit(session.phone, '/don-vi/vinh-linh-phong-tu-phap/');
    const box = await page.locator('main .fate').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeLessThan(844);
    expect(await page.locator('main .fate').innerText()).toContain(
      'Từ 01/07/2025 chấm dứt hoạt động (căn cứ: Nghị quyết số 203/2025/QH15',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('đơn vị chưa xác minh được thay đổi ghi «chưa xác định»', async () => {
    const { page } = await visit(session.noJs, '/don-vi/buu-dien-tinh/');
    expect(await page.locator('main .fate').innerText()).toContain('Sau sắp xếp năm 2025: chưa xác định.');
    await page.close();
  });
});

describe('trang đơn vị kế tục', () => {
  it('liệt kê đơn vị tiền thân và nhiệm vụ của họ, ghi rõ giao cho đơn vị tiền thân', async () => {
    const { page } = await visit(session.noJs, '/don-vi/so-tai-chinh-2025/');
    expect(await page.locator('main h1').innerText()).toBe('Sở Tài chính (từ 01/03/2025)');
    const list = page.locator('section[aria-labelledby="tien-than"] > ul > li');
    const items = await list.allInnerTexts();
    expect(items.map((t) => t.split(':')[0])).toEqual(['Sở Tài chính', 'Sở Kế hoạch và Đầu tư']);
    expect(items[1]).toContain('từ 01/03/2025 hợp nhất vào đơn vị này');
    const heading = page.locator('h3', { hasText: 'Giao cho Sở Kế hoạch và Đầu tư (đơn vị tiền thân)' });
    expect(await heading.count()).toBe(1);
    expect(
      await page
        .locator('h3:has-text("Sở Kế hoạch và Đầu tư") + .table-scroll a[href$="/qt-2021-2025/vii-7/"]')
        .count(),
    ).toBeGreaterThan(0);
    await page.close();
  });

  it('xã mới: địa bàn từ các xã, thị trấn cũ theo Nghị quyết 1680/NQ-UBTVQH15 Điều 1 khoản 36', async () => {
    const { page } = await visit(session.noJs, '/don-vi/ubnd-xa-vinh-linh/');
    const text = await page.locator('section[aria-labelledby="tien-than"]').innerText();
    expect(text).toContain('UBND huyện Vĩnh Linh');
    expect(text).toContain('Thị trấn Hồ Xá, xã Vĩnh Long, xã Vĩnh Chấp');
    expect(text).toContain('Điều 1 khoản 36–40, Nghị quyết số 1680/NQ-UBTVQH15 ngày 16/06/2025');
    await page.close();
  });
});

describe('trang nhiệm vụ', () => {
  it('giữ tên đơn vị như văn bản ghi, bên cạnh «nay là …» có liên kết', async () => {
    const { page } = await visit(session.noJs, '/qt-2021-2025/ii-6/');
    const lead = page.locator('dt:text-is("Chủ trì") + dd');
    const text = await lead.innerText();
    expect(text).toContain('Sở Thông tin và Truyền thông (nay là Sở Khoa học và Công nghệ (từ 01/03/2025))');
    // The cell prints exactly this name (qt-2021-2025.txt lines 49 and 52, cut by a page break), so the page says it once:
    // no "Văn bản ghi: «…»" repeating it (issue 16, "say each thing once").
    expect(text).not.toContain('Văn bản ghi');
    expect(pathOf(await lead.locator('.now a').getAttribute('href'))).toBe('/don-vi/so-khoa-hoc-va-cong-nghe-2025/');
    await page.close();
  });

  it('đơn vị cấp huyện đã chấm dứt mà chưa rõ nơi tiếp nhận: nói đúng như vậy', async () => {
    const { page } = await visit(session.noJs, '/vinh-linh-2021-2025/1-1/');
    const text = await page.locator('dt:text-is("Chủ trì") + dd').innerText();
    expect(text).toContain('Phòng Tư pháp (không còn từ 01/07/2025; đơn vị tiếp nhận chưa xác định)');
    await page.close();
  });
});

describe('danh sách đơn vị', () => {
  it('mặc định theo hiện nay: đơn vị mới có mặt, đơn vị không còn vẫn tìm được và dẫn đến đơn vị nay', async () => {
    const { page } = await visit(session.js, '/don-vi/');
    const province = await page.locator('section[aria-labelledby="cap-tinh-quang-tri"] li > a').allInnerTexts();
    expect(province).toContain('Sở Tài chính (từ 01/03/2025)');
    expect(province).not.toContain('Sở Kế hoạch và Đầu tư');
    const gone = page.locator('section[aria-labelledby="khong-con"] li', { hasText: 'Sở Kế hoạch và Đầu tư' });
    expect(await gone.innerText()).toContain('không còn từ 01/03/2025, nay là Sở Tài chính (từ 01/03/2025)');
    expect(pathOf(await gone.locator('.fate-note a').getAttribute('href'))).toBe('/don-vi/so-tai-chinh-2025/');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('«theo văn bản»: các đơn vị như khi ký, không có đơn vị hình thành sau', async () => {
    const { page } = await visit(session.js, '/don-vi/theo-van-ban/');
    const province = await page.locator('section[aria-labelledby="cap-tinh-quang-tri"] li > a').allInnerTexts();
    expect(province).toContain('Sở Kế hoạch và Đầu tư');
    expect(province).toContain('Sở Tài chính');
    expect(province).not.toContain('Sở Tài chính (từ 01/03/2025)');
    expect(await page.locator('#khong-con').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('trang chất lượng dữ liệu', () => {
  it('mỗi đơn vị trong các kế hoạch có tình trạng sau năm 2025', async () => {
    const { page } = await visit(session.noJs, '/chat-luong/');
    const rows = page.locator('section[aria-labelledby="sau-2025"] tbody tr');
    expect(await rows.count()).toBe(73);
    const statuses = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.status));
    for (const s of statuses) expect(['changed', 'unchanged', 'unknown']).toContain(s);
    const row = page.locator('tr[data-unit="so-ke-hoach-va-dau-tu"]');
    expect(await row.innerText()).toContain('Đã thay đổi (có căn cứ)');
    expect(await page.locator('tr[data-unit="buu-dien-tinh"]').innerText()).toContain('Chưa xác định');
    await page.close();
  });
});

describe('lịch và tìm kiếm theo đơn vị hiện nay', () => {
  it('lịch của Sở Khoa học và Công nghệ mới có hạn của Sở Thông tin và Truyền thông, ghi rõ', async () => {
    const response = await fetch(siteUrl('/lich/don-vi/so-khoa-hoc-va-cong-nghe-2025.ics'));
    const body = (await response.text()).replace(/\r\n[ \t]/g, '');
    expect(body).toContain('SUMMARY:Hạn (đơn vị tiền thân Sở Thông tin và Truyền thông): II.6. Ban hành');
  });

  it('«sở khoa học và công nghệ» tìm ra nhiệm vụ của Sở Thông tin và Truyền thông, sau nhiệm vụ của chính sở', async () => {
    const page = await session.js.newPage();
    await page.goto(siteUrl('/tim-kiem/?q=s%E1%BB%9F+khoa+h%E1%BB%8Dc+v%C3%A0+c%C3%B4ng+ngh%E1%BB%87'));
    await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 20_000 });
    while (await page.locator('[data-search-more]').isVisible()) {
      const n = await page.locator('[data-search-results] li').count();
      await page.click('[data-search-more]');
      await page.waitForFunction((k) => document.querySelectorAll('[data-search-results] li').length > k, n);
    }
    const paths = (
      await page.$$eval('[data-search-results] li', (lis) => lis.map((li) => (li as HTMLElement).dataset.url ?? ''))
    ).map((u) => new URL(u, siteUrl('/')).pathname);
    const at = (suffix: string) => paths.findIndex((p) => p.endsWith(suffix));
    // VII.6 and VII.7 name Sở Khoa học và Công nghệ itself; II.6 only Sở Thông tin và Truyền thông.
    expect(at('/qt-2021-2025/ii-6/')).toBeGreaterThan(-1);
    expect(at('/qt-2021-2025/vii-6/')).toBeGreaterThan(-1);
    expect(at('/qt-2021-2025/vii-6/')).toBeLessThan(at('/qt-2021-2025/ii-6/'));
    expect(at('/qt-2021-2025/vii-7/')).toBeLessThan(at('/qt-2021-2025/ii-6/'));
    await page.close();
  });
});

describe('trợ năng', () => {
  it.each(['/don-vi/so-ke-hoach-va-dau-tu/', '/don-vi/so-tai-chinh-2025/', '/qt-2021-2025/ii-6/', '/chat-luong/'])(
    '%s: axe không thấy lỗi nghiêm trọng',
    async (path) => {
      const { page } = await visit(session.js, path);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
