/**
 * Another document extracted the same way: rows of the tab-separated table
 * of vp-ubnd-2024.txt (8 columns, with Mục tiêu, unlike hai-lang-2024) re-wrapped into
 * hai-lang-2024's shape by tests/fixtures/pdf/make-fixture.py. The expected values are
 * the cells of the tab-separated source lines quoted in each test, so the
 * parser must recover them with no code written for this document.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePdfTable } from '../../src/import/pdf/table';
import type { ParseResult } from '../../src/import/raw';

const text = readFileSync('tests/fixtures/pdf/vp-ubnd-rewrapped.txt', 'utf8');
let result: ParseResult;
beforeAll(() => {
  result = parsePdfTable(text, { file: 'vp-ubnd-rewrapped.txt', plan: 'fixture' });
}, 60_000);

const task = (n: string) => result.tasks.find((t) => t.number === n)!;
const row = (n: string, k = 0) => {
  const { text: t, outputs, leadRaw, coordinateRaw, timeRaw } = task(n).activities[k]!;
  return [t, outputs, leadRaw, coordinateRaw, timeRaw];
};

describe('PDF table parser on a re-wrapped vp-ubnd-2024 table', () => {
  it('reads the columns from the wrapped header, including Mục tiêu', () => {
    expect(result.tasks).toHaveLength(8);
    expect(result.areas.map((a) => [a.number, a.label])).toEqual([
      ['I', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH'],
      ['II', 'CẢI CÁCH THỂ CHẾ'],
    ]);
    expect(result.tasks.map((t) => `${t.section}${t.number}`)).toEqual([
      'I1',
      'I2',
      'I3',
      'I4',
      'I5',
      'II6',
      'II7',
      'II8',
    ]);
  });

  it('source 202–203: task 1 and its second row "Báo cáo" / "Theo định kỳ trong năm 2024"', () => {
    expect(task('1').objective).toBe('Xây dựng Kế hoạch CCHC, các nhiệm vụ trọng tâm về CCHC trong năm');
    expect(task('1').title).toBe('Xác định nhiệm vụ cụ thể; Tổ chức triển khai kịp thời các nhiệm vụ CCHC');
    expect(row('1', 0)).toEqual([
      'Xây dựng, ban hành Kế hoạch CCHC của Văn phòng; Báo cáo kết quả thực hiện',
      ['Kế hoạch'],
      'Phòng HCTC; Phòng Nội chính; Trung tâm PVHCC; Công Thông tin điện tử',
      'Các phòng, ban, đơn vị',
      'Trước ngày 31/01/2024',
    ]);
    expect(row('1', 1)).toEqual(['', ['Báo cáo'], '', '', 'Theo định kỳ trong năm 2024']);
  });

  it('splits the fixture line 40 "Kế hoạch Phòng HCTC;" between Kết quả and Chủ trì', () => {
    expect(text.split('\n')[39]).toBe('Kế hoạch Phòng HCTC; ');
    expect(result.diagnostics.some((d) => d.code === 'pdf-line-split' && d.line === 40)).toBe(true);
  });

  it('source 204: task 2, first row', () => {
    expect(task('2').objective).toBe('Xây dựng Kế hoạch tuyên truyền về CCHC và tổ chức thực hiện');
    expect(task('2').title).toBe(
      'Xác định nhiệm vụ cụ thể; giao nhiệm vụ các đơn vị trong tuyên truyền CCHC Đẩy mạnh công tác thông tin, tuyên truyền, nâng cao nhận thức cho CCVC, người dân, doanh nghiệp và xã hội',
    );
    expect(row('2', 0)).toEqual([
      'Xây dựng, ban hành Kế hoạch tuyên truyền CCHC Tuyên truyền công tác CCHC đến CB, CCVC và người dân',
      ['Kế hoạch'],
      'Phòng HCTC; Phòng Nội chính; Trung tâm PVHCC; Công Thông tin điện tử',
      'Các phòng, ban, đơn vị',
      'Quý I/2024',
    ]);
  });

  it('source 206: task 3, a cell ending in a comma kept as written', () => {
    expect(task('3').title).toBe('Xác định trách nhiệm, nhiệm vụ cụ thể');
    expect(row('3')).toEqual([
      'Xây dựng các văn bản chỉ đạo, triển khai thực hiện.',
      ['Kế hoạch, công văn,'],
      'Phòng Hành chính - Tổ chức',
      'Các phòng, ban, đơn vị',
      'Cả năm 2024',
    ]);
  });

  it('source 212: task 5', () => {
    expect(task('5').title).toBe('Thực hiện kiểm tra công tác CCHC tỷ lệ 30%/tổng số phòng, ban, đơn vị thuộc VP');
    expect(row('5')).toEqual([
      'Xây dựng, ban hành Kế hoạch kiểm tra và tổ chức kiểm tra',
      ['Kế hoạch, Kết luận của đoàn kiểm tra, Các văn bản khắc phục của đơn vị được kiểm tra'],
      'Phòng HCTC',
      'Các phòng, ban, đơn vị',
      'Trong năm và hoàn thành trước 10/12/2024',
    ]);
  });

  it('source 214: task 6, in section II', () => {
    expect(task('6').objective).toBe(
      'Tham mưu xây dựng Quyết định của UBND tỉnh ban hành các văn bản QPPL thuộc chức năng, nhiệm vụ của Văn phòng UBND tỉnh Quảng Trị.',
    );
    expect(row('6')).toEqual([
      'Soạn thảo, lấy ý kiến dự thảo Quyết định Tờ trình, Quyết định',
      ['Công văn Quyết định QPPL'],
      'Phòng Hành chính - Tổ chức',
      'Các phòng, ban, đơn vị thuộc Văn phòng',
      'Cả năm 2024',
    ]);
  });

  it('source 216: task 8, two activities run together as in the source', () => {
    expect(row('8')).toEqual([
      'Xây dựng và ban hành Kế hoạch về công tác pháp chế Báo cáo kết quả thực hiện',
      ['Kế hoạch Báo cáo'],
      'Phòng Hành chính - Tổ chức Phòng Hành chính - Tổ chức',
      'Các phòng, ban, đơn vị Các phòng, ban, đơn vị',
      'Tháng 01/2024 Trong năm 2024',
    ]);
  });

  it('removes the page numbers and repeated headers the fixture put at its two page breaks', () => {
    const furniture = result.ledger.filter((e) => e.to === 'quality').map((e) => e.line);
    // 186 "2 " and 361 "3 ": page numbers; each followed by the 7 header lines.
    expect(furniture).toContain(186);
    expect(furniture).toContain(361);
    expect(furniture).toHaveLength(2 * 8);
  });

  it('notices the row cut by the second page break (377 "pháp luật; kiểm tra, xử" goes on task 7)', () => {
    expect(result.diagnostics.some((d) => d.code === 'pdf-row-rejoined' && d.line === 377)).toBe(true);
    // 324 "7  " … 393 "2024 " (the end of its Thời gian, after the page break)
    expect(task('7').lines).toEqual([324, 393]);
  });
});

describe('PDF table parser on a re-wrapped qt-2021-2025 table (9 columns, with Kinh phí)', () => {
  const qt = readFileSync('tests/fixtures/pdf/qt-rewrapped.txt', 'utf8');
  let r: ParseResult;
  beforeAll(() => {
    r = parsePdfTable(qt, { file: 'qt-rewrapped.txt', plan: 'fixture-qt' });
  }, 60_000);

  it('reads a mixed-case section row and a first row numbered 2 (source 10 and 25)', () => {
    expect(r.areas.map((a) => [a.number, a.label])).toEqual([['I', 'Cải cách thể chế']]);
    expect(r.tasks.map((t) => t.number)).toEqual(['2']);
  });

  it('source 25–28: four rows, the last under a Nhiệm vụ of its own, budget from Kinh phí', () => {
    const t = r.tasks[0]!;
    expect(t.objective).toBe('Đổi mới, nâng cao chất lượng, hiệu quả thực thi pháp luật');
    expect(t.title).toBe(
      'Triển khai có hiệu quả công tác tổ chức thi hành pháp luật; đổi mới công tác kiểm tra, theo dõi, đánh giá việc thực hiện trách nhiệm quản lý nhà nước trong công tác tổ chức thi hành pháp luật',
    );
    expect(t.budget).toBe('Theo dự toán ngân sách hàng năm');
    expect(t.activities.map((a) => [a.task ?? '', a.text, a.outputs, a.leadRaw, a.coordinateRaw, a.timeRaw])).toEqual([
      [
        '',
        'Xây dựng và ban hành Kế hoạch theo dõi tình hình thi hành pháp luật',
        ['Kế hoạch'],
        'Sở Tư pháp',
        'Các sở, ban, ngành cấp tỉnh; UBND cấp huyện',
        'Trước ngày 15/01 hàng năm',
      ],
      [
        '',
        'Thực hiện công tác kiểm tra tình hình thi hành pháp luật',
        ['Quyết định, Biên bản, Kết luận kiểm tra'],
        'Sở Tư pháp',
        'Các sở, ban, ngành cấp tỉnh; UBND cấp huyện',
        'Hàng năm',
      ],
      [
        '',
        'Thực hiện hoạt động điều tra, khảo sát tình hình thi hành pháp luật',
        ['Phương án điều tra, khảo sát'],
        'Sở Tư pháp',
        'Các sở, ban, ngành cấp tỉnh; UBND cấp huyện',
        'Hàng năm',
      ],
      [
        'Tăng cường vai trò của người dân, doanh nghiệp, các tổ chức chính trị - xã hội, xã hội - nghề nghiệp và cộng đồng trong phản biện chính sách và giám sát thi hành pháp luật; kịp thời xử lý các vấn đề',
        'Tăng cường năng lực phản ứng chính sách, kịp thời xử lý các vấn đề mới phát sinh trong tổ chức thi hành pháp luật',
        ['Các văn bản xử lý kết quả theo dõi thi hành pháp luật/Báo cáo kết quả theo dõi thi hành pháp luật hàng năm'],
        'Các sở, ban, ngành cấp tỉnh: đối với xử lý kết quả theo dõi thi hành pháp luật; Sở Tư pháp: đối với Báo',
        'Các sở, ban, ngành cấp tỉnh; UBND cấp huyện',
        'Trước ngày 10/12 hàng năm',
      ],
    ]);
  });
});
