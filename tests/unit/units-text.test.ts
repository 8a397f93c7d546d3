/**
 * Text as it arrives from other tools and hostile text: Unicode forms, tone
 * placement, spacing, dashes, markup; unknown names and residual text.
 * Uses a small made-up registry (tests/fixtures/units/registry.yaml) besides
 * the real one, so the rules are not tied to the five sources.
 */
import { describe, expect, it } from 'vitest';
import { fixtureResolver, readFixture, realResolver } from '../fixtures/units/load';

const HL = 'huyện Hải Lăng';

describe('normalisation', () => {
  it('reads NFD text with old tone placement ("hoá") as pasted from other tools', () => {
    const cell = readFixture('nfd-cell.txt');
    expect(cell).not.toBe(cell.normalize('NFC'));
    const r = realResolver().resolve(cell, HL);
    expect(r.units).toEqual([
      'hai-lang-phong-van-hoa-va-thong-tin',
      'hai-lang-van-phong-hdnd-va-ubnd-huyen',
      'hai-lang-ubnd-cac-xa-thi-tran',
    ]);
    expect(r.unknown).toEqual([]);
  });

  it('treats "Uỷ ban" and "Ủy ban" alike (vinh-linh-2021-2025 line 510 writes "Ủy ban")', () => {
    const r = realResolver().resolve('Uỷ ban Mặt trận Tổ quốc Việt Nam và Đoàn thể các cấp', 'huyện Vĩnh Linh');
    expect(r.units).toEqual(['vinh-linh-ubmttq-va-doan-the-cac-cap']);
  });

  it('ignores case, runs of spaces and stray separators', () => {
    // double spaces separate items in tables, but may also sit inside a name
    const r = realResolver().resolve('  sở   tư PHÁP ;;  văn phòng ubnd TỈNH ,  ', 'tỉnh Quảng Trị');
    expect(r.units).toEqual(['so-tu-phap', 'van-phong-ubnd-tinh']);
    expect(r.unknown).toEqual([]);
  });

  it.each([
    'Phòng Tài chính- Kế hoạch',
    'Phòng Tài chính – Kế hoạch',
    'Phòng Tài chính—Kế hoạch',
    'Phòng Tài chính -Kế hoạch',
    'Phòng Tài chính và Kế hoạch',
  ])('reads dashes and spacing around them alike: %s', (cell) => {
    expect(realResolver().resolve(cell, HL).units).toEqual(['hai-lang-phong-tai-chinh-ke-hoach']);
  });

  it('expands the abbreviations of docs/DOMAIN.md §6 written with or without spaces around "&"', () => {
    const r = realResolver();
    expect(r.resolve('Phòng VH & TT', HL).units).toEqual(['hai-lang-phong-van-hoa-va-thong-tin']);
    expect(r.resolve('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện', HL).units).toEqual([
      'hai-lang-van-phong-hdnd-va-ubnd-huyen',
    ]);
    expect(r.resolve('Sở Thông tin & Truyền thông', 'tỉnh Quảng Trị').units).toEqual(['so-thong-tin-va-truyen-thong']);
  });

  it('drops formatting markup (<p>, <ul style>, <li>, <b>) and reads &amp;', () => {
    const r = realResolver().resolve(
      '<p>Sở Tư pháp</p><ul style="margin:0"><li><b>Sở TT&amp;TT</b></li></ul>',
      'tỉnh Quảng Trị',
    );
    expect(r.units).toEqual(['so-tu-phap', 'so-thong-tin-va-truyen-thong']);
    expect(r.unknown).toEqual([]);
  });
});

