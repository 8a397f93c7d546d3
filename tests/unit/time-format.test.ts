import { describe, expect, it } from 'vitest';
import { parseTime } from '../../src/import/time/parse';
import { formatTime, occurrences, timeYears } from '../../src/lib/time/format';
import type { TimeSpec } from '../../src/schema/time';

const QT = { from: 2021, to: 2025 };
const VP = { from: 2024, to: 2024 };
const SNV = { from: 2026, to: 2026 };

describe('formatTime', () => {
  it.each([
    ['Trước 31/12/2024', VP, 'Hạn 31/12/2024'],
    ['Ngày 15/12/2024', VP, '15/12/2024'],
    ['Tháng 01/2024', VP, 'Tháng 1/2024'],
    ['Quý I/2024', VP, 'Quý I/2024'],
    ['Từ Quý I đến Quý III', VP, 'Quý I–III/2024'],
    ['Quý III, IV', SNV, 'Quý III–IV/2026'],
    ['6 tháng đầu năm 2024', VP, '6 tháng đầu năm 2024'],
    ['Năm 2026', SNV, 'Năm 2026'],
    ['Cả năm 2024', VP, 'Cả năm 2024'],
    ['2021-2030', QT, '2021–2030'],
    ['Đến năm 2030', QT, 'Hạn 31/12/2030'],
    ['Trước năm 2023', QT, 'Hạn 31/12/2022'],
    ['Trong năm và hoàn thành trước 10/12/2024', VP, '01/01/2024–10/12/2024'],
    ['Tháng 3-6/2024', VP, 'Tháng 3–6/2024'],
    ['Hàng năm', QT, 'Hằng năm'],
    ['Quý IV hàng năm', QT, 'Hằng năm, quý IV'],
    ['Tháng 12 hàng năm', QT, 'Hằng năm, tháng 12'],
    ['Trước ngày 15/01 hàng năm', QT, 'Hằng năm, trước 15/01'],
    ['Định kỳ quý, 6 tháng, năm hoặc theo yêu cầu nhiệm vụ', QT, 'Hằng quý'],
    ['Hàng Quý', VP, 'Hằng quý trong năm 2024'],
    ['Theo định kỳ trong năm 2024', VP, 'Định kỳ trong năm 2024'],
    ['Thường xuyên', QT, 'Thường xuyên'],
    ['Cả năm', VP, 'Thường xuyên'],
    ['Sau khi Trung ương công bố kết quả', SNV, 'Có điều kiện'],
    ['Các sở, ban, ngành cấp tỉnh', QT, 'Chưa rõ'],
    ['Tháng 6/2026 và tháng 11/2026', SNV, 'Tháng 6/2026; Tháng 11/2026'],
  ] as const)('%s → %s', (raw, period, reading) => {
    expect(formatTime(parseTime(raw, period))).toBe(reading);
  });
});

