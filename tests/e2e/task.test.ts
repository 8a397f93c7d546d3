import { describe, expect, it } from 'vitest';
import { siteUrl, useBrowser, visit } from './browser';
import { TASK_13, pageTypes, unitUrl } from './site';
import { pdfPlaces } from './pdf';

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
    // vp-ubnd-2024.txt:217 "III CẢI CÁCH THỦ TỤC HÀNH CHÍNH", row 13 at :226 under it; :195–196 the appendix.
    expect(citation).toMatch(
      /^Nhiệm vụ số 13, mục III "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", Phụ lục Nhiệm vụ, giải pháp trọng tâm .* kèm theo Kế hoạch .*Văn phòng UBND tỉnh Quảng Trị/,
    );
    // The source leaves the number and date blank ("Kế hoạch số: /KH-VP ngày /01/2024"): none invented, the blank said.
    expect(citation).not.toMatch(/ số \d+\/KH| ngày \d/);
    expect(citation).toContain('(số, ngày chưa ghi trong văn bản)');
    // Not the line of a text file: line anchors stay in the source viewer.
    expect(citation).not.toMatch(/dòng \d/);
    expect(citation).toContain('/vp-ubnd-2024/13/');
    expect(citation).toMatch(/https?:\/\//);
    expect(await page.getAttribute('img.qr', 'src')).toMatch(/^data:image\/svg\+xml,/);
    expect(await page.getAttribute('img.qr', 'alt')).toBe(
      'Mã QR dẫn đến ' + (citation.match(/https?:\S+$/) ?? [''])[0],
    );
    await page.close();
  });

  it('một cú nhấp chọn cả câu trích dẫn; nút sao chép chép đúng câu; chỉ có các tập lệnh của trang', async () => {
    const { page } = await visit(session.js, TASK_13.path);
    const scripts = await page.$$eval('script', (els) => els.map((e) => e.getAttribute('src') ?? 'inline'));
    // The search box, the deadline status and the copy button: module files of the site, no inline script.
    expect(scripts.length).toBeGreaterThanOrEqual(1);
    for (const src of scripts) expect(src).toMatch(/^\/_astro\/[\w.-]+\.js$/);
    await page.locator('#citation-text').click();
    const selected = await page.evaluate(() => window.getSelection()?.toString().trim());
    expect(selected?.replace(/\s+/g, ' ')).toBe(
      (await page.locator('#citation-text').innerText()).replace(/\s+/g, ' ').trim(),
    );
    expect(selected).toMatch(/^Nhiệm vụ số 13, .*\/vp-ubnd-2024\/13\/$/);
    await page.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Nhiệm vụ số 13, mục III .* Địa chỉ: https?:\/\/\S+\/vp-ubnd-2024\/13\/$/);
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

  it('bản in A4: có địa chỉ và mã QR, không có điều hướng; địa chỉ không bị ngắt giữa một đoạn', async () => {
    const { page } = await visit(session.noJs, TASK_13.path);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.breadcrumbs').isVisible()).toBe(false);
    expect(await page.locator('img.qr').isVisible()).toBe(true);
    expect(await page.locator('.citation-url').innerText()).toMatch(/\/vp-ubnd-2024\/13\/$/);
    // Narrower than the address: it must wrap, and only after a "/".
    await page.setViewportSize({ width: 200, height: 800 });
    const segments = await page.locator('.citation-url').evaluate((el) =>
      [...el.querySelectorAll('span')]
        .filter((n) => n.textContent)
        .map((n) => {
          const range = document.createRange();
          range.selectNodeContents(n);
          return {
            text: n.textContent,
            lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
          };
        }),
    );
    expect(segments.map((s) => s.text).join('')).toMatch(/^https?:\/\/.*\/vp-ubnd-2024\/13\/$/);
    for (const s of segments) expect(s, `"${s.text}" bị ngắt dòng`).toMatchObject({ lines: 1 });
    await page.close();
  });

  it('in ra PDF (Chromium, A4): trích dẫn và mã QR ở trang 1', async () => {
    const { page } = await visit(session.noJs, TASK_13.path);
    const pdf = await page.pdf({ preferCSSPageSize: true, outline: true, tagged: true });
    const places = pdfPlaces(pdf);
    expect(places.headings.get('Trích dẫn')).toBe(1);
    const qr = [...places.figures].find(
      ([alt]) => alt.startsWith('Mã QR dẫn đến ') && alt.endsWith('/vp-ubnd-2024/13/'),
    );
    expect(qr?.[1]).toBe(1);
    // The answer comes before the citation on paper too: the task's heading is on page 1.
    expect([...places.headings].find(([title]) => title.startsWith('Giao Doanh nghiệp'))?.[1]).toBe(1);
    await page.close();
  });

  it('in ra PDF (Chromium, A4): nhiệm vụ ngắn vừa một trang; gợi ý nhiệm vụ liên quan không in', async () => {
    // vp-ubnd-2024.txt:212: row 5, one activity, one output, lead "Phòng HCTC": short enough for one sheet.
    const short = await visit(session.noJs, '/vp-ubnd-2024/5/');
    const one = pdfPlaces(await short.page.pdf({ preferCSSPageSize: true, outline: true, tagged: true }));
    expect(one.pages).toBe(1);
    expect(one.headings.get('Trích dẫn')).toBe(1);
    expect(one.headings.get('Nguồn')).toBe(1);
    await short.page.close();
    // The related tasks are matched by machine (RelatedTasks), not part of the record: on screen only.
    const { page } = await visit(session.noJs, TASK_13.path);
    expect(await page.locator('#lien-quan').isVisible()).toBe(true);
    const places = pdfPlaces(await page.pdf({ preferCSSPageSize: true, outline: true, tagged: true }));
    expect(places.headings.has('Nhiệm vụ liên quan ở kế hoạch khác')).toBe(false);
    expect(places.headings.get('Hoạt động và kết quả')).toBe(1);
    await page.close();
  });

  it('nói mỗi điều một lần: đơn vị suy ra từ phần Tổ chức thực hiện được giải thích một lần, ở ghi chú cần đối chiếu', async () => {
    // vinh-linh-2021-2025.txt:166, task 2.5: the bullet names no unit; the lead is read from "Tổ chức thực hiện".
    const { page } = await visit(session.noJs, '/vinh-linh-2021-2025/2-5/');
    const main = await page.locator('main').innerText();
    // Before: "(theo phần Tổ chức thực hiện của kế hoạch, nhiệm vụ không ghi)" beside the unit, and the note below.
    expect(main.match(/phần Tổ chức thực hiện/g)).toHaveLength(1);
    expect(await page.locator('#nghi-ngo').count()).toBe(1);
    expect(await page.locator('dt:text-is("Chủ trì") + dd a[href="#nghi-ngo"]').innerText()).toBe('xem ghi chú');
    await page.close();
  });

  it('màn hình đầu ở 390 × 844: nhiệm vụ, chủ trì, phối hợp, thời hạn (đã qua hay chưa), kế hoạch, lĩnh vực', async () => {
    const context = await session.browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    });
    const { page } = await visit(context, TASK_13.path);
    // Where the element's text ends: a <dt> is stretched to its row, so its box says less.
    const bottom = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return range.getBoundingClientRect().bottom;
        });
    for (const selector of [
      'h1',
      'dt:text-is("Chủ trì") + dd',
      'dt:text-is("Phối hợp") + dd',
      'dt:text-is("Thời hạn") + dd',
      'dt:text-is("Kế hoạch")',
      '.eyebrow',
    ])
      expect(await bottom(selector), selector).toBeLessThanOrEqual(844);
    expect(await page.locator('dt:text-is("Chủ trì") + dd').innerText()).toContain(TASK_13.lead);
    // vp-ubnd-2024.txt:226–229: Phối hợp "Các sở, ban, ngành thực hiện thí điểm", Thời gian "Từ Quý I đến Quý III" (of 2024).
    expect(await page.locator('dt:text-is("Phối hợp") + dd').innerText()).toContain(
      'Các sở, ban, ngành thực hiện thí điểm',
    );
    const time = await page.locator('dt:text-is("Thời hạn") + dd').innerText();
    expect(time).toContain(`«${TASK_13.time}»`);
    expect(time).toContain('30/09/2024');
    expect(await page.locator('.eyebrow').innerText()).toContain('CẢI CÁCH THỦ TỤC HÀNH CHÍNH');
    await context.close();
  });

  it('khối Trích dẫn ở 390 px: một cột (câu trích dẫn, nút sao chép, mã QR ở dưới), không rộng hơn màn hình', async () => {
    // Before issue 16 it was a two-column grid ~980 px tall at 390 px.
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page } = await visit(context, TASK_13.path);
    const box = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON());
    const [block, text, button, qr] = await Promise.all(
      ['.citation', '#citation-text', '.copy-citation', 'img.qr'].map(box),
    );
    expect(block.right).toBeLessThanOrEqual(390);
    expect(button.top).toBeGreaterThanOrEqual(text.bottom);
    expect(qr.top).toBeGreaterThanOrEqual(button.bottom);
    expect(Math.abs(qr.left - text.left)).toBeLessThan(1);
    expect(block.height).toBeLessThan(760);
    await context.close();
  });

  it('thời hạn: viết theo ngày cập nhật khi không có JavaScript, theo hôm nay của người đọc khi có', async () => {
    const noJs = await visit(session.noJs, TASK_13.path);
    const built = await noJs.page.locator('.deadline-status').innerText();
    const updated = (await noJs.page.locator('.site-footer .updated').innerText()).replace('Cập nhật ngày ', '');
    expect(updated).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(built).toMatch(new RegExp(`(Đã qua hạn|đến hạn) .*30/09/2024.* — tính đến ngày cập nhật ${updated}$`));
    await noJs.page.close();

    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2024-09-20T10:00:00'));
    await page.goto(siteUrl(TASK_13.path));
    await expect
      .poll(() => page.locator('.deadline-status').innerText())
      .toBe('Còn 10 ngày đến hạn 30/09/2024 — tính đến hôm nay, 20/09/2024');
    await page.clock.setFixedTime(new Date('2024-10-02T10:00:00'));
    await page.reload();
    await expect
      .poll(() => page.locator('.deadline-status').innerText())
      .toBe('Đã qua hạn 30/09/2024 (2 ngày) — tính đến hôm nay, 02/10/2024');
    await context.close();
  });

  it('báo lỗi: thư gửi địa chỉ góp ý, tiêu đề nêu địa chỉ cố định của nhiệm vụ', async () => {
    const { page } = await visit(session.noJs, TASK_13.path);
    const href = (await page.locator('.report-error a').getAttribute('href'))!;
    const mail = new URL(href);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toMatch(/^[^@\s]+@[^@\s]+$/);
    expect(mail.searchParams.get('subject')).toMatch(/^Báo lỗi: https?:\/\/\S+\/vp-ubnd-2024\/13\/$/);
    await page.close();
  });
});

describe('mọi trang: đơn vị đăng tải, liên hệ, giấy phép dữ liệu, ngày cập nhật', () => {
  it.each(pageTypes())('%s (%s)', async (_, path) => {
    const { page } = await visit(session.noJs, path);
    const footer = page.locator('.site-footer');
    expect(await footer.innerText()).toMatch(/Cập nhật ngày \d{2}\/\d{2}\/\d{4}/);
    expect(await footer.innerText()).toContain('Đơn vị đăng tải:');
    expect(await footer.locator('a[href^="mailto:"]').count()).toBe(1);
    expect(await footer.locator('a[rel="license"]').count()).toBe(1);
    await page.close();
  });
});
