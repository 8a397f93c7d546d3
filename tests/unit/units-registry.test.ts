/**
 * content/units.yaml and the identity facts of issues 2 and 3: which
 * spellings are one unit, and which equal names are different units.
 */
import { describe, expect, it } from 'vitest';
import { registryProblems } from '../../src/import/units/resolve';
import { unitRegistrySchema } from '../../src/schema/unit';
import { realAbbreviations, realRegistry, realResolver } from '../fixtures/units/load';

const one = (cell: string, jurisdiction: string) => {
  const r = realResolver().resolve(cell, jurisdiction);
  expect(r.unknown).toEqual([]);
  expect(r.units).toHaveLength(1);
  return r.units[0];
};

describe('content/units.yaml', () => {
  const registry = realRegistry();

  it('has no name or alias that two units of one jurisdiction share', () => {
    expect(registryProblems(registry, realAbbreviations())).toEqual([]);
  });

  it('puts the four issuers under tỉnh Quảng Trị', () => {
    const parent = (name: string) => registry.jurisdictions.find((j) => j.name === name)?.parent;
    expect(parent('huyện Vĩnh Linh')).toBe('tỉnh Quảng Trị');
    expect(parent('huyện Hải Lăng')).toBe('tỉnh Quảng Trị');
    expect(parent('Văn phòng UBND tỉnh Quảng Trị')).toBe('tỉnh Quảng Trị');
    expect(parent('Sở Nội vụ tỉnh Quảng Trị')).toBe('tỉnh Quảng Trị');
    expect(parent('tỉnh Quảng Trị')).toBeUndefined();
  });

  it('uses readable ASCII ids with đ → d, never "dj"', () => {
    for (const u of registry.units) {
      expect(u.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(u.id).not.toMatch(/dj/);
    }
    // vinh-linh-2021-2025 heading "9. Phòng Giáo dục và Đào tạo"
    expect(registry.units.map((u) => u.id)).toContain('vinh-linh-phong-giao-duc-va-dao-tao');
  });

  it('marks the collective names of docs/DOMAIN.md §6 as groups', () => {
    const kind = (cell: string, j: string) => registry.units.find((u) => u.id === one(cell, j))?.kind;
    expect(kind('Các sở, ban, ngành cấp tỉnh', 'tỉnh Quảng Trị')).toBe('group');
    expect(kind('UBND cấp huyện', 'tỉnh Quảng Trị')).toBe('group');
    expect(kind('UBND các xã, thị trấn', 'huyện Hải Lăng')).toBe('group');
    expect(kind('UBND các xã, thị trấn', 'huyện Vĩnh Linh')).toBe('group');
    expect(kind('Các phòng, ban, đơn vị', 'Văn phòng UBND tỉnh Quảng Trị')).toBe('group');
    expect(kind('Các cơ quan, đơn vị liên quan', 'huyện Hải Lăng')).toBe('group');
    expect(kind('Các phòng, ban, trung tâm', 'Sở Nội vụ tỉnh Quảng Trị')).toBe('group');
    expect(kind('Sở Nội vụ', 'tỉnh Quảng Trị')).toBe('office');
  });

  it('rejects a unit whose jurisdiction is not declared, and duplicate ids', () => {
    const bad = {
      jurisdictions: [{ name: 'tỉnh A', kind: 'tỉnh' }],
      units: [
        { id: 'x', name: 'Sở X', jurisdiction: 'tỉnh B', kind: 'office' },
        { id: 'x', name: 'Sở Y', jurisdiction: 'tỉnh A', kind: 'office' },
      ],
    };
    const r = unitRegistrySchema().safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['units.0.jurisdiction', 'units.1.id']);
  });
});

