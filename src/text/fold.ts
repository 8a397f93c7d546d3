/**
 * Vietnamese text to lower-case ASCII letters: "Sở Nội vụ" → "so noi vu".
 *
 * Written by hand rather than relying on NFD alone because "đ"/"Đ" is a base
 * letter, not a letter plus combining mark, so NFD would keep it (and a naive
 * transliteration gives "dj").
 */
export function asciiLower(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Lower-case ASCII folding: accents, đ, case, markup and punctuation runs removed. */
export function foldVietnamese(text: string): string {
  return asciiLower(text)
    .replace(/<[^>]*>/g, ' ')
    .replace(/[*_#`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
