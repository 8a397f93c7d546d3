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

// Onsets after which a final "y" and "i" are one syllable written two ways
// (kỹ/kĩ, lý/lí, mỹ/mĩ, quý/quí, tỷ/tỉ, sỹ/sĩ, hy/hi, vỹ/vĩ, phí/phý...).
const Y_OR_I = /^(qu|ph|th|kh|[bdđhklmnstv])[yi]$/;

/**
 * A folded syllable with its spelling variants made one: final "y" after a
 * consonant is written "i" ("ký"/"kí", "lý"/"lí", "quý"/"quí", "tỷ"/"tỉ" →
 * "ki", "li", "qui", "ti"), the choice the 1984 spelling rules left open.
 * "uy" is a vowel pair and stays ("thủy" → "thuy"). Tone placement
 * ("hòa"/"hoà") and "đ" are already one in foldKey. Search compares names by
 * this key on both sides: at index time (name filters) and at query time.
 */
export function foldVariant(word: string): string {
  const w = foldWord(word);
  return Y_OR_I.test(w) ? w.slice(0, -1) + 'i' : w;
}

/**
 * What Pagefind may hold for a syllable as typed. Pagefind folds tone marks
 * but keeps "đ" and does not know y/i: "ki" → ["ki", "ky"], "dien" →
 * ["dien", "đien"], "điện" → ["đien"]. A "d" may stand for "đ" only in a
 * word typed without any mark (who types "dịch" would have typed "đ"), and
 * only before a vowel ("DVC" stays). The typed spelling first; at most four.
 */
export function spellings(word: string): string[] {
  const lower = word.normalize('NFC').toLowerCase();
  const bare = lower.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  const out = [bare];
  if (Y_OR_I.test(bare)) out.push(bare.slice(0, -1) + (bare.endsWith('y') ? 'i' : 'y'));
  if (/^[a-z]+$/.test(lower) && /^d[aeiouy]/.test(bare)) out.push(...out.map((s) => 'đ' + s.slice(1)));
  return out;
}
