import { describe, expect, it } from 'vitest';
import {
  PAGE_SIZE,
  pack,
  pageEntries,
  pageLinks,
  pageParam,
  pagePath,
  pageTitle,
  runs,
} from '../../src/lib/site/paging';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('pack', () => {
  it('một danh sách rỗng vẫn có trang 1 (rỗng)', () => {
    expect(pack([], PAGE_SIZE)).toEqual([[]]);
  });

  it('vừa đúng một trang: không tách', () => {
    const items = range(PAGE_SIZE);
    expect(pack(items, PAGE_SIZE)).toEqual([items]);
  });

  it('hơn một trang một mục: mục cuối sang trang 2', () => {
    const items = range(PAGE_SIZE + 1);
    const pages = pack(items, PAGE_SIZE);
    expect(pages.map((p) => p.length)).toEqual([PAGE_SIZE, 1]);
    expect(pages[1]).toEqual([PAGE_SIZE]);
  });

  it.each([0, 1, 7, 149, 150, 151, 299, 300, 301, 1000])(
    '%i mục: hợp các trang đúng bằng danh sách, giữ thứ tự, mỗi trang ≤ cỡ trang',
    (n) => {
      const items = range(n).map((i) => ({ i }));
      const pages = pack(items, PAGE_SIZE);
      expect(pages.flat()).toEqual(items);
      expect(pages.length).toBe(Math.max(1, Math.ceil(n / PAGE_SIZE)));
      for (const p of pages) expect(p.length).toBeLessThanOrEqual(PAGE_SIZE);
      // No empty page unless the list itself is empty.
      if (n > 0) for (const p of pages) expect(p.length).toBeGreaterThan(0);
    },
  );

  it('theo trọng số: không tách một nhóm, nhóm nặng hơn một trang đứng riêng', () => {
    const groups = [40, 50, 70, 10, 200, 5, 0, 0, 30].map((n, i) => ({ i, n }));
    const pages = pack(groups, 100, (g) => g.n);
    expect(pages.map((p) => p.map((g) => g.n))).toEqual([[40, 50], [70, 10], [200], [5, 0, 0, 30]]);
    expect(pages.flat()).toEqual(groups);
    for (const p of pages) {
      const load = p.reduce((s, g) => s + g.n, 0);
      expect(load <= 100 || p.length === 1).toBe(true);
    }
  });

  it('từ chối cỡ trang không dương', () => {
    expect(() => pack([1], 0)).toThrow();
  });
});

describe('runs', () => {
  it('gom các mục liền nhau cùng khoá, giữ thứ tự, không gộp nhóm cách quãng', () => {
    const items = ['a1', 'a2', 'b1', 'a3'];
    expect(runs(items, (s) => s[0])).toEqual([
      { key: 'a', items: ['a1', 'a2'] },
      { key: 'b', items: ['b1'] },
      { key: 'a', items: ['a3'] },
    ]);
    expect(runs([], (s: string) => s)).toEqual([]);
  });
});

describe('địa chỉ và tiêu đề trang', () => {
  it('trang 1 giữ địa chỉ cũ, trang sau thêm số', () => {
    expect(pagePath('/linh-vuc/tthc/', 1)).toBe('/linh-vuc/tthc/');
    expect(pagePath('/linh-vuc/tthc/', 2)).toBe('/linh-vuc/tthc/2/');
    expect(() => pagePath('/linh-vuc/tthc', 2)).toThrow();
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(12)).toBe('12');
  });

  it('tiêu đề trang sau có "(trang n)"', () => {
    expect(pageTitle('Chỉ tiêu', 1)).toBe('Chỉ tiêu');
    expect(pageTitle('Chỉ tiêu', 3)).toBe('Chỉ tiêu (trang 3)');
  });

  it('pageEntries: một mục cho mỗi trang, trang 1 không có tham số', () => {
    const entries = pageEntries([[1, 2], [3]], '/chi-tieu/');
    expect(entries).toEqual([
      { param: undefined, page: { number: 1, count: 2, base: '/chi-tieu/' }, items: [1, 2] },
      { param: '2', page: { number: 2, count: 2, base: '/chi-tieu/' }, items: [3] },
    ]);
  });
});

describe('pageLinks', () => {
  it('ít trang: liệt kê hết', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('nhiều trang: đầu, cuối, quanh trang hiện tại; chỗ trống một trang thì hiện số', () => {
    expect(pageLinks(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageLinks(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageLinks(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 20]);
    expect(pageLinks(20, 20)).toEqual([1, null, 18, 19, 20]);
  });

  it('số liên kết không tăng theo số trang', () => {
    for (const count of [10, 100, 1000])
      for (const cur of [1, count >> 1, count]) expect(pageLinks(cur, count).length).toBeLessThanOrEqual(9);
  });
});
