/**
 * Printed width of a line of text, in thousandths of an em of a Times-like
 * serif face (the face of Vietnamese government documents). Counting
 * characters misjudges "Thực hiện tinh giản biên chế" against "Xếp loại chỉ
 * số CCHC cấp" by a fifth; glyph widths get within a few percent, which is
 * what deciding "would the next word have fitted on this line?" needs.
 */

const LOWER = [
  444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722,
  500, 500, 444,
];
const UPPER = [
  722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944,
  722, 722, 611,
];
const OTHER: Record<string, number> = {
  ' ': 250,
  ',': 250,
  '.': 250,
  ';': 278,
  ':': 278,
  '-': 333,
  '–': 500,
  '/': 278,
  '(': 333,
  ')': 333,
  '%': 833,
  '&': 778,
  '…': 1000,
  "'": 180,
  '"': 408,
};

function glyph(ch: string): number {
  const base = ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : (ch.normalize('NFD')[0] ?? ch);
  const code = base.charCodeAt(0);
  if (code >= 97 && code <= 122) return LOWER[code - 97]!;
  if (code >= 65 && code <= 90) return UPPER[code - 65]!;
  if (code >= 48 && code <= 57) return 500;
  return OTHER[base] ?? 500;
}

// glyph() of every UTF-16 code unit met so far (0: not yet computed): the
// NFD per character made it the hottest function of the PDF import.
const byCode = new Uint16Array(0x10000);
const memo = (code: number): number => byCode[code] || (byCode[code] = glyph(String.fromCharCode(code)));

export function textWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      // Beyond the BMP, or a lone surrogate: one character, as for...of reads it.
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      w += glyph(ch);
      i += ch.length - 1;
      continue;
    }
    w += memo(code);
  }
  return w;
}
