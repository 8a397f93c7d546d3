import { describe, it, expect } from 'vitest';
import {
  outputItems,
  repeatedItems,
  splitInto,
  strongItems,
  timeItems,
  toInline,
  toMarkdown,
  unwrapWhole,
  weakItems,
} from '../../src/import/cells';

describe('toMarkdown', () => {
  it('turns <b>, <i>, <p>, <ul>/<li> into Markdown-ish text', () => {
    // qt-2021-2025 line 44, Mục tiêu
    const cell =
      '<p>Cung cấp TTHC mức độ 3 và mức độ 4:</p> <ul style="list-style-type: none"> <li>- Đến năm 2025: A.</li> <li>- Đến năm 2030: B.</li> </ul>';
    expect(toMarkdown(cell)).toBe('Cung cấp TTHC mức độ 3 và mức độ 4:\n\n- Đến năm 2025: A.\n- Đến năm 2030: B.');
    expect(toMarkdown('a <b>đậm</b> và <i>nghiêng</i>')).toBe('a **đậm** và *nghiêng*');
  });

  it('leaves any other markup as literal text', () => {
    for (const s of [
      '<script>alert(1)</script>',
      '<iframe src="x"></iframe>',
      '{props}',
      "import x from 'y'",
      'javascript:alert(1)',
      'a < b > c',
    ])
      expect(toMarkdown(s)).toBe(s);
  });
});

describe('toInline', () => {
  it('joins paragraphs with two spaces, as the time parser expects ("Năm 2025  Năm 2030")', () => {
    expect(toInline('<p>Năm 2025</p> <p>Năm 2030</p>')).toBe('Năm 2025  Năm 2030');
    expect(toInline('Sở <b>Nội vụ</b>')).toBe('Sở Nội vụ');
    expect(toInline('Sở <img src=x>')).toBe('Sở <img src=x>');
  });
});

describe('splitting items', () => {
  it('splits on two spaces and on <p> blocks, but keeps lists whole', () => {
    expect(strongItems('Hàng năm  Hàng năm  Hàng năm')).toEqual(['Hàng năm', 'Hàng năm', 'Hàng năm']);
    expect(strongItems('<p>Năm 2025</p> <p>Năm 2030</p>')).toEqual(['Năm 2025', 'Năm 2030']);
    expect(strongItems('<ul><li>- a</li><li>- b</li></ul>')).toHaveLength(1);
  });

  it('splits lists on "; ", <li> and leading "- " bullets, not on a hyphen inside a name', () => {
    expect(weakItems('Báo cáo Tự đánh giá, chấm điểm; Kế hoạch;')).toEqual([
      'Báo cáo Tự đánh giá, chấm điểm',
      'Kế hoạch',
    ]);
    expect(weakItems('- Kế hoạch - Kết luận của đoàn kiểm tra')).toEqual(['Kế hoạch', 'Kết luận của đoàn kiểm tra']);
    expect(weakItems('Phòng Hành chính - Tổ chức')).toEqual(['Phòng Hành chính - Tổ chức']);
    expect(outputItems('<ul> <li>- Quyết định;</li> <li>- Tích hợp</li> </ul>')).toEqual(['Quyết định', 'Tích hợp']);
  });

  it('finds a second time expression after a complete one (vp-ubnd-2024 lines 215, 216, 226/229)', () => {
    expect(timeItems('Tháng 01/2024 Trong năm 2024')).toEqual(['Tháng 01/2024', 'Trong năm 2024']);
    expect(timeItems('Quý I/2024 Định kỳ trong năm 2024')).toEqual(['Quý I/2024', 'Định kỳ trong năm 2024']);
    expect(timeItems('Từ Quý I đến Quý III')).toEqual(['Từ Quý I đến Quý III']);
    expect(timeItems('Tháng 6/2026 và tháng 11/2026')).toHaveLength(1);
    expect(timeItems('Trong năm và hoàn thành trước 10/12/2024')).toHaveLength(1);
  });

  it('finds a unit printed once per lost sub-row (vp-ubnd-2024 line 216)', () => {
    expect(repeatedItems('Phòng Hành chính - Tổ chức Phòng Hành chính - Tổ chức')).toEqual([
      'Phòng Hành chính - Tổ chức',
      'Phòng Hành chính - Tổ chức',
    ]);
    expect(repeatedItems('Sở Nội vụ')).toEqual(['Sở Nội vụ']);
  });

  it('splits single-space joined items at the likeliest capitalised word', () => {
    expect(splitInto('Xây dựng và ban hành Kế hoạch về công tác pháp chế Báo cáo kết quả thực hiện', 2)).toEqual([
      'Xây dựng và ban hành Kế hoạch về công tác pháp chế',
      'Báo cáo kết quả thực hiện',
    ]);
    expect(splitInto('Kế hoạch Báo cáo', 2)).toEqual(['Kế hoạch', 'Báo cáo']);
    expect(splitInto('thu thập dữ liệu', 2)).toBeUndefined();
  });

  it('unwraps a whole-cell <i> (row style of sub-activities)', () => {
    expect(unwrapWhole('<i>Thẩm định dự thảo văn bản</i>')).toEqual({ text: 'Thẩm định dự thảo văn bản', style: 'i' });
    expect(unwrapWhole('a <i>b</i>')).toEqual({ text: 'a <i>b</i>' });
  });
});
