import { describe, expect, it } from 'vitest';
import {
  taskFacets,
  taskYears,
  planLabel,
  unitFacets,
  planFacets,
  numberKey,
  nameKey,
  unitNameKeys,
  topicKeys,
} from '../../src/lib/search/meta';
import type { Task } from '../../src/schema/task';
import { taskConfidenceSchema } from '../../src/schema/task';
import type { Plan } from '../../src/schema/plan';

const plan = {
  id: 'qt-2021-2025',
  issuer: 'UBND tỉnh Quảng Trị',
  period: { from: 2021, to: 2025 },
  horizon: 2030,
  areas: [{ key: 'tthc' }, { key: 'so' }],
} as unknown as Plan;
const plan2024 = {
  id: 'vp-ubnd-2024',
  issuer: 'Văn phòng UBND tỉnh Quảng Trị',
  period: { from: 2024, to: 2024 },
} as Plan;

function task(over: Partial<Task>): Task {
  return {
    id: 'vp-ubnd-2024/13',
    plan: 'vp-ubnd-2024',
    area: 'tthc',
    areaLabel: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
    number: '13',
    slug: '13',
    title: 'Giao Doanh nghiệp …',
    objective: '',
    activities: [],
    lead: ['trung-tam-pvhcc'],
    coordinate: ['cac-so-ban-nganh'],
    leadRaw: 'Trung tâm Phục vụ hành chính công tỉnh',
    coordinateRaw: '',
    leadDerived: false,
    time: { raw: 'Từ Quý I đến Quý III', kind: 'range', from: '2024-01-01', to: '2024-09-30' },
    budget: '',
    note: '',
    url: '/vp-ubnd-2024/13/',
    source: { file: 'content/sources/vp-ubnd-2024.txt', lines: [226, 229] },
    outputs: [],
    corrections: [],
    confidence: taskConfidenceSchema().parse({}),
    doubts: [],
    ...over,
  };
}

