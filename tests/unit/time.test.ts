import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTime, parseTimeOrNull } from '../../src/import/time/parse';
import { timeSchema, type Recurrence, type TimeSpec } from '../../src/schema/time';

// Plan periods (docs/DOMAIN.md §2).
const QT = { from: 2021, to: 2025 }; // qt-2021-2025, vinh-linh-2021-2025
const VP = { from: 2024, to: 2024 }; // vp-ubnd-2024, hai-lang-2024
const SNV = { from: 2026, to: 2026 }; // snv-2026

type Expected = Omit<TimeSpec, 'raw' | 'parts'> & { parts?: Expected[] };

const once = (from: string | undefined, to: string): Expected => ({ kind: 'once', ...(from ? { from } : {}), to });
const range = (from: string, to: string): Expected => ({ kind: 'range', from, to });
const every = (from: string, to: string, recurrence?: Recurrence): Expected => ({
  kind: 'recurring',
  from,
  to,
  ...(recurrence ? { recurrence } : {}),
});
const yearly = (recurrence: Omit<Recurrence, 'every'> = {}) =>
  every('2021-01-01', '2025-12-31', { every: 'year', ...recurrence });
const many = (...parts: Expected[]): Expected => ({ kind: 'multiple', parts });
const ONGOING: Expected = { kind: 'ongoing' };
const CONDITIONAL: Expected = { kind: 'conditional' };
const UNKNOWN: Expected = { kind: 'unknown' };

const lines = (file: string) => readFileSync(`content/sources/${file}.txt`, 'utf8').split('\n');
/** Lines first..last (1-based) of a source, as the PDF text has them. */
const slice = (file: string, first: number, last: number) =>
  lines(file)
    .slice(first - 1, last)
    .join('\n');

function strip(spec: TimeSpec): Expected {
  const { raw: _raw, parts, ...rest } = spec;
  return parts ? { ...rest, parts: parts.map((p) => strip(p)) } : rest;
}

// Every distinct value of the Thời gian column of qt-2021-2025 (8th column, plus the
// deadline that the shifted line 20 puts under Kinh phí and the time that the
// shifted line 97 puts under Phối hợp).
const QT_CASES: [string, Expected][] = [
  ['2021 - 2022', range('2021-01-01', '2022-12-31')],
  ['2021 -2022', range('2021-01-01', '2022-12-31')],
  ['2021-2022', range('2021-01-01', '2022-12-31')],
  ['2021- 2030', range('2021-01-01', '2030-12-31')],
  ['2021-2030', range('2021-01-01', '2030-12-31')],
  ['2025', once('2025-01-01', '2025-12-31')],
  ['2025-2030', range('2025-01-01', '2030-12-31')],
  ['<p>Năm 2025</p> <p>Năm 2030</p>', many(once('2025-01-01', '2025-12-31'), once('2030-01-01', '2030-12-31'))],
  ['Các sở, ban, ngành cấp tỉnh', UNKNOWN], // a unit shifted into the time column
  ['Giai đoạn 2022-2025 và 2026-2030', range('2022-01-01', '2030-12-31')],
  ['Hàng năm', yearly()],
  ['Hàng năm  Hàng năm  Hàng năm  Hàng năm', many(yearly(), yearly(), yearly(), yearly())],
  ['Hàng năm, đến năm 2025', yearly()],
  ['Năm 2021', once('2021-01-01', '2021-12-31')],
  ['Năm 2025', once('2025-01-01', '2025-12-31')],
  ['Năm 2030', once('2030-01-01', '2030-12-31')],
  ['Quý IV hàng năm', yearly({ quarter: 4 })],
  ['Sau khi có Thông tư hướng dẫn của Bộ Tài chính', CONDITIONAL],
  ['Tháng 12 hàng năm', yearly({ month: 12 })],
  ['Thường xuyên', ONGOING],
  ['Thực hiện hàng năm', yearly()],
  ['Triển khai 2022, hoàn thành 2025', range('2022-01-01', '2025-12-31')],
  ['Trước ngày 10/12 hàng năm', yearly({ month: 12, day: 10 })],
  ['Trước ngày 15/01 hàng năm', yearly({ month: 1, day: 15 })],
  ['Trước ngày 31/12 hàng năm', yearly({ month: 12, day: 31 })],
  ['Trước năm 2023', once(undefined, '2022-12-31')],
  ['Từ 2021-2025', range('2021-01-01', '2025-12-31')],
  ['Đến năm 2030', once(undefined, '2030-12-31')],
  ['Định kỳ quý, 6 tháng, năm hoặc theo yêu cầu nhiệm vụ', yearlyEvery('quarter')],
  ['Thường xuyên hàng năm', ONGOING],
];

