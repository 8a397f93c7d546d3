import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractTargets, indicatorKey, indicatorArea, deadlineIn, sentences } from '../../src/import/targets';
import { parseProse } from '../../src/import/prose/parse';
import { areaKey } from '../../src/import/areas';

const ctx = { areaLabel: 'Cải cách thủ tục hành chính', lines: [1, 1] as [number, number] };
const VL = readFileSync(new URL('../../content/sources/vinh-linh-2021-2025.txt', import.meta.url), 'utf8');
const vl = parseProse(VL, { file: 'vl', plan: 'vl', period: { from: 2021, to: 2025 } });
const at = (line: number) => vl.targets.filter((t) => t.lines[0] === line);

describe('targets of Vĩnh Linh (vinh-linh-2021-2025), checked by hand against the source', () => {
  const pick = (t: { value: number; unit: string; comparator: string; deadlineYear: number | null }) => [
    t.value,
    t.unit,
    t.comparator,
    t.deadlineYear,
  ];

  it('reads "cắt giảm ít nhất 25%" and "đạt từ 99% trở lên" in one line under "Đến năm 2025:"', () => {
    // vinh-linh:132 "**Đến năm 2025:**"; :134 "+ Rà soát, đơn giản hóa TTHC, cắt giảm ít nhất 25% thời gian giải quyết
    // TTHC so với quy định. Tỷ lệ số lượng hồ sơ TTHC được giải quyết đúng hạn và trước hạn hàng năm đạt từ 99% trở lên."
    expect(at(134).map(pick)).toEqual([
      [25, '%', 'reduce-by', 2025],
      [99, '%', 'min', null], // "hàng năm": every year, no single deadline
    ]);
    expect(at(134)[1]!.comparatorRaw).toBe('đạt từ … trở lên');
  });

  it('"Tối thiểu 80% hồ sơ ... luân chuyển ... phương thức điện tử" by 2025', () => {
    // vinh-linh:136
    expect(at(136).map(pick)).toEqual([[80, '%', 'min', 2025]]);
    expect(at(136)[0]!.comparatorRaw).toBe('Tối thiểu');
  });

  it('splits two targets in one sentence: 80% of TTHC paid online, of which 30% of transactions', () => {
    // vinh-linh:140 "+ Tối thiểu 80% thủ tục hành chính có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán
    // trực tuyến, trong số đó, tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30% trở lên."
    const ts = at(140);
    expect(ts.map(pick)).toEqual([
      [80, '%', 'min', 2025],
      [30, '%', 'min', 2025],
    ]);
    expect(ts[1]!.text).toBe('tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30% trở lên');
  });

  it('reads the 2030 lead-in "**- Đến năm 2030:**" for 100% and 50%', () => {
    // vinh-linh:144, :146 "+ 100% thủ tục hành chính, ... trong số đó, tỷ lệ giao dịch thanh toán trực tuyến đạt từ 50% trở lên."
    expect(at(146).map(pick)).toEqual([
      [100, '%', 'exact', 2030],
      [50, '%', 'min', 2030],
    ]);
  });

  it('"Giảm tối thiểu 10% biên chế ... so với năm 2021": the baseline year is not the deadline', () => {
    // vinh-linh:178 "#### **- Đến năm 2025:**", :180
    expect(at(180).map(pick)).toEqual([[10, '%', 'reduce-by', 2025]]);
    expect(at(180)[0]!.comparatorRaw).toBe('Giảm tối thiểu');
  });

  it('satisfaction 90% and 85% separated by ";"', () => {
    // vinh-linh:182 "... đạt tối thiểu 90%; mức độ hài lòng của người dân về dịch vụ y tế, giáo dục công lập đạt tối thiểu 85%."
    expect(at(182).map(pick)).toEqual([
      [90, '%', 'min', 2025],
      [85, '%', 'min', 2025],
    ]);
    expect(at(182)[1]!.text).toBe('mức độ hài lòng của người dân về dịch vụ y tế, giáo dục công lập đạt tối thiểu 85%');
  });

  it('"trên 30% lãnh đạo" is more-than, by 2030', () => {
    // vinh-linh:232 "- *Đến năm 2030:*", :234 "... trên 30% lãnh đạo các cơ quan chuyên môn ..."
    expect(at(234).map(pick)).toEqual([[30, '%', 'more-than', 2030]]);
  });

  it('"Trên 90% hồ sơ công việc tại cấp huyện, trên 80% ... tại cấp xã"', () => {
    // vinh-linh:306 "*- Đến năm 2025:*", :312
    expect(at(312).map(pick)).toEqual([
      [90, '%', 'more-than', 2025],
      [80, '%', 'more-than', 2025],
    ]);
  });

  it('"Ít nhất 50% hoạt động kiểm tra" (2025) and "70% hoạt động kiểm tra" (2030)', () => {
    expect(at(318).map(pick)).toEqual([[50, '%', 'min', 2025]]); // vinh-linh:318
    expect(at(326).map(pick)).toEqual([[70, '%', 'exact', 2030]]); // vinh-linh:322, :326
  });

  it('"Giảm bình quân 15% chi trực tiếp ... so với giai đoạn 2021-2025" under "Đến năm 2030:"', () => {
    // vinh-linh:274 "#### - Đến năm 2030:", :276-278 (cut by a page break). "so với giai đoạn
    // 2021-2025" is the baseline, so the deadline is the lead-in's 2030.
    const t = at(276)[0]!;
    expect([t.value, t.unit, t.comparator, t.deadlineYear, t.deadlineRaw]).toEqual([
      15,
      '%',
      'reduce-by',
      2030,
      'Đến năm 2030',
    ]);
  });

  it('counts "từ 1-2 sáng kiến" each year as at least 1', () => {
    // vinh-linh:358 "Mỗi năm có từ 1-2 sáng kiến, giải pháp được triển khai ..."
    const t = at(358).find((t) => t.unit === 'sáng kiến')!;
    expect([t.value, t.comparator, t.deadlineYear, t.deadlineRaw]).toEqual([1, 'min', null, 'Mỗi năm']);
  });

  it('finds dozens of targets, each in a known area', () => {
    expect(vl.targets.length).toBeGreaterThanOrEqual(40);
    for (const t of vl.targets) expect(areaKey(t.areaLabel)).toBeDefined();
  });

  it('ignores durations in tasks: "Kế hoạch CCHC 5 năm, 10 năm"', () => {
    expect(at(384)).toEqual([]); // vinh-linh:384
  });
});

