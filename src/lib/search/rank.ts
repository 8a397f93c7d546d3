/**
 * Ranking for the search page, on top of Pagefind. Pagefind scores a query
 * as a bag of syllables that must all be present: "chữ ký số" scattered over
 * a long page beats the task that says it, one everyday word the page lacks
 * ("làm", "ở đâu") empties the list, and it knows no abbreviations or
 * spelling variants. Here the query becomes slots (a word, or a phrase the
 * glossary knows, with its other forms and spellings); each slot is searched
 * alone, adjacent words are searched as quoted phrases (Pagefind's exact
 * phrase search, no index cost), and pages are scored by the slots and
 * phrases they hold, rarer slots weighing more (idf). The pure part
 * (analyse, combine) is here and unit-tested; the page's script supplies
 * Pagefind.
 */
import { foldKey, foldVariant, spellings } from '../../text/fold';
import { words } from './terms';

/** A query word or phrase and what may stand for it. */
export interface Slot {
  /** As typed. */
  text: string;
  /** Folded (foldVariant) words of `text`. */
  keys: string[];
  /** Search strings, any of which counts as the slot: the typed spellings first, then other forms. */
  alts: string[];
  /** A word that says nothing of the subject ("làm", "ở đâu", "của"): never required. */
  filler: boolean;
}

/**
 * One expansion rule: a typed form (folded words) and what it stands for.
 * Glossary groups give each form → the others; query-only entries give
 * abbreviation → full form only ("tt" → "trung tâm", never the reverse).
 */
export interface Expansion {
  from: string;
  to: readonly string[];
}

/** Glossary groups (two-way) and query-only entries (one-way) as expansions. */
export function expansions(
  groups: readonly (readonly string[])[],
  oneWay: readonly { from: readonly string[]; to: readonly string[] }[] = [],
): Expansion[] {
  const out: Expansion[] = [];
  for (const g of groups) for (const f of g) out.push({ from: f, to: g.filter((o) => o !== f) });
  for (const e of oneWay) for (const f of e.from) out.push({ from: f, to: e.to });
  return out;
}

// Words a reader adds around the subject: questions and links. Folded.
const FILLER = new Set(
  'ai lam gi nhung o dau nhu the nao khi cua cho ve cac va la duoc co theo tai trong voi den bao gio sao ra sao phai viec ben nao hay can muon tim xem thi moi'.split(
    ' ',
  ),
);

const keyOfText = (text: string): string[] => words(text).map(foldVariant);

interface PreparedExpansion {
  keys: string[];
  from: string;
  to: readonly string[];
}

function prepare(list: readonly Expansion[]): PreparedExpansion[] {
  return list
    .map((e) => ({ keys: keyOfText(e.from), from: e.from, to: e.to }))
    .filter((e) => e.keys.length > 0)
    .sort((a, b) => b.keys.length - a.keys.length);
}

/** Quoted, so Pagefind matches the words together and in order. */
const quoted = (phrase: string) => `"${phrase}"`;

/**
 * The query as slots. A run of words that is a glossary form becomes one
 * slot searched as that phrase and as each other form (longest run first);
 * any other word is a slot of its own, searched in each of its spellings.
 */
export function analyse(query: string, list: readonly Expansion[]): Slot[] {
  const typed = words(query);
  const keys = typed.map(foldVariant);
  const rules = prepare(list);
  const slots: Slot[] = [];
  for (let i = 0; i < typed.length;) {
    const rule = rules.find((r) => r.keys.every((k, j) => keys[i + j] === k));
    if (rule) {
      const text = typed.slice(i, i + rule.keys.length).join(' ');
      // As typed, as the glossary writes it (with its marks and "đ"), then the other forms.
      const search = (form: string) => (words(form).length > 1 ? quoted(words(form).join(' ')) : form);
      const others = [text, rule.from, ...rule.to].map(search);
      slots.push({
        text,
        keys: keys.slice(i, i + rule.keys.length),
        alts: [...new Set(others)],
        filler: false,
      });
      i += rule.keys.length;
    } else {
      const w = typed[i]!;
      slots.push({ text: w, keys: [keys[i]!], alts: spellings(w), filler: FILLER.has(keys[i]!) });
      i++;
    }
  }
  return slots;
}