function yearlyEvery(every: Recurrence['every']): Expected {
  return every === 'year'
    ? yearly()
    : { kind: 'recurring', from: '2021-01-01', to: '2025-12-31', recurrence: { every } };
}

// vp-ubnd-2024, 8th column; "Từ Quý I đến" + "Quý III" is task 13 cut by a page break.
const VP_CASES: [string, Expected][] = [
  ['Cả năm 2024', range('2024-01-01', '2024-12-31')],
  ['Quý I/2024', once('2024-01-01', '2024-03-31')],
  ['Quý I/2024 Định kỳ trong năm 2024', many(once('2024-01-01', '2024-03-31'), every('2024-01-01', '2024-12-31'))],
  ['Quý III', once('2024-07-01', '2024-09-30')],
  ['Từ Quý I đến', UNKNOWN],
  ['Từ Quý I đến Quý III', range('2024-01-01', '2024-09-30')],
  ['Sau khi Hệ thống thông tin giải quyết TTHC phiên bản mới được triển khai', CONDITIONAL],
  ['Sau khi Hệ thống được nâng cấp và đưa vào hoạt động', CONDITIONAL],
  ['Theo KH được phê duyệt', CONDITIONAL],
  ['Theo định kỳ năm 2024', every('2024-01-01', '2024-12-31')],
  ['Theo định kỳ trong năm 2024', every('2024-01-01', '2024-12-31')],
  ['Tháng 01/2024 Trong năm 2024', many(once('2024-01-01', '2024-01-31'), once('2024-01-01', '2024-12-31'))],
  ['Thường xuyên', ONGOING],
  ['Trong năm và hoàn thành trước 10/12/2024', range('2024-01-01', '2024-12-10')],
  ['Trước ngày 30/9/2024', once(undefined, '2024-09-30')],
  ['Trước ngày 31/01/2024', once(undefined, '2024-01-31')],
  ['Trước ngày 31/8/2024', once(undefined, '2024-08-31')],
];

// snv-2026, 6th column.
const SNV_CASES: [string, Expected][] = [
  ['(Sau khi có Quyết định của Thủ tướng Chính phủ)', CONDITIONAL],
  ['- Các sở, ban, ngành: Cả năm 2026', range('2026-01-01', '2026-12-31')],
  ['Khi có sự thay đổi về TTHC của Bộ, ngành, Trung ương', CONDITIONAL],
  ['Nhiệm vụ thường xuyên', ONGOING],
  ['Năm 2026', once('2026-01-01', '2026-12-31')],
  ['Quý I/2026', once('2026-01-01', '2026-03-31')],
  ['Quý III, IV', range('2026-07-01', '2026-12-31')],
  ['Quý III/2026', once('2026-07-01', '2026-09-30')],
  ['Quý IV/2026', once('2026-10-01', '2026-12-31')],
  ['Sau khi Trưng ương công bố kết quả', CONDITIONAL],
  ['Theo Kế hoạch', CONDITIONAL],
  ['Theo Kế hoạch của Bộ Nội vụ', CONDITIONAL],
  ['Theo thời gian yêu cầu và quy định của TW về chế độ thông tin báo cáo', CONDITIONAL],
  ['Tháng 01/2026', once('2026-01-01', '2026-01-31')],
  ['Tháng 6/2026 và tháng 11/2026', many(once('2026-06-01', '2026-06-30'), once('2026-11-01', '2026-11-30'))],
  ['Thường xuyên', ONGOING],
  ['Trong thời hạn 15 ngày kể từ ngày Thủ tướng Chính phủ ban hành KH', CONDITIONAL],
  ['Trước ngày 15/01/2026', once(undefined, '2026-01-15')],
  ['Trước ngày 31/01/2026', once(undefined, '2026-01-31')],
];