describe('extractTargets on any text', () => {
  it('reads a table cell (vp-ubnd-2024 task 11, Mục tiêu)', () => {
    // vp-ubnd:224
    const cell =
      'Tối thiểu 80% hồ sơ giải quyết TTHC được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử.';
    const [t] = extractTargets(cell, { ...ctx, defaultYear: 2024 });
    expect(t).toMatchObject({
      value: 80,
      unit: '%',
      comparator: 'min',
      comparatorRaw: 'Tối thiểu',
      deadlineYear: 2024,
      deadlineRaw: '',
    });
  });

  it('shares "giảm" across "và": 10% and 5% of staff (hai-lang-2024)', () => {
    // hai-lang:356-360 "... tỷ lệ tinh giản biên chế giai đoạn 2022 - 2026, trong đó giảm 10% biên chế sự nghiệp
    // hưởng lương từ ngân sách nhà nước và 5% biên chế hành chính."
    const ts = extractTargets(
      'Triển khai các giải pháp nhằm đảm bảo tỷ lệ tinh giản biên chế giai đoạn 2022 - 2026, trong đó giảm 10% biên chế sự nghiệp hưởng lương từ ngân sách nhà nước và 5% biên chế hành chính.',
      ctx,
    );
    expect(ts.map((t) => [t.value, t.comparator, t.deadlineYear])).toEqual([
      [10, 'reduce-by', 2026],
      [5, 'reduce-by', 2026],
    ]);
    expect(ts[1]!.text).toBe('5% biên chế hành chính');
  });

  it('maps the other comparators', () => {
    const one = (s: string) => extractTargets(s, { ...ctx, defaultYear: 2025 })[0]!;
    expect(one('Tỷ lệ hồ sơ trễ hạn dưới 2%.')).toMatchObject({ comparator: 'less-than', comparatorRaw: 'dưới' });
    expect(one('Thời gian giải quyết không quá 5 ngày.')).toMatchObject({ comparator: 'max', unit: 'ngày', value: 5 });
    expect(one('Tỷ lệ đạt 99,5%.')).toMatchObject({ comparator: 'exact', comparatorRaw: 'đạt', value: 99.5 });
    expect(one('Tổ chức tối thiểu 2 lần kiểm tra.')).toMatchObject({ comparator: 'min', unit: 'lần', value: 2 });
  });

  it('needs a deadline when asked to', () => {
    expect(extractTargets('Đảm bảo 100% hồ sơ được số hóa.', { ...ctx, requireDeadline: true })).toEqual([]);
    expect(
      extractTargets('Đảm bảo 100% hồ sơ được số hóa trong năm 2024.', { ...ctx, requireDeadline: true })[0]!
        .deadlineYear,
    ).toBe(2024);
  });

  it('ignores numbers of documents and dates', () => {
    expect(extractTargets('Theo Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 và ISO 9001: 2015.', ctx)).toEqual([]);
  });

  it('reads deadlines', () => {
    expect(deadlineIn('đến năm 2030, hoàn thiện')).toEqual({ year: 2030, raw: 'đến năm 2030' });
    expect(deadlineIn('giảm 10% so với năm 2021')).toBeUndefined();
    expect(deadlineIn('hằng năm')).toEqual({ year: null, raw: 'hằng năm' });
  });

  it('splits sentences at a stop followed by a capital', () => {
    expect(sentences('A đạt 90%. Trong đó, B đạt 85%.')).toEqual(['A đạt 90%.', 'Trong đó, B đạt 85%.']);
  });
});

