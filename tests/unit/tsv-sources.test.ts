/**
 * Whole-source facts for the three tab-separated appendices, each checked by
 * reading content/sources/*.txt (the source line is quoted next to the check).
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parseTsvTable } from '../../src/import/tsv/table';
import type { ParseResult, RawTask } from '../../src/import/raw';
import { unplacedCells } from './tsv-conservation';

const read = (id: string) => readFileSync(new URL(`../../content/sources/${id}.txt`, import.meta.url), 'utf8');
const parse = (id: string) => parseTsvTable(read(id), { file: `${id}.txt`, plan: id });
const task = (r: ParseResult, n: string): RawTask => {
  const t = r.tasks.find((x) => x.number === n);
  if (!t) throw new Error(`no task ${n}`);
  return t;
};
const perSection = (r: ParseResult) => {
  const out: Record<string, string[]> = {};
  for (const t of r.tasks) (out[t.section] ??= []).push(t.number);
  return out;
};
const codes = (r: ParseResult, code: string) => r.diagnostics.filter((d) => d.code === code);

describe('qt-2021-2025 qt-2021-2025 (province appendix, 9 columns)', () => {
  const r = parse('qt-2021-2025');

  it('has 7 areas and 42 numbered items, numbered per section (I:3 II:8 III:4 IV:9 V:5 VI:5 VII:8)', () => {
    // "<b>I</b>\t<b>Cải cách thể chế</b>" … "<b>VII</b>\t<b>Công tác chỉ đạo, điều hành</b>"
    expect(r.areas.map((a) => a.number)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(r.areas[6]!.label).toBe('Công tác chỉ đạo, điều hành');
    const counts = Object.fromEntries(Object.entries(perSection(r)).map(([s, ns]) => [s, ns.length]));
    expect(counts).toEqual({ I: 3, II: 8, III: 4, IV: 9, V: 5, VI: 5, VII: 8 });
    expect(r.tasks.length).toBe(42);
    expect(r.tasks.map((t) => t.number)).toContain('II.3');
    expect(task(r, 'II.3').areaLabel).toBe('Cải cách thủ tục hành chính');
  });

  it('joins "Sở Thông tin và" + "Truyền thông" across page breaks (II.6 lines 49/52, VI.4 lines 111/114)', () => {
    expect(task(r, 'II.6').activities[0]!.leadRaw).toBe('Sở Thông tin và Truyền thông');
    expect(task(r, 'VI.4').activities[0]!.leadRaw).toBe('Sở Thông tin và Truyền thông');
    // line 52 also continues the coordinate cell: "Các sở, ngành, UBND" + "huyện, thành phố"
    expect(task(r, 'II.6').activities[0]!.coordinateRaw).toBe('Các sở, ngành, UBND huyện, thành phố');
  });

  it('keeps the two leads of VI.1 as printed (line 103 "Sở TT&TT Văn phòng UBND tỉnh")', () => {
    expect(task(r, 'VI.1').activities[0]!.leadRaw).toBe('Sở TT&TT Văn phòng UBND tỉnh');
  });

  it('splits line 11 into 4 aligned activities and reports the 5 budgets', () => {
    const acts = task(r, 'I.1').activities.filter((a) => a.lines[0] === 11);
    expect(acts.map((a) => a.text)).toEqual([
      'Lập đề nghị xây dựng Nghị quyết, Quyết định',
      'Soạn thảo, lấy ý kiến dự thảo Nghị quyết, Quyết định',
      'Thẩm định dự thảo văn bản',
      'Ban hành văn bản QPPL',
    ]);
    expect(acts.map((a) => a.leadRaw)).toEqual([
      'Các sở, ban, ngành cấp tỉnh',
      'Cơ quan soạn thảo văn bản QPPL',
      'Sở Tư pháp',
      'Cơ quan soạn thảo văn bản QPPL',
    ]);
    expect(acts[1]!.coordinateRaw).toBe('Các sở, ban, ngành cấp tỉnh; UBND cấp huyện');
    expect(acts.every((a) => a.timeRaw === 'Hàng năm')).toBe(true);
    const mismatches = codes(r, 'items-count-mismatch').filter((d) => d.line === 11);
    expect(mismatches.map((d) => d.field)).toContain('8- Kinh phí');
    expect(task(r, 'I.1').budget).toBe('Theo dự toán ngân sách hàng năm');
  });

  it('line 12 starts a new Nhiệm vụ of I.1; line 15 continues the Mục tiêu but starts a new activity', () => {
    const t = task(r, 'I.1');
    const l12 = t.activities.find((a) => a.lines[0] === 12)!;
    expect(l12.task).toBe('Kiểm tra văn bản QPPL');
    expect(l12.text).toBe('Tự kiểm tra Quyết định của UBND');
    // line 11 ends "... bảo đảm 100% văn bản quy phạm pháp luật", line 15 goes on "(VBQPPL) của HĐND và UBND tỉnh ..."
    expect(t.objective).toContain('100% văn bản quy phạm pháp luật (VBQPPL) của HĐND và UBND tỉnh được ban hành');
    const l15 = t.activities.find((a) => a.lines[0] === 15)!;
    expect(l15.text).toBe('Xây dựng và ban hành Kế hoạch kiểm tra văn bản QPPL');
    expect(l15.task).toBe('Kiểm tra văn bản QPPL');
    expect(t.activities.filter((a) => a.lines[0] >= 16 && a.lines[0] <= 21)).toHaveLength(6);
  });

  it('realigns line 20 (shifted right) and line 97 (shifted left)', () => {
    const l20 = task(r, 'I.1').activities.find((a) => a.lines[0] === 20)!;
    expect(l20.text).toBe('Xây dựng và ban hành Kế hoạch về công tác pháp chế');
    expect(l20.outputs).toEqual(['Kế hoạch']);
    expect(l20.leadRaw).toBe('Sở Tư pháp');
    expect(l20.coordinateRaw).toBe('Các sở, ban, ngành cấp tỉnh');
    expect(l20.timeRaw).toBe('Trước ngày 31/12 hàng năm');
    // its Nhiệm vụ "... bồi dưỡng nghiệp" continues on line 24 "vụ cho cán bộ, ... xây dựng pháp luật"
    expect(l20.task).toMatch(
      /^Củng cố, kiện toàn tổ chức pháp chế .* bồi dưỡng nghiệp vụ cho cán bộ, công chức, những người làm công tác xây dựng pháp luật$/,
    );
    const v4 = task(r, 'V.4');
    expect(v4.title).toMatch(/^Hướng dẫn triển khai và thực hiện thẩm định/);
    expect(v4.activities[0]!.outputs).toEqual(['Thông báo']);
    expect(v4.activities[0]!.leadRaw).toBe('Sở Tài chính');
    expect(v4.activities[0]!.coordinateRaw).toBe('Các Sở, ban, ngành trực thuộc UBND tỉnh, UBND cấp huyện');
    expect(v4.activities[0]!.timeRaw).toBe('Thường xuyên hàng năm');
    expect(codes(r, 'shifted-row').map((d) => d.line)).toEqual([20, 97]);
  });

  it('records the continued Nhiệm vụ of line 20 on line 24 under that activity, not the title', () => {
    // I.1 activities: line 11 → 0-3, lines 12, 15, 16, 17, 18, 19, 20, 21 → 4-11
    const l24 = r.ledger.filter((e) => e.line === 24);
    expect(l24.map((e) => e.to)).toEqual(['task:I.1.activities.10.task', 'task:I.1.activities.11.text']);
  });

  it('line 21 activity continues on line 24 ("công tác xây" + "dựng pháp luật ...")', () => {
    const l21 = task(r, 'I.1').activities.find((a) => a.lines[0] === 21)!;
    expect(l21.text).toBe(
      'Tổ chức tập huấn, bồi dưỡng nghiệp vụ cho cán bộ, công chức, những người làm công tác xây dựng pháp luật và pháp chế cơ quan',
    );
  });

  it('gives sub-rows 38 and 39 their own activities of the single-space-joined line 37', () => {
    const acts = task(r, 'II.1').activities.filter((a) => a.lines[0] === 37);
    expect(acts.map((a) => a.outputs)).toEqual([['Kế hoạch'], ['Báo cáo, Phương án'], ['Quyết định']]);
    expect(acts[2]!.text).toBe('Quyết định phê duyệt phương án đơn giản hóa TTHC của UBND tỉnh');
  });

  it('continues a bulleted lead list after a page break (VII.5 lines 125/128)', () => {
    expect(task(r, 'VII.5').activities[0]!.leadRaw).toBe(
      '- Sở Thông tin và Truyền thông - UBND cấp huyện, UBND cấp xã',
    );
  });

  it('turns the HTML of line 44 into text and keeps both years', () => {
    const t = task(r, 'II.3');
    expect(t.objective).toMatch(/^Cung cấp TTHC mức độ 3 và mức độ 4:\n\n- Đến năm 2025: Tối thiểu 80%/);
    // "<li>- Quyết định công bố danh mục DVC trực tuyến;</li> <li>- Tích hợp, ...</li>"
    expect(t.activities[0]!.outputs).toEqual([
      'Quyết định công bố danh mục DVC trực tuyến',
      'Tích hợp, cung cấp dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia đối với các thủ tục hành chính',
    ]);
    expect(t.activities[0]!.timeRaw).toBe('Năm 2025  Năm 2030');
    expect(JSON.stringify(r.tasks)).not.toMatch(/<\/?(p|ul|li|b|i)[ >]/);
  });

  it('places every non-empty table cell (conservation)', () => {
    expect(unplacedCells(read('qt-2021-2025'), r)).toEqual([]);
    expect(r.ledger.filter((e) => e.to === 'header').map((e) => e.line)).toContain(132);
  });
});

describe('vp-ubnd-2024 vp-ubnd-2024 (prose + appendix, 8 columns)', () => {
  const r = parse('vp-ubnd-2024');

  it('has 29 tasks numbered globally in 7 areas and the declared total 29', () => {
    const s = perSection(r);
    expect(s).toEqual({
      I: ['1', '2', '3', '4', '5'],
      II: ['6', '7', '8'],
      III: ['9', '10', '11', '12', '13'],
      IV: ['14', '15'],
      V: ['16', '17', '18', '19', '20'],
      VI: ['21', '22'],
      VII: ['23', '24', '25', '26', '27', '28', '29'],
    });
    // last line: "Phụ lục có 29 nhiệm vụ."
    expect(r.declaredTaskCount).toBe(29);
    expect(codes(r, 'declared-task-count')).toEqual([]);
    expect(codes(r, 'truncated')).toEqual([]);
  });

  it('task 13: lead and time joined across the page break (lines 226/229)', () => {
    const a = task(r, '13').activities[0]!;
    expect(a.leadRaw).toBe('Trung tâm Phục vụ hành chính công tỉnh');
    expect(a.timeRaw).toBe('Từ Quý I đến Quý III');
    expect(a.coordinateRaw).toBe('Các sở, ban, ngành thực hiện thí điểm');
  });

  it('task 8 holds two activities joined by single spaces (line 216)', () => {
    const acts = task(r, '8').activities;
    expect(acts.map((a) => a.text)).toEqual([
      'Xây dựng và ban hành Kế hoạch về công tác pháp chế',
      'Báo cáo kết quả thực hiện',
    ]);
    expect(acts.map((a) => a.outputs)).toEqual([['Kế hoạch'], ['Báo cáo']]);
    expect(acts.map((a) => a.leadRaw)).toEqual(['Phòng Hành chính - Tổ chức', 'Phòng Hành chính - Tổ chức']);
    expect(acts.map((a) => a.timeRaw)).toEqual(['Tháng 01/2024', 'Trong năm 2024']);
  });

  it('task 7 (line 215) and task 1 (lines 202-203 "Báo cáo" row) have two activities', () => {
    expect(task(r, '7').activities.map((a) => a.timeRaw)).toEqual(['Quý I/2024', 'Định kỳ trong năm 2024']);
    const t1 = task(r, '1').activities;
    expect(t1.map((a) => a.text)).toEqual([
      'Xây dựng, ban hành Kế hoạch CCHC của Văn phòng',
      'Báo cáo kết quả thực hiện',
    ]);
    expect(t1.map((a) => a.timeRaw)).toEqual(['Trước ngày 31/01/2024', 'Theo định kỳ trong năm 2024']);
  });

  it('a sub-row without unit cells takes the units of the merged cells above (lines 248/249)', () => {
    const [a, b] = task(r, '23').activities;
    expect(b!.text).toBe('Báo cáo kết quả');
    expect(b!.leadRaw).toBe(a!.leadRaw);
    expect(a!.leadRaw).toBe('Cổng Thông tin điện tử tỉnh; Trung tâm Phục vụ hành chính công tỉnh');
    expect(b!.timeRaw).toBe('Theo định kỳ năm 2024');
  });

  it('task 9 has a second Nhiệm vụ on line 221', () => {
    expect(task(r, '9').activities.map((a) => a.task)).toEqual([
      'Rà soát, thống kê, đề xuất cắt giảm các nội dung liên quan đến TTHC',
      'Tham mưu ban hành Quyết định thông qua phương án đơn giản hóa TTHC',
    ]);
  });

  it('places every non-empty table cell and leaves the prose alone', () => {
    expect(unplacedCells(read('vp-ubnd-2024'), r)).toEqual([]);
    expect(Math.min(...r.ledger.map((e) => e.line))).toBe(200);
  });
});

describe('snv-2026 snv-2026 (two-row header, "Nội dung N" sections)', () => {
  const r = parse('snv-2026');

  it('has 5 areas with tasks numbered per section as "N.k"', () => {
    // The copy in content/sources ends with Nội dung 5 task 6 (line 255), not a bare header.
    const counts = Object.fromEntries(Object.entries(perSection(r)).map(([s, ns]) => [s, ns.length]));
    expect(counts).toEqual({ '1': 10, '2': 6, '3': 10, '4': 6, '5': 6 });
    expect(r.areas.map((a) => a.declaredCount)).toEqual([13, 7, 10, 6, 6]);
    expect(task(r, '2.3').title).toBe('Rà soát văn bản QPPL thuộc lĩnh vực quản lý của ngành, lĩnh vực');
    expect(task(r, '5.5').leadRaw).toBe('Phòng XDCQ');
  });

  it('warns for the declared 13 and 07 and for the truncated end', () => {
    expect(codes(r, 'declared-count').map((d) => d.line)).toEqual([178, 192]);
    expect(codes(r, 'truncated')).toHaveLength(1);
  });

  it('reads the italic rows of Nội dung 2 task 1 as its sub-activities', () => {
    const t = task(r, '2.1');
    expect(t.activities.map((a) => a.text)).toEqual([
      'Lập đề nghị xây dựng Nghị quyết, Quyết định',
      'Soạn thảo, lấy ý kiến dự thảo Nghị quyết, Quyết định',
      'Thẩm định dự thảo văn bản',
      'Trình ban hành văn bản QPPL',
    ]);
    // line 194 "<i>Công văn lập danh mục quy</i>" + line 198 "<i>định chi tiết ...</i>"
    expect(t.activities[0]!.outputs).toEqual([
      'Công văn lập danh mục quy định chi tiết và nội dung khác được giao trong văn bản QPPL của cấp trên',
    ]);
    expect(t.outputs).toEqual(['Nghị quyết, Quyết định']);
  });

  it('places every non-empty table cell (conservation)', () => {
    expect(unplacedCells(read('snv-2026'), r)).toEqual([]);
  });
});
