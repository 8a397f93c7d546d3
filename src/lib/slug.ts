/**
 * ASCII slug of Vietnamese text: "Sở Nội vụ" → "so-noi-vu", "đ" → "d".
 *
 * Written by hand rather than relying on NFD alone because "đ"/"Đ" is a base
 * letter, not a letter plus combining mark, so NFD would keep it (and a naive
 * transliteration gives "dj").
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