// hai-lang-2024: the Thời gian cells of the appendix, cut out of the PDF text by line
// number, hard line breaks and stray spaces included.
const HL_CASES: [[number, number], string, Expected][] = [
  [[770, 772], 'Trước 31/01/2024', once(undefined, '2024-01-31')],
  [[794, 796], 'Trước 29/02/2024', once(undefined, '2024-02-29')],
  [[841, 841], 'Quý III/2024', once('2024-07-01', '2024-09-30')],
  [[863, 863], 'Quý I/2024', once('2024-01-01', '2024-03-31')],
  [[882, 884], 'Trước 31/12/2024', once(undefined, '2024-12-31')],
  [[929, 931], 'Ngày 15/12/2024', once('2024-12-15', '2024-12-15')],
  [[968, 968], 'Cả năm', ONGOING],
  [[988, 990], 'Thường xuyên', ONGOING],
  [[1154, 1156], 'Tháng 1/2024', once('2024-01-01', '2024-01-31')],
  [[1195, 1197], 'Trước ngày 15/01/2024', once(undefined, '2024-01-15')],
  [[1211, 1213], 'Trước ngày 18/11/2024', once(undefined, '2024-11-18')],
  [[1238, 1240], 'Trước ngày 31/01/2024', once(undefined, '2024-01-31')],
  [[1307, 1311], 'Theo thời gian quy định', CONDITIONAL],
  [[1333, 1335], 'Trước ngày 15/02/2024', once(undefined, '2024-02-15')],
  [[1410, 1410], 'Hằng năm', every('2024-01-01', '2024-12-31', { every: 'year' })],
  [
    [1517, 1539],
    'Kế hoạch ban hành tháng 01/2024. Báo cáo kết quả theo thời gian quy định',
    many(once('2024-01-01', '2024-01-31'), CONDITIONAL),
  ],
  [[1571, 1581], 'KH ban hành trước ngày 30/01/2024 (Nghị định 32/2020/ND- CP)', once(undefined, '2024-01-30')],
  [
    [1608, 1618],
    '- Công bố trước ngày 20/02/2024 - Báo cáo trước ngày 25/02/2024;',
    many(once(undefined, '2024-02-20'), once(undefined, '2024-02-25')),
  ],
  [[1685, 1685], 'Quý I/2024', once('2024-01-01', '2024-03-31')],
  [[1729, 1729], 'Quý III/2024', once('2024-07-01', '2024-09-30')],
  [[1791, 1795], 'Theo thời gian UBND tỉnh yêu cầu', CONDITIONAL],
  [[1845, 1849], 'Theo quy định về chế độ báo cáo', CONDITIONAL],
  [[2278, 2286], 'Sau khi Kho dữ liệu cá nhân, tổ chức được triển khai', CONDITIONAL],
  [[2356, 2356], 'Hàng Quý', every('2024-01-01', '2024-12-31', { every: 'quarter' })],
  [[2439, 2439], 'Quý III/2024', once('2024-07-01', '2024-09-30')],
  [[2539, 2549], 'Kế hoạch ban hành trong quý I', once('2024-01-01', '2024-03-31')],
  [[2671, 2671], 'Cả năm', ONGOING],
  [[3195, 3199], 'Xây dựng kế hoạch trong quý I/2024', once('2024-01-01', '2024-03-31')],
  [[3232, 3232], 'Năm 2024', once('2024-01-01', '2024-12-31')],
];

// vinh-linh-2021-2025 is prose: its deadlines head bullet lists, in Markdown dress.
const VL_CASES: [string, Expected][] = [
  ['**Đến năm 2025:**', once(undefined, '2025-12-31')], // line 132
  ['**- Đến năm 2030:**', once(undefined, '2030-12-31')], // line 144
  ['#### **- Đến năm 2025:**', once(undefined, '2025-12-31')], // line 178
  ['- *Đến năm 2025:*', once(undefined, '2025-12-31')], // line 222
  ['#### - Đến năm 2030:', once(undefined, '2030-12-31')], // line 274
  ['*- Đến năm 2030:*', once(undefined, '2030-12-31')], // line 322
  ['Định kỳ hàng quý, 6 tháng, hàng năm hoặc đột xuất', yearlyEvery('quarter')], // line 426
  ['giai đoạn 2021-2025', range('2021-01-01', '2025-12-31')], // line 16
  ['giai đoạn 2021 -2030', range('2021-01-01', '2030-12-31')],
];