/** The folded words a query searches for: every spelling of every slot, and the whole-query terms. */
export function queryWords(slots: readonly Slot[], terms: readonly string[]): string[] {
  const all = [...slots.flatMap((s) => s.alts), ...terms].flatMap((t) => foldKey(t).split(/[^\p{L}\p{N}]+/u));
  return [...new Set(all.filter(Boolean))];
}

/**
 * Whether the words Pagefind marked in an excerpt are the query's own, or
 * words that begin with one of them ("camera" for "cam"). False when every
 * mark is a near spelling Pagefind's typo tolerance chose because the index
 * lacks the word ("ý" for "yết"). No marks at all: nothing to judge, true.
 */
export function marksMatch(marked: readonly string[], query: readonly string[]): boolean {
  if (marked.length === 0) return true;
  return marked.some((m) => {
    const key = foldKey(m);
    return query.some((w) => key.startsWith(w));
  });
}

/** Quoted pairs of adjacent one-word slots, in the likeliest spellings (a few each). */
export function pairs(slots: readonly Slot[]): { at: number; alts: string[] }[] {
  const out: { at: number; alts: string[] }[] = [];
  for (let i = 0; i + 1 < slots.length; i++) {
    const a = slots[i]!;
    const b = slots[i + 1]!;
    if (a.keys.length !== 1 || b.keys.length !== 1 || (a.filler && b.filler)) continue;
    const alts = a.alts.slice(0, 2).flatMap((x) => b.alts.slice(0, 2).map((y) => quoted(`${x} ${y}`)));
    out.push({ at: i, alts });
  }
  return out;
}

/** A Pagefind result: an id and a score. */
export interface Hit {
  id: string;
  score: number;
}

/** What the search found for each slot and pair, and the page kinds. */
export interface Found {
  slots: readonly (readonly Hit[])[];
  pairs: readonly (readonly Hit[])[];
  /** Pagefind's own result for the whole query (every word, its ranking). */
  whole: readonly Hit[];
  /** Ids of the pages that gather many tasks' words (units, plans, areas, targets); the rest are tasks. */
  gathering: ReadonlySet<string>;
  /** Number of pages in the index. */
  total: number;
}

export interface Ranking {
  ids: string[];
  /** No page holds every word that is not a filler: the list is of the pages holding most. */
  partial: boolean;
}

// Weights, tuned on the seen half of bench/search-queries.ts.
const PHRASE = 0.9;
const WHOLE = 0.6;
const COVER = 1.5;
const GATHER = 0.7;
const KEEP = 0.5;

/** Scores pages from what each slot and pair found. */
export function combine(slots: readonly Slot[], found: Found): Ranking {
  const n = Math.max(found.total, 1);
  const idf = (df: number) => Math.log(1 + n / (1 + df));
  const score = new Map<string, number>();
  const covered = new Map<string, number>();
  const add = (id: string, s: number) => score.set(id, (score.get(id) ?? 0) + s);
  const norm = (hits: readonly Hit[]) => {
    const max = Math.max(...hits.map((h) => h.score), 1e-9);
    return (h: Hit) => h.score / max;
  };
  const required = slots.map((s, i) => !s.filler && (found.slots[i]?.length ?? 0) > 0);
  const nRequired = required.filter(Boolean).length;
  const weights: number[] = [];
  slots.forEach((_, i) => {
    const hits = found.slots[i] ?? [];
    // A phrase the glossary knows says as much as its words.
    const w = idf(hits.length) * (1 + 0.5 * (slots[i]!.keys.length - 1));
    weights[i] = w;
    const f = norm(hits);
    for (const h of hits) {
      add(h.id, w * (0.6 + 0.4 * f(h)));
      if (required[i]) covered.set(h.id, (covered.get(h.id) ?? 0) + 1);
    }
  });
  const meanW = weights.length ? weights.reduce((a, b) => a + b, 0) / weights.length : 1;
  found.pairs.forEach((hits) => {
    const w = idf(hits.length) * PHRASE;
    for (const h of hits) add(h.id, w);
  });
  const fw = norm(found.whole);
  for (const h of found.whole) add(h.id, WHOLE * meanW * (0.5 + 0.5 * fw(h)));
  let complete = false;
  for (const [id, s] of score) {
    const c = nRequired ? (covered.get(id) ?? 0) / nRequired : 1;
    if (c === 1) complete = true;
    let t = s + COVER * meanW * c * c;
    if (found.gathering.has(id)) t *= GATHER;
    score.set(id, t);
  }
  // A page holding only a filler word, or under half the words, is no result: the count the page shows means something.
  const kept = [...score.keys()].filter((id) => !nRequired || (covered.get(id) ?? 0) / nRequired >= KEEP);
  const ids = kept.sort((a, b) => score.get(b)! - score.get(a)! || a.localeCompare(b));
  return { ids, partial: nRequired > 0 && !complete && ids.length > 0 };
}