describe('occurrences', () => {
  it('puts a yearly quarter in every year of the plan period', () => {
    expect(occurrences(parseTime('Quý IV hàng năm', QT), QT)).toEqual([
      { from: '2021-10-01', to: '2021-12-31' },
      { from: '2022-10-01', to: '2022-12-31' },
      { from: '2023-10-01', to: '2023-12-31' },
      { from: '2024-10-01', to: '2024-12-31' },
      { from: '2025-10-01', to: '2025-12-31' },
    ]);
  });

  it('marks a yearly deadline as one milestone a year', () => {
    const marks = occurrences(parseTime('Trước ngày 15/01 hàng năm', QT), QT);
    expect(marks).toEqual([2021, 2022, 2023, 2024, 2025].map((y) => ({ from: `${y}-01-15`, to: `${y}-01-15` })));
  });

  it('stops recurring work where the text ends it', () => {
    const marks = occurrences(parseTime('Hàng năm, đến năm 2023', QT), QT);
    expect(marks.map((m) => m.from)).toEqual(['2021-01-01', '2022-01-01', '2023-01-01']);
  });

  it('splits quarterly work into quarters and half-yearly into halves', () => {
    expect(occurrences(parseTime('Hàng Quý', VP), VP)).toEqual([
      { from: '2024-01-01', to: '2024-03-31' },
      { from: '2024-04-01', to: '2024-06-30' },
      { from: '2024-07-01', to: '2024-09-30' },
      { from: '2024-10-01', to: '2024-12-31' },
    ]);
    const halves: TimeSpec = {
      raw: '6 tháng một lần',
      kind: 'recurring',
      from: '2024-01-01',
      to: '2024-12-31',
      recurrence: { every: 'half-year' },
    };
    expect(occurrences(halves, VP)).toEqual([
      { from: '2024-01-01', to: '2024-06-30' },
      { from: '2024-07-01', to: '2024-12-31' },
    ]);
  });

  it('puts a monthly day on the last day of short months', () => {
    const monthly: TimeSpec = {
      raw: 'Trước ngày 30 hằng tháng',
      kind: 'recurring',
      from: '2024-01-01',
      to: '2024-03-31',
      recurrence: { every: 'month', day: 30 },
    };
    expect(occurrences(monthly, VP)).toEqual([
      { from: '2024-01-30', to: '2024-01-30' },
      { from: '2024-02-29', to: '2024-02-29' },
      { from: '2024-03-30', to: '2024-03-30' },
    ]);
  });

  it('draws ongoing work as one band over the plan period', () => {
    expect(occurrences(parseTime('Thường xuyên', QT), QT)).toEqual([
      { from: '2021-01-01', to: '2025-12-31', ongoing: true },
    ]);
    expect(occurrences(parseTime('Cả năm', VP), VP)).toEqual([{ from: '2024-01-01', to: '2024-12-31', ongoing: true }]);
  });

  it('draws periodic work with no stated cycle as a band, not invented marks', () => {
    expect(occurrences(parseTime('Theo định kỳ trong năm 2024', VP), VP)).toEqual([
      { from: '2024-01-01', to: '2024-12-31', ongoing: true },
    ]);
  });

  it('gives no dates for conditional or unknown times', () => {
    expect(occurrences(parseTime('Sau khi có Thông tư hướng dẫn của Bộ Tài chính', QT), QT)).toEqual([]);
    expect(occurrences(parseTime('Theo Kế hoạch', SNV), SNV)).toEqual([]);
    expect(occurrences(parseTime('Các sở, ban, ngành cấp tỉnh', QT), QT)).toEqual([]);
  });

  it('keeps stated dates as written, deadlines as milestones', () => {
    expect(occurrences(parseTime('Trước 31/01/2024', VP), VP)).toEqual([{ from: '2024-01-31', to: '2024-01-31' }]);
    expect(occurrences(parseTime('Từ Quý I đến Quý III', VP), VP)).toEqual([{ from: '2024-01-01', to: '2024-09-30' }]);
    // A 2030 target in a 2021–2025 plan stays in 2030.
    expect(occurrences(parseTime('Năm 2030', QT), QT)).toEqual([{ from: '2030-01-01', to: '2030-12-31' }]);
  });

  it('joins the parts of a multiple time, dropping undated parts', () => {
    const spec = parseTime('Quý I/2024 Sau khi Hệ thống được nâng cấp', VP);
    expect(spec.kind).toBe('multiple');
    expect(occurrences(spec, VP)).toEqual([{ from: '2024-01-01', to: '2024-03-31' }]);
  });
});

describe('timeYears', () => {
  it.each([
    ['Hàng năm', QT, [2021, 2022, 2023, 2024, 2025]],
    ['2021-2030', QT, [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]],
    ['Trước năm 2023', QT, [2022]],
    ['Năm 2025  Năm 2030', QT, [2025, 2030]],
    ['Thường xuyên', QT, [2021, 2022, 2023, 2024, 2025]],
    ['Quý I/2024', VP, [2024]],
    ['Sau khi Trung ương công bố kết quả', SNV, []],
    ['Theo thời gian quy định', VP, []],
  ] as const)('%s → %j', (raw, period, years) => {
    expect(timeYears(parseTime(raw, period), period)).toEqual(years);
  });
});