describe('one unit under several spellings', () => {
  it('qt-2021-2025: "Sở Thông tin và Truyền thông" (II.6, VI.4) and "Sở TT&TT" (VI.1, line 103)', () => {
    const j = 'tỉnh Quảng Trị';
    expect(one('Sở Thông tin và Truyền thông', j)).toBe(one('Sở TT&TT', j));
    // line 115 writes it in lower case
    expect(one('Sở Thông tin và truyền thông', j)).toBe(one('Sở TT&TT', j));
  });

  it('vp-ubnd-2024: "Phòng HCTC" (line 212) and "Phòng Hành chính - Tổ chức" (line 206)', () => {
    const j = 'Văn phòng UBND tỉnh Quảng Trị';
    expect(one('Phòng HCTC', j)).toBe(one('Phòng Hành chính - Tổ chức', j));
  });

  it('vp-ubnd-2024: "Trung tâm PVHCC" (line 202) and "Trung tâm Phục vụ hành chính công tỉnh" (line 224)', () => {
    const j = 'Văn phòng UBND tỉnh Quảng Trị';
    expect(one('Trung tâm PVHCC', j)).toBe(one('Trung tâm Phục vụ hành chính công tỉnh', j));
  });

  it('vp-ubnd-2024: "Công Thông tin điện tử" (line 202, sic) and "Cổng Thông tin điện tử tỉnh" (line 239)', () => {
    const j = 'Văn phòng UBND tỉnh Quảng Trị';
    expect(one('Công Thông tin điện tử', j)).toBe(one('Cổng Thông tin điện tử tỉnh', j));
  });

  it('snv-2026: "Phòng XDCQ" (line 251) and "Phòng Xây dựng chính quyền" (line 237); "Phòng CCHC" and "Phòng Cải cách hành chính"', () => {
    const j = 'Sở Nội vụ tỉnh Quảng Trị';
    expect(one('Phòng XDCQ', j)).toBe(one('Phòng Xây dựng chính quyền', j));
    expect(one('Phòng CCHC', j)).toBe(one('Phòng Cải cách hành chính', j));
  });

  it('hai-lang-2024: "Phòng VH&TT" (task 3), "Phòng Văn hóa - Thông tin" (task 51), "Phòng Văn hóa và Thông tin" (2.5)', () => {
    const j = 'huyện Hải Lăng';
    const id = one('Phòng VH&TT', j);
    expect(one('Phòng Văn hóa - Thông tin', j)).toBe(id);
    expect(one('Phòng Văn hóa và Thông tin', j)).toBe(id);
  });

  it('hai-lang-2024: "Văn phòng HĐND&UBND huyện" and "Văn phòng HĐND & UBND huyện"; "Bộ phận TN&TKQ huyện" and "Bộ phận TN & TKQ huyện"', () => {
    const j = 'huyện Hải Lăng';
    expect(one('Văn phòng HĐND&UBND huyện', j)).toBe(one('Văn phòng HĐND & UBND huyện', j));
    expect(one('Văn phòng HĐND&UBND huyện', j)).toBe(one('Văn phòng HĐND và UBND huyện', j));
    expect(one('Bộ phận TN&TKQ huyện', j)).toBe(one('Bộ phận TN & TKQ huyện', j));
    expect(one('Bộ phận TN&TKQ huyện', j)).toBe(one('Bộ phận tiếp nhận và trả kết quả huyện', j));
  });

  it('"Sở Nội vụ" in qt-2021-2025 (line 61) and in vp-ubnd-2024 (line 232) is one unit, and the issuer of snv-2026', () => {
    const id = one('Sở Nội vụ', 'tỉnh Quảng Trị');
    expect(one('Sở Nội vụ', 'Văn phòng UBND tỉnh Quảng Trị')).toBe(id);
    expect(one('Sở Nội vụ', 'huyện Hải Lăng')).toBe(id);
    expect(id).toBe('so-noi-vu');
  });
});

describe('equal names, different units', () => {
  it('vinh-linh-2021-2025 vs hai-lang-2024: Phòng Nội vụ, Phòng Tư pháp, Văn phòng HĐND và UBND huyện, Phòng Tài chính - Kế hoạch', () => {
    // vinh-linh-2021-2025 headings "2. Phòng Nội vụ", "3. Phòng Tư pháp", "4. Văn phòng HĐND và UBND huyện", "5. Phòng Tài chính- Kế hoạch";
    // hai-lang-2024 "2.1. Phòng Nội vụ", "2.3. Phòng Tư pháp", "2.2. Văn phòng HĐND&UBND huyện", "2.4. Phòng Tài chính - Kế hoạch".
    const pairs: [string, string][] = [
      ['Phòng Nội vụ', 'Phòng Nội vụ'],
      ['Phòng Tư pháp', 'Phòng Tư pháp'],
      ['Văn phòng HĐND và UBND huyện', 'Văn phòng HĐND&UBND huyện'],
      ['Phòng Tài chính- Kế hoạch', 'Phòng Tài chính - Kế hoạch'],
    ];
    for (const [vl, hl] of pairs) {
      const a = one(vl, 'huyện Vĩnh Linh');
      const b = one(hl, 'huyện Hải Lăng');
      expect(a).not.toBe(b);
      expect(a).toMatch(/^vinh-linh-/);
      expect(b).toMatch(/^hai-lang-/);
    }
    expect(one('Phòng Nội vụ', 'huyện Vĩnh Linh')).toBe('vinh-linh-phong-noi-vu');
    expect(one('Phòng Nội vụ', 'huyện Hải Lăng')).toBe('hai-lang-phong-noi-vu');
  });

  it('"UBND huyện" is the issuing district itself in vinh-linh-2021-2025 and hai-lang-2024', () => {
    expect(one('UBND huyện', 'huyện Vĩnh Linh')).toBe('vinh-linh-ubnd-huyen');
    expect(one('UBND huyện', 'huyện Hải Lăng')).toBe('hai-lang-ubnd-huyen');
  });

  it('"Văn phòng Sở" (snv-2026) is the office of Sở Nội vụ, and means nothing known at province level', () => {
    expect(one('Văn phòng Sở', 'Sở Nội vụ tỉnh Quảng Trị')).toBe('snv-van-phong-so');
    const r = realResolver().resolve('Văn phòng Sở', 'tỉnh Quảng Trị');
    expect(r.units).not.toContain('snv-van-phong-so');
    expect(r.unknown).toEqual(['Văn phòng Sở']);
  });

  it('accepts a jurisdiction by alias ("Văn phòng UBND tỉnh") as well as by name', () => {
    expect(one('Phòng HCTC', 'Văn phòng UBND tỉnh')).toBe('vp-ubnd-phong-hanh-chinh-to-chuc');
  });
});

describe('units()', () => {
  it('publishes every registry unit with its page url and discovered: false', () => {
    const units = realResolver().units();
    expect(units).toHaveLength(realRegistry().units.length);
    const snv = units.find((u) => u.id === 'so-noi-vu');
    expect(snv).toMatchObject({
      name: 'Sở Nội vụ',
      jurisdiction: 'tỉnh Quảng Trị',
      kind: 'office',
      url: '/don-vi/so-noi-vu/',
      discovered: false,
    });
  });
});
