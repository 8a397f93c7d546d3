import { describe, expect, it } from 'vitest';
import { styleLines } from '../../src/lib/site/source-markup';

const plain = (text: string) => ({ text, bold: false, italic: false });
const bold = (text: string) => ({ text, bold: true, italic: false });

describe('styleLines: the source as it looked', () => {
  it('bold over two lines, as vinh-linh-2021-2025.txt:3–4 prints the issuer', () => {
    const [a, b] = styleLines(['**ỦY BAN NHÂN DÂN  ', 'HUYỆN VĨNH LINH**']);
    expect(a).toEqual({ heading: 0, runs: [bold('ỦY BAN NHÂN DÂN  ')], styled: true });
    expect(b).toEqual({ heading: 0, runs: [bold('HUYỆN VĨNH LINH')], styled: true });
  });
  it('headings and bold inside them (vinh-linh-2021-2025.txt:51, 53)', () => {
    const [h2, h3] = styleLines(['## KẾ HOẠCH', '### **Cải cách hành chính**']);
    expect(h2).toEqual({ heading: 2, runs: [plain('KẾ HOẠCH')], styled: true });
    expect(h3).toEqual({ heading: 3, runs: [bold('Cải cách hành chính')], styled: true });
  });
  it('<b> cells of a table row, tabs kept (qt-2021-2025.txt:10)', () => {
    const [row] = styleLines(['<b>I</b>\t<b>Cải cách thể chế</b>\t\t']);
    expect(row!.runs).toEqual([bold('I'), plain('\t'), bold('Cải cách thể chế'), plain('\t\t')]);
  });
  it('italics of "*(Phụ lục kèm theo)*" (vp-ubnd-2024.txt:155)', () => {
    const [line] = styleLines(['III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM: *(Phụ lục kèm theo)*']);
    expect(line!.runs).toEqual([
      plain('III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM: '),
      { text: '(Phụ lục kèm theo)', bold: false, italic: true },
    ]);
  });
  it('keeps marks with no partner, and text that only looks like a tag, as printed', () => {
    const lines = styleLines([
      'Tỷ lệ 5 * 3 và **không đóng',
      '',
      '',
      '',
      '',
      '',
      'x < y và <script>alert(1)</script>',
      'a*b',
    ]);
    expect(lines[0]!.runs.map((r) => r.text).join('')).toBe('Tỷ lệ 5 * 3 và **không đóng');
    expect(lines[0]!.runs.every((r) => !r.bold)).toBe(true);
    expect(lines[6]).toEqual({ heading: 0, runs: [plain('x < y và <script>alert(1)</script>')], styled: false });
    expect(lines[7]!.runs.map((r) => r.text).join('')).toBe('a*b');
  });
  it('a lost </b> bolds no further than its line', () => {
    const [a, b] = styleLines(['<b>Tiêu đề', 'Dòng sau']);
    expect(a!.runs).toEqual([bold('Tiêu đề')]);
    expect(b!.runs).toEqual([plain('Dòng sau')]);
  });
});
