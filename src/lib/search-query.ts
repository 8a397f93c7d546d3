/**
 * Query-side help for readers who type without accents. Pagefind folds tone
 * marks but not "đ", so "dien tu" only meets "điện tử" through the hidden,
 * low-weight extras of a page. Searching the "đ" spellings as well lets the
 * real text, with its real weight (headings above body), rank the page.
 */

/** At most 2^MAX_D spellings are tried; beyond that, only none and all "đ". */
const MAX_D = 3;

/**
 * The query as typed, then its spellings with "đ" for initial "d" (the only
 * place Vietnamese has "đ"). Unchanged when the reader typed a "đ" already.
 */
export function queryVariants(query: string): string[] {
  const q = query.trim().replace(/\s+/g, ' ');
  if (!q || /[đĐ]/.test(q)) return q ? [q] : [];
  const words = q.split(' ');
  const slots = words.flatMap((w, i) => (/^[dD][\p{L}]/u.test(w) ? [i] : []));
  if (slots.length === 0) return [q];
  const swap = (w: string) => (w[0] === 'D' ? 'Đ' : 'đ') + w.slice(1);
  const masks = slots.length <= MAX_D ? [...Array(2 ** slots.length).keys()] : [0, 2 ** slots.length - 1];
  return masks.map((mask) => {
    const out = [...words];
    slots.forEach((at, bit) => {
      if (mask & (1 << bit)) out[at] = swap(words[at]!);
    });
    return out.join(' ');
  });
}