describe('cells wrapped line by line (PDF extraction, hai-lang-2024)', () => {
  it.each([
    // task 8 lead, lines as printed
    [
      'Văn phòng \nHĐND&UBND \nhuyện; \nPhòng Nội vụ \nPhòng Kinh tế \nvà Hạ tầng ',
      ['hai-lang-van-phong-hdnd-va-ubnd-huyen', 'hai-lang-phong-noi-vu', 'hai-lang-phong-kinh-te-va-ha-tang'],
    ],
    // task 1 coordinate
    [
      'Các cơ quan, \nđơn vị thuộc \nUBND huyện; \nUBND các xã, \nthị trấn ',
      ['hai-lang-cac-co-quan-don-vi-thuoc-ubnd-huyen', 'hai-lang-ubnd-cac-xa-thi-tran'],
    ],
    // task 39 lead
    ['Phòng Tài \nchính - Kế \nhoạch ', ['hai-lang-phong-tai-chinh-ke-hoach']],
  ])('%j', (cell, units) => {
    const r = realResolver().resolve(cell, HL);
    expect(r.units).toEqual(units);
    expect(r.unknown).toEqual([]);
  });

  it('cuts unknown names at a wrapped line that starts with a capital, and flattens them', () => {
    const r = realResolver().resolve('Phòng Dân \ntộc\nPhòng Tài nguyên', HL);
    expect(r.units).toEqual(['hai-lang-phong-dan-toc', 'hai-lang-phong-tai-nguyen']);
    expect(r.unknown).toEqual(['Phòng Dân tộc', 'Phòng Tài nguyên']);
  });

  it('ends a colon qualifier at a line break, and reads bulleted lines as items', () => {
    const r = realResolver().resolve(
      'Sở Tư pháp: đối với Báo cáo\nSở Nội vụ\n- Sở Tài chính (chủ trì \nthẩm định)',
      'tỉnh Quảng Trị',
    );
    expect(r.units).toEqual(['so-tu-phap', 'so-noi-vu', 'so-tai-chinh']);
    expect(r.notes).toEqual([
      { unit: 'so-tu-phap', note: 'đối với Báo cáo' },
      { unit: 'so-tai-chinh', note: 'chủ trì thẩm định' },
    ]);
  });
});

