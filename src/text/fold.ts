/**
 * Vietnamese folding: the one definition of "the same letters", shared by the
 * importer (headings, unit names, times, duties), the search index and the
 * search query, related tasks and slugs. "Sở Nội vụ" → "so noi vu".
 *
 * Tone and vowel marks go by NFD and dropping every combining mark; "đ"/"Đ"
 * is a base letter, not a letter plus a mark, so NFD keeps it and it is
 * mapped by hand (a naive transliteration gives "dj"). Old and new tone
 * placement ("hoà"/"hòa") and decomposed input fold alike.
 */

/** "đ" → "d", keeping everything else (tone marks are Pagefind's business). */
export function foldD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * Lower-case, no marks, "đ" → "d": the key two spellings share. The search
 * page's script bundles this function: a change here changes that script.
 */
export function foldKey(text: string): string {
  return foldD(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).normalize('NFC');
}

// A build folds the same few thousand words on every page and the importer
// the same cell vocabulary thousands of times: words are remembered. Bounded,
// in case a caller passes whole texts.
const folded = new Map<string, string>();

/** foldKey of one word, remembered (ASCII needs only lower-casing). */
export function foldWord(word: string): string {
  let key = folded.get(word);
  if (key === undefined) {
    key = /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : foldKey(word);
    if (folded.size < 100_000) folded.set(word, key);
  }
  return key;
}

/** foldKey one character at a time, one character out per character in (a space for a lone mark), so offsets agree. */
export function foldChars(text: string): string {
  return [...text].map((c) => foldKey(c).charAt(0) || ' ').join('');
}

/** foldKey with markup ("<b>", "**", "#") and runs of spaces removed: how headings and cells are compared. */
export function foldVietnamese(text: string): string {
  return foldKey(text)
    .replace(/<[^>]*>/g, ' ')
    .replace(/[*_#`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