describe('search metadata and filters', () => {
  it('labels a plan by issuer and period', () => {
    expect(planLabel(plan)).toBe('UBND tỉnh Quảng Trị, 2021–2025');
    expect(planLabel(plan2024)).toBe('Văn phòng UBND tỉnh Quảng Trị, 2024');
  });
  it('gives a task its number, plan and lead unit, and its filter values', () => {
    const f = taskFacets(task({}), plan2024, (id) =>
      id === 'trung-tam-pvhcc' ? 'Trung tâm Phục vụ hành chính công tỉnh' : undefined,
    );
    expect(f.meta).toMatchObject({
      kind: 'Nhiệm vụ',
      number: '13',
      plan: 'Văn phòng UBND tỉnh Quảng Trị, 2024',
      lead: 'Trung tâm Phục vụ hành chính công tỉnh',
    });
    // No `kind` filter on a task page: only the pages that gather tasks carry one (GATHERING_KINDS).
    expect(f.filters).toEqual({
      plan: ['vp-ubnd-2024'],
      area: ['tthc'],
      unit: ['trung-tam-pvhcc'],
      year: ['2024'],
      number: ['13'],
    });
  });
  it('takes lead units from the activities when the task names none', () => {
    const t = task({
      lead: [],
      activities: [
        {
          text: 'a',
          outputs: [],
          lead: ['so-noi-vu'],
          coordinate: [],
          leadRaw: '',
          coordinateRaw: '',
          time: null,
          unitNotes: [],
        },
      ],
    });
    expect(taskFacets(t, plan2024, () => undefined).filters.unit).toEqual(['so-noi-vu']);
  });
  it('files a task under the years its time touches, within the plan', () => {
    expect(
      taskYears(
        task({
          time: {
            raw: 'Năm 2025 Năm 2030',
            kind: 'multiple',
            parts: [
              { raw: 'Năm 2025', kind: 'once', from: '2025-01-01', to: '2025-12-31' },
              { raw: 'Năm 2030', kind: 'once', from: '2030-01-01', to: '2030-12-31' },
            ],
          },
        }),
        plan,
      ),
    ).toEqual([2025, 2030]);
    expect(taskYears(task({ time: null }), plan)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(taskYears(task({ time: { raw: 'Thường xuyên', kind: 'ongoing' } }), plan2024)).toEqual([2024]);
  });
  it('files unit and plan pages under their plans', () => {
    expect(
      unitFacets(
        { id: 'so-noi-vu', name: 'Sở Nội vụ', aliases: [], jurisdiction: 'tỉnh Quảng Trị' },
        [task({ plan: 'qt-2021-2025', area: 'so' })],
        [plan, plan2024],
      ).filters,
    ).toEqual({
      kind: ['Đơn vị'],
      plan: ['qt-2021-2025'],
      area: ['so'],
      unit: ['so-noi-vu'],
      year: ['2021', '2022', '2023', '2024', '2025'],
      name: ['so noi vu', 'so noi vu tinh quang tri', 'so noi vu quang tri'],
    });
    expect(planFacets(plan).filters.area).toEqual(['tthc', 'so']);
  });
});

describe('keys for names and task numbers', () => {
  it('reads task numbers however they are typed', () => {
    expect(numberKey('II.3')).toBe('ii.3');
    expect(numberKey('ii-3')).toBe('ii.3');
    expect(numberKey(' 1.10 ')).toBe('1.10');
  });
  it('folds names to the words a query has', () => {
    expect(nameKey('Sở TT&TT')).toBe('so tt tt');
    expect(nameKey('Ủy ban nhân dân')).toBe(nameKey('uy ban nhan dan'));
  });
  it('keys a unit by name, aliases, and with its jurisdiction', () => {
    const keys = unitNameKeys({
      name: 'Phòng Văn hóa và Thông tin',
      aliases: ['Phòng VH&TT'],
      jurisdiction: 'huyện Hải Lăng',
    });
    expect(keys).toContain('phong van hoa va thong tin');
    expect(keys).toContain('phong vh tt');
    expect(keys).toContain('phong van hoa va thong tin hai lang');
    expect(keys).toContain('phong vh tt huyen hai lang');
  });
  it('keys a unit by its office\'s short name and without a trailing "huyện"', () => {
    // units.yaml: Phòng Nội chính of Văn phòng UBND tỉnh Quảng Trị; Bộ phận Một cửa huyện of Hải Lăng.
    expect(
      unitNameKeys({ name: 'Phòng Nội chính', aliases: [], jurisdiction: 'Văn phòng UBND tỉnh Quảng Trị' }),
    ).toContain('phong noi chinh van phong ubnd');
    expect(
      unitNameKeys({ name: 'Bộ phận tiếp nhận', aliases: ['Bộ phận Một cửa huyện'], jurisdiction: 'huyện Hải Lăng' }),
    ).toContain('bo phan mot cua hai lang');
  });
  it('keys an area by its whole name and by each topic in it', () => {
    // qt-2021-2025 l.102 "Xây dựng và phát triển chính quyền điện tử, chính quyền số"; l.10 "Cải cách thể chế".
    expect(topicKeys('Xây dựng và phát triển chính quyền điện tử, chính quyền số')).toEqual([
      'xay dung va phat trien chinh quyen dien tu chinh quyen so',
      'chinh quyen dien tu',
      'chinh quyen so',
    ]);
    expect(topicKeys('Cải cách thể chế')).toEqual(['cai cach the che', 'the che']);
    expect(topicKeys('Nội dung khác')).toEqual(['noi dung khac']);
  });
  it('makes y and i after a consonant one letter in names', () => {
    expect(nameKey('Phòng Kỹ thuật')).toBe(nameKey('phong ki thuat'));
    expect(nameKey('Thủy lợi')).toBe('thuy loi');
  });
});