/**
 * Runs of the query's words, in the typed and the expanded forms, as name
 * keys (foldVariant words joined by spaces): candidates for the name filter
 * (units, areas). Longest first; at most `max`.
 */
export function nameCandidates(slots: readonly Slot[], max = 100): { key: string; from: number; to: number }[] {
  // Each slot read as typed, and as its first other form ("p" → "phòng", "1 cửa" → "một cửa").
  const typed = slots.map((s) => s.keys);
  const expanded = slots.map((s) => {
    const own = new Set(spellings(s.text).concat(s.text));
    const other =
      s.keys.length > 1 || s.alts.length > 1
        ? s.alts.find((a) => !own.has(a) && !a.startsWith('"' + s.text))
        : undefined;
    return other ? keyOfText(other) : s.keys;
  });
  const out = new Map<string, { key: string; from: number; to: number }>();
  for (let len = Math.min(slots.length, 12); len >= 1; len--) {
    for (let from = 0; from + len <= slots.length; from++) {
      for (const forms of [typed, expanded]) {
        const key = forms.slice(from, from + len).flat();
        if (key.length >= 2 && !out.has(key.join(' ')))
          out.set(key.join(' '), { key: key.join(' '), from, to: from + len });
      }
    }
  }
  return [...out.values()].slice(0, max);
}

/** Share of the query's non-filler words that slots from..to hold. */
export function coverage(slots: readonly Slot[], from: number, to: number): number {
  const size = (s: Slot) => (s.filler ? 0 : s.keys.length);
  const all = slots.reduce((n, s) => n + size(s), 0);
  return all ? slots.slice(from, to).reduce((n, s) => n + size(s), 0) / all : 0;
}

/** A plan as the search page knows it: its id and the folded words that name it (title, issuer, place, years). */
export interface PlanWords {
  id: string;
  words: readonly string[];
}

/**
 * The plan a query names, when every non-filler slot is one of its words
 * (or a form of them) and at least one of those words names no other plan:
 * "kế hoạch CCHC Sở Nội vụ 2026", "Hải Lăng năm 2024". Null otherwise.
 */
export function namedPlan(slots: readonly Slot[], plans: readonly PlanWords[]): string | null {
  const sets = plans.map((p) => ({ id: p.id, words: new Set(p.words) }));
  const common = new Set(plans[0]?.words.filter((w) => sets.every((p) => p.words.has(w))) ?? []);
  const content = slots.filter((s) => !s.filler);
  if (content.length === 0) return null;
  const hits = sets.filter((p) => {
    const forms = (s: Slot) => [s.keys, ...s.alts.map(keyOfText)];
    const explained = content.every((s) => forms(s).some((k) => k.length > 0 && k.every((w) => p.words.has(w))));
    const own = content.some((s) => forms(s).some((k) => k.some((w) => p.words.has(w) && !common.has(w))));
    return explained && own;
  });
  return hits.length === 1 ? hits[0]!.id : null;
}

/**
 * The plans a citation's other words point to ("văn phòng 2024", "tỉnh
 * 2021", "Hải Lăng"): those matching most of them, none when no word does.
 */
export function hintedPlans(slots: readonly Slot[], plans: readonly PlanWords[]): string[] {
  const content = slots.filter((s) => !s.filler);
  const scored = plans.map((p) => {
    const set = new Set(p.words);
    const forms = (s: Slot) => [s.keys, ...s.alts.map(keyOfText)];
    return {
      id: p.id,
      n: content.filter((s) => forms(s).some((k) => k.length > 0 && k.every((w) => set.has(w)))).length,
    };
  });
  const best = Math.max(0, ...scored.map((s) => s.n));
  return best === 0 ? [] : scored.filter((s) => s.n === best).map((s) => s.id);
}
