/**
 * Index pages: the unit list in Vietnamese alphabetical order, grouped by
 * jurisdiction with collective groups apart; the home page lists every plan.
 * Long lists (unit, area, targets, a unit's timeline) split into pages
 * (src/lib/site/paging.ts): every task stays reachable through the pages of every
 * list it is on. The real site's lists all fit on one page; run the suite
 * with DIST_DIR on a synthetic site (docs/BENCHMARKS.md) to see them page.
 */
import { describe, expect, inject, it } from 'vitest';
import { siteUrl, useBrowser, visit } from './browser';
import { data } from './site';
import { ALL_TASKS_CHART_LIMIT } from '../../src/lib/site/paging';

const session = useBrowser({
  noJs: { javaScriptEnabled: false },
  phone: { javaScriptEnabled: false, viewport: { width: 390, height: 844 } },
});

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

describe('đơn vị và lĩnh vực không có nhiệm vụ', () => {
  it('/don-vi/: đơn vị không được giao nhiệm vụ nào chỉ nằm ở mục riêng «Chỉ có tên trong phần văn bản»', async () => {
    const tasks = data<TaskRecord[]>('tasks.json');
    const units = data<{ id: string; name: string; url: string; validFrom?: string }[]>('units.json');
    const named = new Set(tasks.flatMap((t) => [t, ...t.activities].flatMap((a) => [...a.lead, ...a.coordinate])));
    for (const path of ['/don-vi/', '/don-vi/theo-van-ban/']) {
      const { page } = await visit(session.noJs, path);
      const apart = page.locator('section[aria-labelledby="chi-trong-van-ban"]');
      const apartUrls = await apart
        .locator('li > a:first-child')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const listedUrls = await page
        .locator(
          'main section[aria-labelledby^="cap-"] li > a:first-child, section[aria-labelledby="nhom-don-vi"] li > a:first-child',
        )
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const byUrl = new Map(units.map((u) => [siteUrl(u.url).replace(/^https?:\/\/[^/]+/, ''), u]));
      expect(apartUrls.length, path).toBeGreaterThan(0);
      for (const url of apartUrls) expect(named.has(byUrl.get(url)!.id), url).toBe(false);
      // Listed with work: named by a task, or formed in 2025 and carrying its predecessors' tasks (counted).
      expect(listedUrls.length, path).toBeGreaterThan(20);
      for (const url of listedUrls) {
        const u = byUrl.get(url)!;
        expect(named.has(u.id) || !!u.validFrom, url).toBe(true);
      }
      // vinh-linh-2021-2025.txt:480-484 "## **8. Phòng Y tế**", then a) and b) of "Tổ chức thực hiện": the
      // only places the plan names it; no row of the task tables gives it a task.
      expect(await apart.innerText()).toContain('Phòng Y tế');
      expect(await apart.innerText()).toContain('2 trách nhiệm ở phần Tổ chức thực hiện');
      expect(await page.locator('main').innerText()).not.toContain('chủ trì 0, phối hợp 0');
      await page.close();
    }
  });

  it('/linh-vuc/ và trang chủ: lĩnh vực không có nhiệm vụ nào được liệt kê riêng, không như có việc', async () => {
    const tasks = data<TaskRecord[]>('tasks.json');
    const withTasks = new Set(tasks.map((t) => t.area));
    const { page } = await visit(session.noJs, '/linh-vuc/');
    const keyOf = (hrefs: string[]) => hrefs.map((h) => new URL(h).pathname.split('/').filter(Boolean).at(-1)!);
    const main = keyOf(
      await page.locator('main > ul > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)),
    );
    const apart = keyOf(
      await page
        .locator('section[aria-labelledby="chi-trong-van-ban"] li > a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)),
    );
    expect(main.length).toBeGreaterThan(3);
    for (const k of main) expect(withTasks.has(k), k).toBe(true);
    for (const k of apart) expect(withTasks.has(k), k).toBe(false);
    // snv-2026.txt:57 (complaints handled: 70%) sits under no reform area: "Nội dung khác" has a target, no task.
    expect(apart).toContain('khac');
    expect(await page.locator('main').innerText()).not.toMatch(/\(0 nhiệm vụ/);
    await page.close();
    const home = await visit(session.noJs, '/');
    expect(await home.page.locator('#theo-linh-vuc + ul').innerText()).not.toMatch(/\(0 nhiệm vụ\)/);
    await home.page.close();
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

interface TaskRecord {
  id: string;
  plan: string;
  area: string;
  url: string;
  lead: string[];
  coordinate: string[];
  activities: { lead: string[]; coordinate: string[] }[];
}
interface TargetRecord {
  plan: string;
  area: string;
  source: { lines: number[] };
  indicator?: string | null;
}

const base = () => new URL(inject('baseUrl')).pathname;
/** Site-relative path of a link on a built page (without the base path). */
const sitePath = (href: string) => {
  const path = new URL(href.replace(/&amp;/g, '&'), 'http://site/').pathname;
  return path.startsWith(base()) ? `/${path.slice(base().length)}` : path;
};

/**
 * The HTML of every page of the list at `path`, following rel="next" from
 * page 1, and checks of what each page says about its place in the list.
 */
async function listPages(path: string): Promise<string[]> {
  const pages: string[] = [];
  for (let url: string | undefined = siteUrl(path); url;) {
    const n = pages.length + 1;
    expect(n, `${path}: quá nhiều trang`).toBeLessThan(1000);
    const res: Response = await fetch(url);
    expect(res.status, url).toBe(200);
    const html: string = await res.text();
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
    expect(canonical && new URL(canonical).pathname.endsWith(n === 1 ? path : `${path}${n}/`), url).toBe(true);
    expect(sitePath(url)).toBe(n === 1 ? path : `${path}${n}/`);
    if (n > 1) {
      // Unique titles; later pages stay out of the search index (page 1 is the unit, area… there).
      expect(html.match(/<title>([^<]*)<\/title>/)?.[1], url).toContain(`(trang ${n})`);
      expect(html.match(/<h1>([^<]*)<\/h1>/)?.[1], url).toContain(`(trang ${n})`);
      expect(html, url).not.toContain('data-pagefind-body');
    }
    pages.push(html);
    const next: string | undefined = html.match(/<a [^>]*rel="next"[^>]*>/)?.[0].match(/href="([^"]+)"/)?.[1];
    url = next ? new URL(next.replace(/&amp;/g, '&'), url).href : undefined;
  }
  for (const [i, html] of pages.entries()) {
    const navs = html.match(/<nav [^>]*aria-label="Phân trang"/g) ?? [];
    // A list that fits on one page looks as it did: no page links.
    expect(navs.length, `${path} trang ${i + 1}`).toBe(pages.length > 1 ? 1 : 0);
    if (pages.length > 1) {
      expect(html).toContain(`Trang ${i + 1} / ${pages.length}`);
      expect(html).toMatch(new RegExp(`aria-current="page"[^>]*>${i + 1}</a>`));
    }
  }
  return pages;
}

const linkedPaths = (html: string) => new Set([...html.matchAll(/\shref="([^"]+)"/g)].map((m) => sitePath(m[1]!)));
const union = <T>(sets: Iterable<Set<T>>) => new Set([...sets].flatMap((s) => [...s]));
const names = (t: TaskRecord) => new Set([t, ...t.activities].flatMap((a) => [...a.lead, ...a.coordinate]));

describe('danh sách dài chia trang: không nhiệm vụ nào bị mất', () => {
  it('/tien-do/: biểu đồ chung có mọi nhiệm vụ khi ít việc, nếu không thì chỉ danh sách; luôn dẫn đến mọi kế hoạch', async () => {
    const tasks = data<TaskRecord[]>('tasks.json');
    const plans = data<{ id: string }[]>('plans.json');
    const html = await (await fetch(siteUrl('/tien-do/'))).text();
    const shown = new Set([...html.matchAll(/\sdata-task="([^"]+)"/g)].map((m) => m[1]!));
    if (tasks.length <= ALL_TASKS_CHART_LIMIT) {
      expect(html).toMatch(/<svg[^>]+class="gantt"/);
      expect(shown).toEqual(new Set(tasks.map((t) => t.id)));
    } else {
      expect(html).not.toMatch(/<svg[^>]+class="gantt"/);
      expect(shown.size).toBe(0);
      expect(html).toContain(`tổng cộng ${tasks.length} nhiệm vụ`);
    }
    const linked = linkedPaths(html);
    for (const p of plans) expect(linked.has(`/tien-do/${p.id}/`), p.id).toBe(true);
  });

  it('mỗi đơn vị: các trang /don-vi/<id>/ liên kết đến đúng mọi nhiệm vụ đơn vị chủ trì hoặc phối hợp', async () => {
    const tasks = data<TaskRecord[]>('tasks.json');
    const taskUrls = new Set(tasks.map((t) => t.url));
    const units = data<{ id: string; url: string }[]>('units.json');
    expect(units.length).toBeGreaterThan(10);
    // A unit the 2025 reorganisation formed also lists its predecessors' tasks (unit-events.json).
    const events = data<{ unit: string; type: string; successors: { unit: string }[] }[]>('unit-events.json');
    const before = (id: string, seen = new Set<string>()): Set<string> => {
      for (const e of events)
        if (
          e.type !== 'unchanged' &&
          e.type !== 'unknown' &&
          e.successors.some((s) => s.unit === id) &&
          !seen.has(e.unit)
        )
          before(e.unit, seen.add(e.unit));
      return seen;
    };
    for (const unit of units) {
      const pages = await listPages(unit.url);
      const linked = [...union(pages.map(linkedPaths))].filter((p) => taskUrls.has(p));
      const ids = new Set([unit.id, ...before(unit.id)]);
      const expected = tasks.filter((t) => [...names(t)].some((id) => ids.has(id))).map((t) => t.url);
      expect(new Set(linked), unit.url).toEqual(new Set(expected));
    }
  });

  it('mỗi đơn vị có việc: các trang /tien-do/don-vi/<id>/ vẽ hoặc liệt kê đúng mọi nhiệm vụ của đơn vị', async () => {
    const tasks = data<TaskRecord[]>('tasks.json');
    const units = data<{ id: string }[]>('units.json');
    let checked = 0;
    for (const unit of units) {
      const expected = tasks.filter((t) => names(t).has(unit.id)).map((t) => t.id);
      if (expected.length === 0) continue;
      const pages = await listPages(`/tien-do/don-vi/${unit.id}/`);
      const shown = pages.map((html) => new Set([...html.matchAll(/\sdata-task="([^"]+)"/g)].map((m) => m[1]!)));
      expect(union(shown), unit.id).toEqual(new Set(expected));
      // Each task on one page only: the pages split the list, they do not repeat it.
      expect(
        shown.reduce((n, s) => n + s.size, 0),
        unit.id,
      ).toBe(expected.length);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('mỗi lĩnh vực: các trang /linh-vuc/<key>/ liên kết đến đúng mọi nhiệm vụ của lĩnh vực', async () => {
    const tasks = data<TaskRecord[]>('tasks.json');
    const taskUrls = new Set(tasks.map((t) => t.url));
    const keys = [...new Set(tasks.map((t) => t.area))];
    expect(keys.length).toBeGreaterThan(3);
    for (const key of keys) {
      const pages = await listPages(`/linh-vuc/${key}/`);
      const linked = pages.map((html) => [...linkedPaths(html)].filter((p) => taskUrls.has(p)));
      const expected = tasks.filter((t) => t.area === key).map((t) => t.url);
      expect(new Set(linked.flat()), key).toEqual(new Set(expected));
      expect(linked.flat().length, key).toBe(expected.length);
    }
  });

  it('/chi-tieu/: mỗi mức có câu của nó in đậm trong nguyên văn, theo thứ tự trong câu', async () => {
    const { page } = await visit(session.noJs, '/chi-tieu/');
    const rows = await page.$$eval('table.stack tbody tr', (trs) =>
      trs.map((tr) => ({
        levels: [...tr.querySelectorAll('td[data-label="Mức"] .level')].map((l) => l.textContent!.trim()),
        bold: [...tr.querySelectorAll('td[data-label="Nguyên văn"] strong')].map((b) => b.textContent!.trim()),
      })),
    );
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) expect(r.bold.length, r.levels.join(' | ')).toBe(r.levels.length);
    // snv-2026.txt:45 "…; tỉ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 100%; …; tỉ lệ khai thác, sử dụng lại
    // thông tin, dữ liệu đã được số hóa trong giải quyết TTHC, DVC đạt tối thiểu 75%; …": one row, in that order.
    const snv = rows.find((r) => r.bold.some((b) => b.startsWith('tỉ lệ khai thác, sử dụng lại')))!;
    expect(snv.levels).toEqual(['100%', 'tối thiểu 75%']);
    expect(snv.bold).toEqual([
      'tỉ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 100%',
      'tỉ lệ khai thác, sử dụng lại thông tin, dữ liệu đã được số hóa trong giải quyết TTHC, DVC đạt tối thiểu 75%',
    ]);
    await page.close();
  });

  it('/chi-tieu/: trên điện thoại, màn hình đầu có danh sách lĩnh vực dẫn tới từng phần, kèm số chỉ tiêu, và mỗi phần dẫn về đó', async () => {
    const { page } = await visit(session.phone, '/chi-tieu/');
    const toc = page.locator('nav[aria-labelledby="tren-trang-nay"]');
    // The page stacks 135 targets into cards (tens of thousands of px at 390): the list is on the first screen.
    expect((await toc.boundingBox())!.y).toBeLessThan(844);
    const entries = await toc.locator('li').evaluateAll((lis) =>
      lis.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        name: li.querySelector('a')!.textContent!.trim(),
        count: Number(/\((\d+) chỉ tiêu\)/.exec(li.textContent!)?.[1]),
      })),
    );
    const sections = await page.locator('main section[aria-labelledby]').evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute('aria-labelledby')!,
        name: el.querySelector('h2')!.textContent!.trim(),
        count: el.querySelectorAll('[data-target]').length,
        back: el.querySelector('a[href="#tren-trang-nay"]') !== null,
      })),
    );
    expect(entries.map((e) => e.href)).toEqual(sections.map((s) => `#${s.id}`));
    expect(entries.map((e) => e.name)).toEqual(sections.map((s) => s.name));
    expect(entries.map((e) => e.count)).toEqual(sections.map((s) => s.count));
    expect(sections.every((s) => s.back)).toBe(true);
    // The intro's figure: 135 targets, each in exactly one area section (the comparison repeats some).
    expect(entries.filter((e) => e.href.startsWith('#ct-')).reduce((n, e) => n + e.count, 0)).toBe(135);
    expect(entries.find((e) => e.href === '#ct-khac')).toEqual({ href: '#ct-khac', name: 'Nội dung khác', count: 1 });
    await page.close();
  });

  it('/chi-tieu/: mọi chỉ tiêu của các lĩnh vực và mọi dòng so sánh có mặt đúng một lần qua các trang', async () => {
    const targets = data<TargetRecord[]>('targets.json');
    const pages = await listPages('/chi-tieu/');
    const rows = (html: string, section: (id: string) => boolean) =>
      html
        .split('<section aria-labelledby="')
        .slice(1)
        .filter((part) => section(part.slice(0, part.indexOf('"'))))
        .reduce((n, part) => n + (part.split('</section>')[0]!.match(/ data-target="/g)?.length ?? 0), 0);
    const sum = (section: (id: string) => boolean) => pages.reduce((n, html) => n + rows(html, section), 0);
    // Every target is in its area's table, including snv-2026 line 57 (complaints handled: 70%), which sits
    // under no reform area in the source and goes to "Nội dung khác".
    expect(sum((id) => id.startsWith('ct-'))).toBe(targets.length);
    const other = targets.filter((t) => t.area === 'khac').map((t) => `${t.plan}:${t.source.lines[0]}`);
    expect(other).toEqual(['snv-2026:57']);
    expect(pages.join('')).toContain('70% đơn, thư, khiếu nại, khiếu kiện của công dân');
    const byIndicator = new Map<string, TargetRecord[]>();
    for (const t of targets)
      if (t.indicator) byIndicator.set(t.indicator, [...(byIndicator.get(t.indicator) ?? []), t]);
    const shared = [...byIndicator.values()].filter((list) => new Set(list.map((t) => t.plan)).size > 1);
    expect(shared.length).toBeGreaterThan(0);
    expect(sum((id) => id === 'so-sanh')).toBe(shared.reduce((n, list) => n + list.length, 0));
  });
});