function check(raw: string, period: { from: number; to: number }, expected: Expected) {
  const spec = parseTime(raw, period);
  expect(spec.raw).toBe(raw.trim());
  expect(strip(spec)).toEqual(expected);
  expect(timeSchema().safeParse(spec).success).toBe(true);
}

describe('parseTime over every time expression of the sources', () => {
  it.each(QT_CASES)('qt-2021-2025: %j', (raw, expected) => check(raw, QT, expected));
  it.each(VP_CASES)('vp-ubnd-2024: %j', (raw, expected) => check(raw, VP, expected));
  it.each(SNV_CASES)('snv-2026: %j', (raw, expected) => check(raw, SNV, expected));
  it.each(VL_CASES)('vinh-linh-2021-2025: %j', (raw, expected) => check(raw, QT, expected));
  it.each(HL_CASES)('hai-lang-2024 lines %j: %s', ([first, last], reading, expected) => {
    const raw = slice('hai-lang-2024', first, last);
    // The cut is the cell we think it is.
    expect(raw.replace(/\s+/g, ' ').trim()).toBe(reading);
    check(raw, VP, expected);
  });

  // Guards the tables above: a time value in the sources that no case covers fails here.
  const column = (file: string, fields: number, index: number) =>
    new Set(
      lines(file)
        .map((l) => l.split('\t'))
        .filter((cells) => cells.length === fields)
        .map((cells) => (cells[index] ?? '').trim())
        .filter((v) => v && !/^(\d-\s*)?Thời gian/.test(v)),
    );
  it.each([
    ['qt-2021-2025', 9, 7, QT_CASES],
    ['vp-ubnd-2024', 8, 7, VP_CASES],
    ['snv-2026', 6, 5, SNV_CASES],
  ] as const)('covers every value of the time column of %s', (file, fields, index, cases) => {
    const known = new Set(cases.map(([raw]) => raw));
    const missing = [...column(file, fields, index)].filter((v) => !known.has(v));
    expect(missing).toEqual([]);
  });
});

describe('parseTime: parts', () => {
  it('keeps each part’s own wording', () => {
    const spec = parseTime('Tháng 6/2026 và tháng 11/2026', SNV);
    expect(spec.parts?.map((p) => p.raw)).toEqual(['Tháng 6/2026', 'tháng 11/2026']);
    const html = parseTime('<p>Năm 2025</p> <p>Năm 2030</p>', QT);
    expect(html.parts?.map((p) => p.raw)).toEqual(['Năm 2025', 'Năm 2030']);
    const labelled = parseTime(slice('hai-lang-2024', 1608, 1618), VP);
    expect(labelled.parts?.map((p) => p.raw.replace(/\s+/g, ' '))).toEqual([
      'Công bố trước ngày 20/02/2024',
      'Báo cáo trước ngày 25/02/2024',
    ]);
  });

  it('splits quarters that are not adjacent, joins those that are', () => {
    expect(strip(parseTime('Quý I, III/2024', VP))).toEqual(
      many(once('2024-01-01', '2024-03-31'), once('2024-07-01', '2024-09-30')),
    );
    expect(strip(parseTime('Quý II và Quý III năm 2025', QT))).toEqual(range('2025-04-01', '2025-09-30'));
    expect(strip(parseTime('Quý I - III', VP))).toEqual(range('2024-01-01', '2024-09-30'));
  });
});

describe('parseTime: spelling and layout', () => {
  it('reads NFD input, upper case and old tone placement alike', () => {
    check('Tháng 6/2026 và tháng 11/2026'.normalize('NFD'), SNV, SNV_CASES[14]![1]);
    check('THƯỜNG XUYÊN', SNV, ONGOING);
    check('HÀNG NĂM', QT, yearly());
    check('Cả năm 2024'.normalize('NFD'), VP, range('2024-01-01', '2024-12-31'));
    // "hoà" (old) and "hòa" (new) placement in a condition.
    check('Sau khi hoà hợp dữ liệu', VP, CONDITIONAL);
    check('Sau khi hòa hợp dữ liệu', VP, CONDITIONAL);
  });

  it('reads a date broken across PDF lines', () => {
    check('Trước 30/6/\n2024', VP, once(undefined, '2024-06-30'));
    check('Trước ngày\n15/01/2024', VP, once(undefined, '2024-01-15'));
  });

  it('keeps raw verbatim, only trimmed', () => {
    expect(parseTime('  Quý I/2024  \n', VP).raw).toBe('Quý I/2024');
  });
});

