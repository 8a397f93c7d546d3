/**
 * Input imported with a warning, never silently changed (docs/SECURITY.md).
 * Each case of tests/fixtures/bad/ is imported; the warning names the file
 * and line, and the published records hold exactly what the source says,
 * less only what the warning says was removed.
 */
import { describe, expect, it } from 'vitest';
import { runCase, warnings } from './bad-content';
import { importContent, type Corpus } from '../../scripts/lib/pipeline';

const imported = (name: string): Corpus => {
  const { corpus, errors } = runCase(name);
  expect(errors, errors?.join('\n')).toBeUndefined();
  return corpus!;
};
const byNumber = (c: Corpus, n: string) => c.tasks.find((t) => t.number === n)!;
const warned = (c: Corpus, code: string) => warnings(c).filter((w) => w.code === code);

describe('text equal to an object property name', () => {
  it('is kept as text, with a warning per cell, and resolves to no unit', () => {
    const c = imported('property-names');
    // Line 6: "2  constructor  __proto__  constructor  toString  Quý II/2024"
    expect(byNumber(c, '2')).toMatchObject({ title: 'constructor', leadRaw: 'constructor', lead: [], coordinate: [] });
    expect(byNumber(c, '3').title).toBe('__proto__');
    expect(byNumber(c, '4')).toMatchObject({ title: 'toString', lead: ['so-noi-vu'] });
    const found = warned(c, 'property-name').map((w) => [w.line, w.field, w.text]);
    expect(found).toEqual([
      [6, 'tên nhiệm vụ', 'constructor'],
      [6, 'chủ trì', 'constructor'],
      [6, 'phối hợp', 'toString'],
      [7, 'tên nhiệm vụ', '__proto__'],
      [7, 'chủ trì', '__proto__'],
      [7, 'phối hợp', 'valueOf'],
      [8, 'tên nhiệm vụ', 'toString'],
      [8, 'phối hợp', 'constructor'],
    ]);
    expect(c.units.some((u) => ['constructor', '__proto__', 'toString'].includes(u.name))).toBe(false);
  });
});

describe('times the grammar cannot read are never widened', () => {
  it('"Quý V/2024" and "Tháng 13" stay unknown, without dates, with their line', () => {
    const c = imported('time-unreadable');
    expect(byNumber(c, '2').time).toEqual({ raw: 'Quý V/2024', kind: 'unknown' });
    expect(byNumber(c, '3').time).toEqual({ raw: 'Tháng 13', kind: 'unknown' });
    expect(warned(c, 'time-unknown').map((w) => [w.line, w.text])).toEqual([
      [6, 'Quý V/2024'],
      [7, 'Tháng 13'],
    ]);
  });

  it('an invisible character inside a time is removed with a warning, and the time read as printed', () => {
    const c = imported('time-invisible');
    expect(byNumber(c, '2').time).toEqual({ raw: 'Quý II/2024', kind: 'once', from: '2024-04-01', to: '2024-06-30' });
    expect(warned(c, 'invisible-removed').map((w) => [w.line, w.message])).toEqual([
      [6, 'Đã xoá ký tự ẩn hoặc điều khiển (U+200B) khỏi văn bản công bố'],
    ]);
  });
});