describe('indicatorKey', () => {
  it('lines up electronic file transfer: province (qt-2021-2025), Văn phòng (vp-ubnd-2024), Vĩnh Linh (vinh-linh-2021-2025), Hải Lăng (hai-lang-2024)', () => {
    const qt =
      'Tối thiểu 80% hồ sơ giải quyết TTHC được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử'; // qt-2021-2025:47
    // hai-lang:1949-1963, one cell cut into short lines
    const hl =
      'Tối thiểu 95% hồ sơ giải quyết thủ tục hành chính được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử.';
    const key = indicatorKey(qt);
    expect(key).not.toBe('');
    expect(indicatorKey(hl)).toBe(key);
    expect(indicatorKey(at(136)[0]!.text)).toBe(key);
  });

  it('keeps different measures apart', () => {
    const pay = indicatorKey(at(140)[0]!.text); // TTHC with online payment
    const share = indicatorKey(at(140)[1]!.text); // share of transactions paid online
    const happy = indicatorKey(at(142)[0]!.text);
    expect(new Set([pay, share, happy, indicatorKey(at(136)[0]!.text)]).size).toBe(4);
  });

  it('returns "" for a measure it does not know', () => {
    expect(indicatorKey('Tối thiểu 80% người dân biết bơi')).toBe('');
  });
});

describe('indicatorArea', () => {
  it('places plan-level targets of snv-2026 ("3. Các chỉ tiêu cụ thể") in an area', () => {
    // snv:43 "- 98% tỷ lệ hồ sơ TTHC được giải quyết đúng hạn và trước hạn. 100% hồ sơ TTHC trễ chậm, muộn đều phải có giải trình ..."
    expect(indicatorArea('98% tỷ lệ hồ sơ TTHC được giải quyết đúng hạn và trước hạn')).toBe('tthc');
    expect(indicatorArea('100% hồ sơ TTHC trễ chậm, muộn đều phải có giải trình trách nhiệm')).toBe('tthc');
    // snv:59 "- 100% tổ chức, đơn vị thuộc Sở thực hiện tốt các chế độ chính sách đối với công chức, viên chức; ..."
    expect(
      indicatorArea('100% tổ chức, đơn vị thuộc Sở thực hiện tốt các chế độ chính sách đối với công chức, viên chức'),
    ).toBe('cong-vu');
    expect(indicatorArea('Tối thiểu 80% người dân biết bơi')).toBeUndefined();
  });
});
