import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPdfText } from '../../src/import/pdf/text';

const source = readFileSync('content/sources/hai-lang-2024.txt', 'utf8');
// The prose part ends before the appendix (line 719 "ỦY BAN NHÂN DÂN" opens it).
const prose = source.split('\n').slice(0, 718).join('\n');
const paras = cleanPdfText(prose);
const at = (line: number) => paras.find((p) => p.line === line);

describe('cleanPdfText on hai-lang-2024 (Hải Lăng 2024)', () => {
  it('rejoins the wrapped lines 19–41 into one paragraph starting on line 19', () => {
    const p = at(19)!;
    expect(
      p.text.startsWith('Tiếp tục tổ chức triển khai có hiệu quả Chương trình tổng thể cải cách hành chính nhà nước'),
    ).toBe(true);
    expect(p.text.endsWith('hoạt động thông suốt, hiệu quả.')).toBe(true);
    // line 43 "Duy trì, củng cố ..." is the next paragraph
    expect(at(43)?.text.startsWith('Duy trì, củng cố các tiêu chí')).toBe(true);
  });

  it('glues tokens split at a hyphen ("Kế hoạch số 14/KH-" + "UBND", lines 7–9)', () => {
    expect(paras.some((p) => p.text.includes('Kế hoạch số 14/KH-UBND ngày 19/01/2022'))).toBe(true);
  });

  it('drops the page number "5" on line 350 and joins the sentence it interrupted', () => {
    expect(paras.some((p) => p.text === '5')).toBe(false);
    expect(at(342)?.text).toContain('nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập');
  });

  it('keeps headings apart: "1. Mục đích" (17), "III. KINH PHÍ" (467), "2.1. Phòng Nội vụ" (534)', () => {
    expect(at(17)?.text).toBe('1. Mục đích');
    expect(at(467)?.text).toBe('III. KINH PHÍ');
    expect(at(534)?.text).toBe('2.1. Phòng Nội vụ');
    expect(at(148)?.text).toBe('2. Cải cách thể chế, theo dõi thi hành pháp luật');
  });

  it('keeps list items apart (Nơi nhận, lines 683–697)', () => {
    expect(at(683)?.text).toBe('- Sở Nội vụ (b/c);');
    expect(at(697)?.text).toBe('- Lưu: VT.');
  });

  it('does not break a paragraph before an acronym opening a line (481 "… Chủ tịch" / 483 "UBND …")', () => {
    expect(at(481)?.text).toBe('1. Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện; Chủ tịch UBND các xã, thị trấn');
    expect(at(485)?.text.startsWith('Chủ động triển khai')).toBe(true);
  });
});

describe('cleanPdfText page headers', () => {
  it('removes a header block repeated after page numbers, and its copies', () => {
    const text = [
      'Một đoạn văn bản mở đầu được ngắt dòng ở',
      '',
      'đây và kết thúc.',
      '',
      '',
      '',
      '2 ',
      '',
      'TIÊU ĐỀ TRANG',
      '',
      'Dòng tiếp theo của trang hai.',
      '',
      '',
      '',
      '3 ',
      '',
      'TIÊU ĐỀ TRANG',
      '',
      'Trang ba.',
    ].join('\n');
    const out = cleanPdfText(text);
    expect(out.map((p) => p.text)).toEqual([
      'Một đoạn văn bản mở đầu được ngắt dòng ở đây và kết thúc.',
      'Dòng tiếp theo của trang hai.',
      'Trang ba.',
    ]);
    expect(out.map((p) => p.line)).toEqual([1, 11, 19]);
  });
});