describe('encoding damage', () => {
  it.each([
    ['utf16', /^sources\/thu\.txt: tệp mã hoá UTF-16; hãy lưu lại văn bản dạng UTF-8$/],
    ['utf16-no-bom', /^sources\/thu\.txt: tệp mã hoá UTF-16/],
    ['tcvn3', /^sources\/thu\.txt:1 văn bản có vẻ gõ bằng bảng mã cũ \(TCVN3\/ABC, VNI hoặc Windows-1258\)/],
    ['vni', /^sources\/thu\.txt:1 văn bản có vẻ gõ bằng bảng mã cũ/],
    ['invalid-utf8', /^sources\/thu\.txt:6 không phải văn bản \(có ký tự nhị phân hoặc lỗi mã hoá UTF-8\)$/],
  ])('a whole file in %s is refused with one line', (name, message) => {
    const { errors, corpus } = runCase(name);
    expect(corpus).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatch(message);
  });

  it('a stray invalid byte is warned about on its line, never published quietly', () => {
    const c = imported('invalid-utf8-byte');
    expect(warned(c, 'encoding-invalid').map((w) => w.line)).toEqual([6]);
    expect(byNumber(c, '2').title).toContain('\ufffd');
  });

  it('one line typed in TCVN3 among Unicode lines is warned about on its line', () => {
    const c = imported('mojibake-line');
    expect(warned(c, 'encoding-legacy').map((w) => w.line)).toEqual([6]);
    expect(byNumber(c, '2').title).toBe('KiÓm tra v¨n b¶n quy ph¹m ph¸p luËt');
    expect(byNumber(c, '3').title).toBe('Đào tạo công chức');
  });

  it('the published plans are not flagged (footnote marks such as "¹" are text)', () => {
    // content/sources/snv-2026.txt line 67 ends a word with "¹".
    const c = importContent('content');
    expect(c.sources.get('snv-2026')).toContain('phá¹');
    for (const code of ['encoding-legacy', 'encoding-invalid', 'invisible-removed', 'short-row', 'property-name'])
      expect(warned(c, code)).toEqual([]);
  }, 30_000);
});

describe('control and invisible characters are removed with a warning', () => {
  it('bidi override, zero-width space, terminal escapes and NUL never reach the records', () => {
    const c = imported('control-chars');
    expect(byNumber(c, '2').title).toBe('Kiểm tra fdp.exe văn bản');
    expect(byNumber(c, '3').title).toBe('Đào tạo công chức');
    expect(byNumber(c, '4').title).toBe('NUL trong ô');
    expect(warned(c, 'invisible-removed').map((w) => [w.line, w.message])).toEqual([
      [6, 'Đã xoá ký tự ẩn hoặc điều khiển (U+202E) khỏi văn bản công bố'],
      [7, 'Đã xoá ký tự ẩn hoặc điều khiển (U+200B, U+001B) khỏi văn bản công bố'],
      [8, 'Đã xoá ký tự ẩn hoặc điều khiển (U+0000) khỏi văn bản công bố'],
    ]);
    const published = c.sources.get('thu')!;
    expect(published).not.toMatch(/[\u0000\u001b\u200b\u202e]/);
    expect(published).not.toContain('[31m');
    expect(JSON.stringify(c.tasks)).not.toMatch(/\\u00(00|1b)|[\u200b\u202e]/);
  });
});

describe('lines that are not quite rows', () => {
  it('a row with fewer cells than the header is reported with its line, its cells kept', () => {
    const c = imported('short-row');
    expect(warned(c, 'short-row').map((w) => [w.line, w.text])).toEqual([
      [6, '2\tKiểm tra văn bản quy phạm pháp luật\tKế hoạch'],
    ]);
    expect(byNumber(c, '2')).toMatchObject({ title: 'Kiểm tra văn bản quy phạm pháp luật', outputs: ['Kế hoạch'] });
  });

  it('a row of invisible characters and a repeated header are reported with their lines, no task made', () => {
    const { corpus } = runCase('lookalike-row');
    expect(corpus!.tasks.map((t) => [t.number, t.title])).toEqual([
      ['1', 'Rà soát văn bản quy phạm pháp luật'],
      ['2', 'Đào tạo công chức'],
    ]);
    expect(warned(corpus!, 'invisible-removed').map((w) => w.line)).toEqual([6]);
    expect(corpus!.diagnostics.filter((d) => d.code === 'header-repeated').map((d) => d.line)).toEqual([7]);
  });
});

describe('metadata not in NFC', () => {
  it('is normalised like the text, with a warning', () => {
    const c = imported('meta-nfd');
    expect(c.plans[0]!.title).toBe('Kế hoạch thử nghiệm năm 2024');
    expect(c.plans[0]!.title).toBe(c.plans[0]!.title.normalize('NFC'));
    expect(warned(c, 'meta-nfc').map((w) => w.file)).toEqual(['sources/thu.meta.yaml']);
  });
});
