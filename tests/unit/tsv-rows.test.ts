import { describe, it, expect } from 'vitest';
import { continues, realign, sectionOf } from '../../src/import/tsv/rows';
import { columnsOf, isHeaderRow, isSubHeaderRow } from '../../src/import/tsv/header';

describe('header rows', () => {
  it('recognises the three printed headers and the two-row header of snv-2026', () => {
    const qt =
      'STT|1- Mục tiêu|2- Nhiệm vụ|3- Hoạt động|4- Kết quả/ Sản phẩm|5-Chủ trì|6-Phối hợp|7-Thời gian|8- Kinh phí'.split(
        '|',
      );
    expect(isHeaderRow(qt)).toBe(true);
    expect(columnsOf(qt).map((c) => c.field)).toEqual([
      'stt',
      'objective',
      'task',
      'activity',
      'output',
      'lead',
      'coordinate',
      'time',
      'budget',
    ]);
    const top = ['STT', 'Nhiệm vụ', 'Kết quả/ Sản phẩm', 'Trách nhiệm cụ thể', '', 'Thời gian thực hiện/ hoàn thành'];
    const sub = ['', '', '', 'Đơn vị chủ trì', 'Đơn vị phối hợp', ''];
    expect(isHeaderRow(top)).toBe(true);
    expect(isSubHeaderRow(sub)).toBe(true);
    expect(columnsOf(top, sub).map((c) => c.field)).toEqual(['stt', 'task', 'output', 'lead', 'coordinate', 'time']);
  });

  it('does not take a data row starting with a number for a header', () => {
    expect(isHeaderRow(['2', 'Mục tiêu x', 'Nhiệm vụ y', 'Hoạt động z'])).toBe(false);
  });
});

describe('section rows', () => {
  it('reads every printed form', () => {
    expect(sectionOf(['<b>I</b>', '<b>Cải cách thể chế</b>', '', ''])).toEqual({
      number: 'I',
      label: 'Cải cách thể chế',
    });
    expect(sectionOf(['VII', 'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ', ''])).toMatchObject({
      number: 'VII',
    });
    expect(sectionOf(['Nội dung 1. Công tác chỉ đạo, điều hành (13 nhiệm vụ)', '', ''])).toEqual({
      number: '1',
      label: 'Công tác chỉ đạo, điều hành',
      declaredCount: 13,
    });
    expect(sectionOf(['Nội dung 5: Cải cách chế độ công vụ (06 nhiệm vụ)', ''])).toMatchObject({
      number: '5',
      declaredCount: 6,
    });
    expect(sectionOf(['I CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', '', ''])).toMatchObject({ number: 'I' });
    expect(sectionOf(['1', 'Xây dựng kế hoạch', 'Kế hoạch'])).toBeUndefined();
  });
});

describe('continuation after a page break', () => {
  it('decides per cell from its contents', () => {
    // qt-2021-2025 line 15 under lines 11/12
    expect(continues('(VBQPPL) của HĐND và UBND tỉnh', 'bảo đảm 100% văn bản quy phạm pháp luật')).toBe(true);
    expect(continues('Xây dựng và ban hành Kế hoạch kiểm tra văn bản QPPL', 'Tự kiểm tra Quyết định của UBND')).toBe(
      false,
    );
    // lines 49/52 and vp-ubnd-2024 226/229
    expect(continues('Truyền thông', 'Sở Thông tin và')).toBe(true);
    expect(continues('Quý III', 'Từ Quý I đến')).toBe(true);
    expect(continues('huyện, thành phố', 'Các sở, ngành, UBND')).toBe(true);
    // lines 125/128: a bulleted list goes on
    expect(continues('- UBND cấp huyện, UBND cấp xã', '- Sở Thông tin và Truyền thông')).toBe(true);
    // vp-ubnd-2024 line 211: the cell above ended its list with ";"
    expect(continues('Công văn đơn đốc', 'Báo cáo Tự đánh giá, chấm điểm; Kế hoạch;')).toBe(false);
    // qt line 72: "... Đánh giá" + "CBCCVC theo kết quả công việc" in running text only
    expect(continues('CBCCVC theo kết quả công việc', 'Bồi dưỡng CBCCV; Đánh giá', true)).toBe(true);
    expect(continues('UBND cấp huyện', 'Sở Nội vụ')).toBe(false);
    expect(continues('anything', '')).toBe(false);
  });
});

describe('shifted rows', () => {
  const cols = columnsOf('STT|Mục tiêu|Nhiệm vụ|Hoạt động|Kết quả|Chủ trì|Phối hợp|Thời gian|Kinh phí'.split('|'));
  it('realigns a row shifted right (qt-2021-2025 line 20)', () => {
    const row = [
      '',
      '',
      '',
      'Củng cố tổ chức pháp chế',
      'Xây dựng và ban hành Kế hoạch',
      'Kế hoạch',
      'Sở Tư pháp',
      'Các sở, ban, ngành cấp tỉnh',
      'Trước ngày 31/12 hàng năm',
    ];
    const s = realign(row, cols)!;
    expect(s.direction).toBe('right');
    expect(s.cells.slice(2)).toEqual([
      'Củng cố tổ chức pháp chế',
      'Xây dựng và ban hành Kế hoạch',
      'Kế hoạch',
      'Sở Tư pháp',
      'Các sở, ban, ngành cấp tỉnh',
      'Trước ngày 31/12 hàng năm',
      '',
    ]);
  });
  it('realigns a row shifted left (qt-2021-2025 line 97)', () => {
    const row = [
      '4',
      'Kiểm soát ngân sách',
      'Hướng dẫn quyết toán',
      'Thông báo',
      'Sở Tài chính',
      'Các Sở, ban, ngành',
      'Thường xuyên hàng năm',
      '',
      '',
    ];
    const s = realign(row, cols)!;
    expect(s.direction).toBe('left');
    expect(s.cells.slice(3, 8)).toEqual([
      '',
      'Thông báo',
      'Sở Tài chính',
      'Các Sở, ban, ngành',
      'Thường xuyên hàng năm',
    ]);
  });
  it('leaves a normal row alone', () => {
    const row = [
      '1',
      'Mục tiêu',
      'Nhiệm vụ',
      'Hoạt động',
      'Kế hoạch',
      'Sở Nội vụ',
      'Các sở, ban, ngành',
      'Hàng năm',
      'Theo dự toán ngân sách hàng năm',
    ];
    expect(realign(row, cols)).toBeUndefined();
  });
});
