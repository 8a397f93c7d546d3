/**
 * Extra words to index for a page, so that Vietnamese readers find it however
 * they type. Pagefind (≥ 1.5) folds tone marks ("điện" ~ "điên") but keeps
 * "đ" apart from "d", so "dien tu" would not find "điện tử"; and it knows
 * nothing of abbreviations ("TTHC" ↔ "thủ tục hành chính"). The words built
 * here go into a hidden, low-weight element of the page's indexed body.
 */

import { foldWord } from '../../text/fold';
import type { TermGroup } from '../../text/glossary';

export interface ExtrasOptions {
  /** Abbreviation ↔ expansion groups (content/glossary.yaml). */
  glossary: readonly TermGroup[];
  /** A unit's name with its aliases (content/units.yaml), one group per unit. */
  unitAliases: readonly TermGroup[];
}

/**
 * Wraps the extras in the indexed content, so the search page can tell an
 * excerpt taken from them (shown to nobody) from one taken from the page.
 * Punctuation, so Pagefind does not index the markers as words.
 */
export const EXTRAS_OPEN = '⟦';
export const EXTRAS_CLOSE = '⟧';

/** Words as a reader sees them: runs of letters and digits ("TT&TT" is two). */
export function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+(?:\p{M}+[\p{L}\p{N}]*)*/gu) ?? [];
}

/** Folded words joined by single spaces: how forms are compared. */
export const keyOf = (text: string): string => words(text).map(foldWord).join(' ');

/** True when `inner`'s words appear, in order and together, within `outer`'s. */
function contains(outer: string, inner: string): boolean {
  return inner !== '' && ` ${outer} `.includes(` ${inner} `);
}

interface Form {
  form: string;
  key: string;
  /** The words of `key`: it is in a text only if they all are. */
  words: string[];
}

/**
 * The groups' forms with their keys, and the groups by the first word of
 * each of their forms: a group can only be named by a text that has one of
 * those words. Built once per groups array (the glossary, the units' aliases:
 * the same arrays on every page of a build); callers must not mutate a groups
 * array after passing it.
 */
interface Prepared {
  forms: Form[][];
  byFirstWord: Map<string, number[]>;
}

const preparedGroups = new WeakMap<readonly TermGroup[], Prepared>();

function prepare(groups: readonly TermGroup[]): Prepared {
  let p = preparedGroups.get(groups);
  if (p) return p;
  const forms = groups.map((group) =>
    group
      .map((f) => ({ form: f.trim(), key: keyOf(f) }))
      .filter((f) => f.key !== '')
      .map((f) => ({ ...f, words: f.key.split(' ') })),
  );
  const byFirstWord = new Map<string, number[]>();
  forms.forEach((list, i) => {
    for (const f of list) {
      const first = f.words[0]!;
      const at = byFirstWord.get(first);
      if (!at) byFirstWord.set(first, [i]);
      else if (at[at.length - 1] !== i) at.push(i);
    }
  });
  preparedGroups.set(groups, (p = { forms, byFirstWord }));
  return p;
}

/**
 * Forms of the groups that the text does not contain, for groups it does
 * name. A form that merely shortens another ("UBND huyện" in "UBND huyện Hải
 * Lăng") is never added from it or for it: it would point at every district.
 * `textWords` are the words of `textKey`; only groups with a form starting
 * with one of them are looked at, in the groups' order.
 */
function missingForms(textKey: string, textWords: ReadonlySet<string>, groups: readonly TermGroup[]): string[] {
  const { forms: all, byFirstWord } = prepare(groups);
  const candidates = new Set<number>();
  for (const w of textWords) for (const i of byFirstWord.get(w) ?? []) candidates.add(i);
  // contains(textKey, key), without copying the page's text for every form.
  const padded = ` ${textKey} `;
  const inText = (f: Form) => f.words.every((w) => textWords.has(w)) && padded.includes(` ${f.key} `);
  const out: string[] = [];
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const forms = all[i]!;
    const found = forms.filter(inText);
    if (found.length === 0) continue;
    for (const f of forms) {
      if (found.includes(f)) continue;
      if (found.some((g) => contains(g.key, f.key) || contains(f.key, g.key))) continue;
      out.push(f.form);
    }
  }
  return out;
}

/**
 * The text to index, hidden, for a page whose visible text is `text`: the
 * glossary and unit forms it lacks, then "d" spellings of its "đ" words
 * (folded as Pagefind folds the query: "điện" → "dien"). '' when none.
 */
export function searchExtras(text: string, { glossary, unitAliases }: ExtrasOptions): string {
  const textWords = words(text);
  const textFolded = textWords.map(foldWord);
  const textKey = textFolded.join(' ');
  const wordSet = new Set(textFolded);
  const added = [...missingForms(textKey, wordSet, glossary), ...missingForms(textKey, wordSet, unitAliases)];
  // "PVHCC" adds nothing next to "Trung tâm PVHCC", and every copy of a word
  // counts again in the ranking.
  const keys = [...new Set(added)].map((form) => ({ form, key: keyOf(form) }));
  const phrases = keys
    .filter((p) => !keys.some((q) => q !== p && q.key !== p.key && contains(q.key, p.key)))
    .map((p) => p.form);

  // Compared as Pagefind sees words: tone marks folded, đ kept.
  const present = new Set<string>();
  textWords.forEach((w, i) => {
    if (!/[đĐ]/.test(w)) present.add(textFolded[i]!);
  });
  const folded = new Set<string>();
  for (const w of [...textWords, ...phrases.flatMap(words)]) {
    if (!/[đĐ]/.test(w)) continue;
    const d = foldWord(w);
    if (!present.has(d)) folded.add(d);
  }
  return [...phrases, ...folded].join(' · ');
}

/** One group per unit that has aliases: its name and its aliases. */
export function unitAliasGroups(units: readonly { name: string; aliases: readonly string[] }[]): readonly TermGroup[] {
  let groups = aliasGroups.get(units);
  if (!groups)
    aliasGroups.set(
      units,
      (groups = Object.freeze(
        units.filter((u) => u.aliases.length > 0).map((u) => Object.freeze([u.name, ...u.aliases])),
      )),
    );
  return groups;
}

/** Per units array, so that every page of a build passes the same groups (and their keys are prepared once). */
const aliasGroups = new WeakMap<readonly unknown[], readonly TermGroup[]>();
