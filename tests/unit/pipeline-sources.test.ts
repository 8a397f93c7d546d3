/**
 * Whole-pipeline facts (parse + units + times + duties) over the real
 * sources, each checked by a person against content/sources/ (line quoted).
 */
import { describe, it, expect } from 'vitest';
import { importContent } from '../../scripts/lib/pipeline';

const corpus = importContent('content');
const task = (id: string) => {
  const t = corpus.tasks.find((x) => x.id === id);
  if (!t) throw new Error(`no task ${id}`);
  return t;
};
const unitName = (id: string) => corpus.units.find((u) => u.id === id)?.name;
const count = (plan: string) => corpus.tasks.filter((t) => t.plan === plan).length;
const perArea = (plan: string) =>
  corpus.tasks
    .filter((t) => t.plan === plan)
    .reduce<Record<string, number>>((m, t) => ({ ...m, [t.area]: (m[t.area] ?? 0) + 1 }), {});

describe('qt-2021-2025', () => {
  it('has 42 numbered items in 7 areas: I:3, II:8, III:4, IV:9, V:5, VI:5, VII:8', () => {
    expect(count('qt-2021-2025')).toBe(42);
    // I Cải cách thể chế, II TTHC, III bộ máy, IV công vụ, V tài chính công, VI chính quyền điện tử, VII chỉ đạo
    expect(perArea('qt-2021-2025')).toEqual({
      'the-che': 3,
      tthc: 8,
      'bo-may': 4,
      'cong-vu': 9,
      'tai-chinh': 5,
      so: 5,
      'chi-dao': 8,
    });
  });
  it('II.6 and VI.4 are led by Sở Thông tin và Truyền thông, the unit also written "Sở TT&TT"', () => {
    // line 49 "Sở Thông tin và" + line 52 "Truyền thông" (after the page header); line 111 likewise
    expect(task('qt-2021-2025/ii-6').lead).toEqual(['so-thong-tin-va-truyen-thong']);
    expect(task('qt-2021-2025/vi-4').lead).toEqual(['so-thong-tin-va-truyen-thong']);
    const tttt = corpus.tasks.filter((t) => t.activities.some((a) => a.leadRaw.includes('Sở TT&TT')));
    expect(tttt.length).toBeGreaterThan(0);
    for (const t of tttt) expect(t.lead).toContain('so-thong-tin-va-truyen-thong');
  });
  it('VI.1 is led by two units', () => {
    expect(task('qt-2021-2025/vi-1').lead.map(unitName)).toEqual([
      'Sở Thông tin và Truyền thông',
      'Văn phòng UBND tỉnh',
    ]);
  });
  it('applies the J= correction and shows it', () => {
    expect(task('qt-2021-2025/vii-7').corrections).toMatchObject([
      { from: 'J=Kế hoạch và Đầu tư', to: 'Kế hoạch và Đầu tư' },
    ]);
    expect(corpus.diagnostics.some((d) => d.code === 'correction' && d.plan === 'qt-2021-2025')).toBe(true);
  });
});

describe('vp-ubnd-2024', () => {
  it('has 29 tasks in 7 areas: I:1–5, II:6–8, III:9–13, IV:14–15, V:16–20, VI:21–22, VII:23–29', () => {
    const ids = (area: string) =>
      corpus.tasks.filter((t) => t.plan === 'vp-ubnd-2024' && t.area === area).map((t) => Number(t.number));
    expect(ids('chi-dao')).toEqual([1, 2, 3, 4, 5]);
    expect(ids('the-che')).toEqual([6, 7, 8]);
    expect(ids('tthc')).toEqual([9, 10, 11, 12, 13]);
    expect(ids('bo-may')).toEqual([14, 15]);
    expect(ids('cong-vu')).toEqual([16, 17, 18, 19, 20]);
    expect(ids('tai-chinh')).toEqual([21, 22]);
    expect(ids('so')).toEqual([23, 24, 25, 26, 27, 28, 29]);
    expect(corpus.plans.find((p) => p.id === 'vp-ubnd-2024')?.declaredTaskCount).toBe(29); // line 264
  });
  it('task 13: Trung tâm Phục vụ hành chính công tỉnh, "Từ Quý I đến Quý III" → 2024-01-01..2024-09-30', () => {
    // line 228 "Trung tâm Phục" … line 231 "vụ hành chính công tỉnh"; "Từ Quý I đến" + "Quý III"
    const t = task('vp-ubnd-2024/13');
    expect(t.lead.map(unitName)).toEqual(['Trung tâm Phục vụ hành chính công tỉnh']);
    expect(t.time).toMatchObject({ raw: 'Từ Quý I đến Quý III', kind: 'range', from: '2024-01-01', to: '2024-09-30' });
  });
  it('"Phòng HCTC" and "Phòng Hành chính - Tổ chức" are one unit', () => {
    expect(task('vp-ubnd-2024/1').lead).toContain('vp-ubnd-phong-hanh-chinh-to-chuc'); // line 202 "Phòng HCTC; …"
    expect(task('vp-ubnd-2024/6').lead).toEqual(['vp-ubnd-phong-hanh-chinh-to-chuc']); // line 214
  });
  it('task 8 has two activities (plan, then report), each with its own time', () => {
    // line 216: "… Kế hoạch về công tác pháp chế Báo cáo kết quả thực hiện" / "Tháng 01/2024 Trong năm 2024"
    const t = task('vp-ubnd-2024/8');
    expect(t.activities.map((a) => a.time?.raw)).toEqual(['Tháng 01/2024', 'Trong năm 2024']);
    expect(t.activities.map((a) => a.outputs)).toEqual([['Kế hoạch'], ['Báo cáo']]);
  });
});

