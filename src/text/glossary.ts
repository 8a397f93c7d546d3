/**
 * What the glossary (content/glossary.yaml, src/schema/glossary.ts) means for
 * each reader: groups of equal forms for search, and word-by-word expansions
 * for matching unit names and related tasks.
 */
import type { GlossaryEntry } from '../schema/glossary';
import { foldWord } from './fold';

/** Forms that name the same thing: ["TTHC", "thủ tục hành chính"]. */
export type TermGroup = readonly string[];

/** Abbreviations as folded words → the folded words they stand for. */
export interface Abbreviations {
  /** One word: "ubnd" → "uy ban nhan dan". */
  words: ReadonlyMap<string, string>;
  /** Two words joined by "&" ("TT&TT" → "tt tt"): "tt" alone is ambiguous (trung tâm, thông tin), the pair is not. */
  pairs: ReadonlyMap<string, string>;
}

/**
 * Forms equal both ways, for the index and the query: every entry except
 * those kept for unit names only and the readers' shorthand (`index: false`,
 * see queryOnly).
 */
export const termGroups = (entries: readonly GlossaryEntry[]): TermGroup[] =>
  entries.filter((e) => e.search && e.index).map((e) => [...e.abbr, ...e.full]);

/** Readers' shorthand and everyday words: typed form → the plans' words, one way ("tt" → "trung tâm", never back). */
export const queryOnly = (entries: readonly GlossaryEntry[]): { from: string[]; to: string[] }[] =>
  entries.filter((e) => e.search && !e.index).map((e) => ({ from: e.abbr, to: e.full }));

const foldedWords = (text: string): string[] => (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(foldWord);

/**
 * `dropped` words are left out of expansions: unit-name keys drop "và"
 * ("Văn hóa và Thông tin" = "VH&TT"), so its expansions must too.
 */
export function abbreviations(
  entries: readonly GlossaryEntry[],
  dropped: ReadonlySet<string> = new Set(),
): Abbreviations {
  const words = new Map<string, string>();
  const pairs = new Map<string, string>();
  // Readers' shorthand ("p." for phòng) is no part of any printed unit name.
  for (const entry of entries.filter((e) => e.index)) {
    const full = foldedWords(entry.full[0]!)
      .filter((w) => !dropped.has(w))
      .join(' ');
    for (const abbr of entry.abbr) {
      const key = foldedWords(abbr);
      // The first entry for a form wins, as a reader of the file would expect.
      if (key.length === 1 && !words.has(key[0]!)) words.set(key[0]!, full);
      else if (key.length === 2 && abbr.includes('&') && !pairs.has(key.join(' '))) pairs.set(key.join(' '), full);
    }
  }
  return { words, pairs };
}