describe('parseTime: the year of relative expressions', () => {
  it('takes the year of a one-year plan', () => {
    check('Quý III', { from: 2026, to: 2026 }, once('2026-07-01', '2026-09-30'));
    check('Tháng 12', VP, once('2024-12-01', '2024-12-31'));
    check('Trước ngày 31/12', VP, once(undefined, '2024-12-31'));
    check('6 tháng đầu năm', VP, once('2024-01-01', '2024-06-30'));
  });

  it('does not guess the year in a multi-year plan', () => {
    check('Quý III', QT, UNKNOWN);
    check('Tháng 12', QT, UNKNOWN);
    check('Trước ngày 31/12', QT, UNKNOWN);
  });

  it('spans recurring work over the plan period', () => {
    check('Hằng năm', { from: 2022, to: 2030 }, every('2022-01-01', '2030-12-31', { every: 'year' }));
    check('Hàng năm, đến năm 2023', QT, every('2021-01-01', '2023-12-31', { every: 'year' }));
    check('Hằng tháng', VP, every('2024-01-01', '2024-12-31', { every: 'month' }));
  });
});

describe('parseTime: more dated forms', () => {
  it.each([
    ['Từ 01/3/2024 đến 30/6/2024', range('2024-03-01', '2024-06-30')],
    ['Tháng 3-6/2024', range('2024-03-01', '2024-06-30')],
    ['Trước tháng 6/2024', once(undefined, '2024-05-31')],
    ['Đến hết tháng 6/2024', once(undefined, '2024-06-30')],
    ['6 tháng cuối năm 2024', once('2024-07-01', '2024-12-31')],
    ['15/12/2024', once('2024-12-15', '2024-12-15')],
    ['Chậm nhất ngày 05/4/2024', once(undefined, '2024-04-05')],
    ['Ngày 31 tháng 12 năm 2024', once('2024-12-31', '2024-12-31')],
    ['Trước ngày 15 tháng 01 năm 2024', once(undefined, '2024-01-15')],
  ] as const)('%s', (raw, expected) => check(raw, VP, expected));

  it('rejects impossible dates rather than shifting them', () => {
    check('Trước ngày 31/6/2024', VP, UNKNOWN);
    check('Tháng 13/2024', VP, UNKNOWN);
    check('2030-2021', QT, UNKNOWN);
  });
});

describe('parseTime: what is not a time', () => {
  it.each(['Phòng Nội vụ', 'Kinh phí đào tạo, bồi dưỡng', 'Báo cáo', 'x', '???', '<script>alert(1)</script>'])(
    '%s → unknown, raw kept',
    (raw) => {
      expect(parseTime(raw, VP)).toEqual({ raw, kind: 'unknown' });
    },
  );

  it.each([
    // vinh-linh-2021-2025 lines 55 and 208: prose that cites a decision or mentions a rule.
    '*(Ban hành kèm theo Quyết định số 548/QĐ-UBND ngày 31 tháng 12 năm 2021',
    '- Tăng cường phân cấp, phân quyền theo quy định của pháp luật đảm bảo hợp lý',
  ])('does not read a condition into prose: %s', (raw) => {
    expect(parseTime(raw, QT).kind).toBe('unknown');
  });

  it('gives up on long prose that merely contains a year', () => {
    const prose = 'Các cơ quan chủ động xây dựng, ban hành và tổ chức triển khai kế hoạch của đơn vị mình năm 2024';
    expect(parseTime(prose, VP).kind).toBe('unknown');
  });

  it('parseTimeOrNull: an empty cell has no time', () => {
    expect(parseTimeOrNull('', VP)).toBeNull();
    expect(parseTimeOrNull('   \n', VP)).toBeNull();
    expect(parseTimeOrNull(undefined, VP)).toBeNull();
    expect(parseTimeOrNull('Quý I/2024', VP)?.kind).toBe('once');
  });
});