describe('snv-2026', () => {
  it('has 5 areas with 10, 6, 10, 6, 6 tasks (the file ends with Nội dung 5 task 6)', () => {
    expect(perArea('snv-2026')).toEqual({ 'chi-dao': 10, 'the-che': 6, tthc: 10, 'bo-may': 6, 'cong-vu': 6 });
  });
  it('warns about the declared 13 and 07 and about the truncated end', () => {
    const w = corpus.diagnostics.filter((d) => d.plan === undefined || d.file === 'content/sources/snv-2026.txt');
    expect(w.some((d) => d.code === 'declared-count' && d.line === 178)).toBe(true);
    expect(w.some((d) => d.code === 'declared-count' && d.line === 192)).toBe(true);
    expect(w.some((d) => d.code === 'truncated')).toBe(true);
  });
  it('"Phòng XDCQ" and "Phòng Xây dựng chính quyền" are one unit', () => {
    expect(task('snv-2026/4-5').lead).toEqual(['snv-phong-xay-dung-chinh-quyen']); // line 241 "Phòng Xây dựng chính quyền"
    expect(task('snv-2026/5-5').lead).toEqual(['snv-phong-xay-dung-chinh-quyen']); // line 251 "Phòng XDCQ"
  });
  it('applies the "Trưng ương" correction to task 1.6 and reads the time as conditional', () => {
    expect(task('snv-2026/1-6').time?.kind).toBe('conditional');
    expect(task('snv-2026/1-6').corrections).toHaveLength(1);
  });
});

describe('vinh-linh-2021-2025: leads derived from the duties section', () => {
  const leadOf = (area: string) => [
    ...new Set(corpus.tasks.filter((t) => t.plan === 'vinh-linh-2021-2025' && t.area === area).flatMap((t) => t.lead)),
  ];
  it('Phòng Tư pháp leads cải cách thể chế; Văn phòng HĐND và UBND huyện leads TTHC; Phòng Tài chính - Kế hoạch leads tài chính công', () => {
    expect(leadOf('the-che')).toEqual(['vinh-linh-phong-tu-phap']);
    expect(leadOf('tthc')).toEqual(['vinh-linh-van-phong-hdnd-va-ubnd-huyen']);
    expect(leadOf('tai-chinh')).toEqual(['vinh-linh-phong-tai-chinh-ke-hoach']);
    expect(corpus.tasks.filter((t) => t.plan === 'vinh-linh-2021-2025').every((t) => t.leadDerived)).toBe(true);
  });
});

describe('hai-lang-2024', () => {
  it('has 51 tasks in 7 areas (I:1–8, II:9–17, III:18–28, IV:29–31, V:32–38, VI:39–46, VII:47–51)', () => {
    expect(count('hai-lang-2024')).toBe(51);
    expect(perArea('hai-lang-2024')).toEqual({
      'chi-dao': 8,
      'the-che': 9,
      tthc: 11,
      'bo-may': 3,
      'cong-vu': 7,
      'tai-chinh': 8,
      so: 5,
    });
  });
  it('task 26 is led by two units; Phòng VH&TT and Phòng Văn hóa - Thông tin are one unit', () => {
    expect(task('hai-lang-2024/26').lead).toHaveLength(2);
    expect(corpus.units.filter((u) => u.jurisdiction === 'huyện Hải Lăng' && /Văn hóa/.test(u.name))).toHaveLength(1);
  });
});

describe('every plan', () => {
  it('gives every task a permalink derived from its printed number', () => {
    for (const t of corpus.tasks)
      expect(t.url).toBe(`/${t.plan}/${t.number.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/`);
  });
  it('loses no error silently: the import has no error-level diagnostic', () => {
    expect(corpus.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  });
});

describe('targets of the same indicator line up across plans', () => {
  it('share of administrative files moved electronically: province 80% vs Hải Lăng 95%', () => {
    // qt-2021-2025 line 47 (Mục tiêu of II.4): "Tối thiểu 80% hồ sơ giải quyết TTHC được luân chuyển trong nội bộ …"
    // hai-lang-2024 lines 1949–1953: "Tối thiểu 95% hồ sơ giải … được luân chuyển trong nội …"
    const byPlan = (plan: string) =>
      corpus.targets.find((t) => t.plan === plan && /luân chuyển trong nội bộ/.test(t.text));
    const province = byPlan('qt-2021-2025')!;
    const district = byPlan('hai-lang-2024')!;
    expect(province).toMatchObject({ value: 80, unit: '%', comparator: 'min' });
    expect(district).toMatchObject({ value: 95, unit: '%', comparator: 'min', deadlineYear: 2024 });
    expect(province.indicator).not.toBe('');
    expect(district.indicator).toBe(province.indicator);
  });
});