describe('hostile and residual text is kept verbatim, never dropped', () => {
  it.each([
    ['<script>alert(1)</script>', []],
    ["{import x from 'y'}", []],
    ['export const a = 1', []],
  ])('%s', (cell, units) => {
    const r = realResolver().resolve(cell, 'tỉnh Quảng Trị');
    expect(r.units).toEqual(units);
    expect(r.unknown).toEqual([cell]);
  });

  it('keeps markup next to a unit as unknown text, not as a note or a unit', () => {
    const r = realResolver().resolve('Sở Nội vụ <img src=x onerror=alert(1)>', 'tỉnh Quảng Trị');
    expect(r.units).toEqual(['so-noi-vu']);
    expect(r.notes).toEqual([]);
    expect(r.unknown).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it('qt-2021-2025 line 20 (row shifted right, "Kế hoạch" under Chủ trì) and line 97 ("Thường xuyên hàng năm" under Phối hợp): residual, not units', () => {
    const resolver = realResolver();
    expect(resolver.resolve('Kế hoạch', 'tỉnh Quảng Trị')).toEqual({
      units: [],
      notes: [],
      unknown: ['Kế hoạch'],
      residual: ['Kế hoạch'],
    });
    expect(resolver.resolve('Thường xuyên hàng năm', 'tỉnh Quảng Trị').unknown).toEqual(['Thường xuyên hàng năm']);
    expect(resolver.units().some((u) => u.discovered)).toBe(false);
  });

  it('vp-ubnd-2024 IV.10: staff named after a group are residual text, not a new unit "Văn phòng"', () => {
    const resolver = realResolver();
    const r = resolver.resolve(
      'Các phòng, ban, đơn vị; toàn thể công chức, viên chức, người lao động trong toàn Văn phòng',
      'Văn phòng UBND tỉnh Quảng Trị',
    );
    expect(r.units).toEqual(['vp-ubnd-cac-phong-ban-don-vi']);
    expect(r.unknown).toEqual(['toàn thể công chức, viên chức, người lao động trong toàn Văn phòng']);
    expect(r.residual).toEqual(r.unknown);
    expect(resolver.units().some((u) => u.discovered)).toBe(false);
  });

  it('reports a title left without its unit (a heading cut at a line break: hai-lang-2024 IV.1 "...; Chủ tịch" / "UBND các xã, thị trấn")', () => {
    const r = realResolver().resolve('Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện; Chủ tịch', HL);
    expect(r.units).toEqual(['hai-lang-cac-co-quan-chuyen-mon-thuoc-ubnd-huyen']);
    expect(r.unknown).toEqual(['Chủ tịch']);
  });

  it('returns nothing for an empty cell', () => {
    expect(realResolver().resolve(' \n ; ', HL)).toEqual({ units: [], notes: [], unknown: [], residual: [] });
  });

  it('never throws on random text and always returns string arrays', () => {
    const resolver = realResolver();
    const alphabet = [
      'Sở',
      'Phòng',
      'Các',
      ' ',
      ',',
      ';',
      ':',
      '(',
      ')',
      '-',
      '<',
      '>',
      '&',
      'và',
      'đ',
      'ỗ',
      '\u0301',
      'x',
      '\n',
      'UBND',
      'cấp',
      'huyện',
    ];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 300; n++) {
      const cell = Array.from({ length: next() % 40 }, () => alphabet[next() % alphabet.length]).join('');
      const r = resolver.resolve(cell, n % 2 ? HL : 'tỉnh Quảng Trị');
      for (const s of [...r.units, ...r.unknown, ...r.notes.map((x) => x.note)]) expect(typeof s).toBe('string');
    }
  });

  it('handles a very long cell', () => {
    const r = realResolver().resolve('Sở Nội vụ; '.repeat(2000), 'tỉnh Quảng Trị');
    expect(r.units).toHaveLength(2000);
  });
});

describe('unknown names become discovered units of the plan jurisdiction', () => {
  it('splits two unknown offices whose separator was lost, and reports both', () => {
    const resolver = realResolver();
    const r = resolver.resolve('Phòng Tài nguyên và Môi trường Phòng Nông nghiệp và PTNT', HL);
    expect(r.units).toEqual(['hai-lang-phong-tai-nguyen-va-moi-truong', 'hai-lang-phong-nong-nghiep-va-ptnt']);
    expect(r.unknown).toEqual(['Phòng Tài nguyên và Môi trường', 'Phòng Nông nghiệp và PTNT']);
    expect(r.residual).toEqual([]);
    const found = resolver.units().find((u) => u.id === 'hai-lang-phong-tai-nguyen-va-moi-truong');
    expect(found).toMatchObject({
      name: 'Phòng Tài nguyên và Môi trường',
      jurisdiction: HL,
      kind: 'office',
      discovered: true,
      url: '/don-vi/hai-lang-phong-tai-nguyen-va-moi-truong/',
    });
  });

  it('gives the same id the next time, still reports it, and keeps districts apart', () => {
    const resolver = realResolver();
    resolver.resolve('Phòng Tài nguyên và Môi trường', HL);
    const again = resolver.resolve('Sở Tư pháp; Phòng Tài nguyên và Môi trường', HL);
    expect(again.units).toEqual(['so-tu-phap', 'hai-lang-phong-tai-nguyen-va-moi-truong']);
    expect(again.unknown).toEqual(['Phòng Tài nguyên và Môi trường']);
    expect(resolver.resolve('Phòng Tài nguyên và Môi trường', 'huyện Vĩnh Linh').units).toEqual([
      'vinh-linh-phong-tai-nguyen-va-moi-truong',
    ]);
    expect(resolver.units().filter((u) => u.discovered)).toHaveLength(2);
  });

  it('discovers a name written twice in one cell once, and lists it twice', () => {
    const resolver = realResolver();
    const r = resolver.resolve('Phòng Dân tộc, Phòng Dân tộc', HL);
    expect(r.units).toEqual(['hai-lang-phong-dan-toc', 'hai-lang-phong-dan-toc']);
    expect(r.unknown).toEqual(['Phòng Dân tộc', 'Phòng Dân tộc']);
    expect(
      resolver
        .units()
        .filter((u) => u.discovered)
        .map((u) => u.id),
    ).toEqual(['hai-lang-phong-dan-toc']);
  });

  it('keeps text after a registered name as unknown rather than inventing a longer unit', () => {
    const r = realResolver().resolve('Sở Nội vụ mới', 'tỉnh Quảng Trị');
    expect(r.units).toEqual(['so-noi-vu']);
    expect(r.unknown).toEqual(['mới']);
  });

  it('does not let a discovered id collide with a registered one', () => {
    const resolver = fixtureResolver();
    expect(resolver.resolve('Phòng Tài nguyên', 'huyện Một').units).toEqual(['mot-phong-tai-nguyen-2']);
  });

  it('files a unit of an unregistered jurisdiction there, still seeing province-wide names', () => {
    const r = realResolver().resolve('Phòng Nội vụ; Sở Tư pháp', 'huyện Gio Linh');
    expect(r.units).toEqual(['huyen-gio-linh-phong-noi-vu', 'so-tu-phap']);
    expect(r.unknown).toEqual(['Phòng Nội vụ']);
  });
});

describe('a registry of another shape (fixture)', () => {
  const resolver = () => fixtureResolver();

  it('scopes equal names by district', () => {
    const r = resolver();
    expect(r.resolve('Phòng Nội vụ', 'huyện Một').units).toEqual(['mot-phong-noi-vu']);
    expect(r.resolve('Phòng Nội vụ', 'huyện Hai').units).toEqual(['hai-phong-noi-vu']);
    expect(r.resolve('Phòng Nội vụ', 'UBND huyện Hai').units).toEqual(['hai-phong-noi-vu']);
    expect(r.resolve('Phòng Nội vụ', 'Huyện  hai').units).toEqual(['hai-phong-noi-vu']);
  });

  it('finds province names from a district and a department', () => {
    const r = resolver();
    expect(r.resolve('Sở Tư pháp', 'huyện Một').units).toEqual(['so-tu-phap']);
    expect(r.resolve('Văn phòng Sở; Sở Tư pháp', 'Sở Y tế tỉnh Mẫu').units).toEqual(['syt-van-phong-so', 'so-tu-phap']);
  });

  it("does not see a sibling district's offices", () => {
    const r = resolver();
    const res = r.resolve('Phòng VH&TT', 'huyện Một');
    expect(res.units).toEqual(['mot-phong-vh-tt']);
    expect(res.unknown).toEqual(['Phòng VH&TT']);
    expect(r.resolve('Phòng Văn hóa - Thông tin', 'huyện Hai').units).toEqual(['hai-phong-van-hoa']);
  });

  it('shares "Sở" over a list and the head of an elided name', () => {
    const r = resolver();
    expect(r.locate('UBND cấp huyện, cấp xã', 'tỉnh Mẫu')).toEqual([
      { id: 'ubnd-cap-huyen', start: 0, end: 14 },
      { id: 'ubnd-cap-xa', start: 16, end: 22 },
    ]);
    expect(r.resolve('các Sở: Y tế, Tư pháp; UBND cấp huyện, cấp xã', 'tỉnh Mẫu').units).toEqual([
      'so-y-te',
      'so-tu-phap',
      'ubnd-cap-huyen',
      'ubnd-cap-xa',
    ]);
  });

  it('treats a comma inside a group name as part of the name, and between names as a separator', () => {
    const r = resolver();
    expect(r.resolve('Các sở, ngành, UBND cấp huyện', 'tỉnh Mẫu').units).toEqual(['cac-so-nganh', 'ubnd-cap-huyen']);
    expect(r.resolve('Sở, ngành', 'tỉnh Mẫu').units).toEqual(['cac-so-nganh']);
  });

  it('attaches a qualifier to the unit before it, and reports one with no unit', () => {
    const r = resolver();
    expect(r.resolve('Sở Y tế: đối với y tế cơ sở  Sở Tư pháp', 'tỉnh Mẫu')).toEqual({
      units: ['so-y-te', 'so-tu-phap'],
      notes: [{ unit: 'so-y-te', note: 'đối với y tế cơ sở' }],
      unknown: [],
      residual: [],
    });
    expect(r.resolve('Sở Y tế (cũ), Sở Tư pháp', 'tỉnh Mẫu').notes).toEqual([{ unit: 'so-y-te', note: 'cũ' }]);
    expect(r.resolve('Sở Y tế: đối với y tế cơ sở; Sở Tư pháp', 'tỉnh Mẫu')).toEqual({
      units: ['so-y-te', 'so-tu-phap'],
      notes: [{ unit: 'so-y-te', note: 'đối với y tế cơ sở' }],
      unknown: [],
      residual: [],
    });
    expect(r.resolve('(nếu có)', 'tỉnh Mẫu')).toEqual({
      units: [],
      notes: [],
      unknown: ['nếu có'],
      residual: ['nếu có'],
    });
  });
});

describe('locate: where known names sit inside a line', () => {
  it.each([
    // hai-lang-2024 lines 1146 and 2402: the end of an output cell and the start of the lead cell on one line
    ['Kế hoạch Phòng Tư pháp ', 'hai-lang-phong-tu-phap', 9, 22],
    ['Quyết định Phòng Nội vụ ', 'hai-lang-phong-noi-vu', 11, 23],
    // hai-lang-2024 line 2623
    ['Đề án, Báo cáo Phòng Nội vụ ', 'hai-lang-phong-noi-vu', 15, 27],
  ])('%s', (line, id, start, end) => {
    expect(realResolver().locate(line, HL)).toEqual([{ id, start, end }]);
    expect(line.slice(start, end)).toMatch(/^Phòng/);
  });

  it('finds nothing in a line without a unit and discovers nothing', () => {
    const resolver = realResolver();
    expect(resolver.locate('Xây dựng dự thảo, lấy ý kiến', HL)).toEqual([]);
    expect(resolver.locate('Phòng Tài nguyên và Môi trường', HL)).toEqual([]);
    expect(resolver.units().some((u) => u.discovered)).toBe(false);
  });
});
