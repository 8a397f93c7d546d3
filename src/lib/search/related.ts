import { foldVietnamese } from '../../text/fold';

export interface Comparable {
  id: string;
  plan: string;
  area: string;
  text: string;
}

// Syllables that occur in almost every task and so say nothing about its topic.
const STOP = new Set(
  'va cac cua cho trong theo voi tai de tren nhung duoc la co mot so ve tu den nam hang thuc hien trien khai tiep tuc tang cuong nang cao cong tac to chuc xay dung ke hoach bao cao viec'.split(
    ' ',
  ),
);

// Plans mix abbreviations and full forms ("TTHC" / "thủ tục hành chính");
// expanding them lets the two match (DOMAIN.md §9).
// A Map, not an object: a folded word such as "constructor" must not find a property.
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    tthc: 'thu tuc hanh chinh',
    vbqppl: 'van ban quy pham phap luat',
    qppl: 'quy pham phap luat',
    dvctt: 'dich vu cong truc tuyen',
    dvc: 'dich vu cong',
    cchc: 'cai cach hanh chinh',
    cbccvc: 'can bo cong chuc vien chuc',
    ubnd: 'uy ban nhan dan',
    hdnd: 'hoi dong nhan dan',
    vtvl: 'vi tri viec lam',
  }),
);

/** Folded syllables and adjacent-syllable pairs: Vietnamese words are mostly two syllables. */
export function tokens(text: string): Set<string> {
  const words = foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .flatMap((w) => (ABBREVIATIONS.get(w) ?? w).split(' '))
    .filter((w) => w.length > 1);
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (!STOP.has(w)) out.add(w);
    const next = words[i + 1];
    if (next && !(STOP.has(w) && STOP.has(next))) out.add(`${w}_${next}`);
  });
  return out;
}

/** Jaccard overlap of two token sets, 0..1. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface Related<T> {
  item: T;
  score: number;
}

/**
 * Tasks of other plans in the same area whose text overlaps most: a province
 * task next to the district and department tasks that carry it out. Computed
 * at build time.
 */
export function relatedTo<T extends Comparable>(
  target: T,
  all: readonly T[],
  limit = 5,
  threshold = 0.08,
): Related<T>[] {
  const mine = tokens(target.text);
  return all
    .filter((t) => t.plan !== target.plan && t.area === target.area)
    .map((item) => ({ item, score: similarity(mine, tokens(item.text)) }))
    .filter((r) => r.score >= threshold)
    .sort((a, b) => b.score - a.score || a.item.id.localeCompare(b.item.id))
    .slice(0, limit);
}

/**
 * relatedTo for every item at once, with the same result. Each text is
 * tokenised once and its tokens numbered, rarest first (within its area), so
 * a candidate is scored exactly by merging two sorted lists. Candidates come
 * through an index token → (item, position of the token in the item's list),
 * my rarest tokens first; τ is the threshold or, once `limit` items are
 * found, the lowest score among the best `limit`. Two bounds skip work
 * without changing the result:
 * - an item first met at my k-th token shares none of my k rarer ones, nor
 *   (since its list is sorted the same way) any of its own before that
 *   token: it shares at most min(|mine| − k, |its| − position), and is not
 *   scored when even that would score below τ;
 * - an item scoring at least τ shares at least τ·|mine| of my tokens, so it
 *   has one among my first |mine| − ⌈τ·|mine|⌉ + 1: the walk stops there.
 * The common tokens, which most tasks of an area share and which made the
 * pairwise walk quadratic, are then rarely read.
 */
export function relatedAll<T extends Comparable>(
  all: readonly T[],
  limit = 5,
  threshold = 0.08,
): Map<string, Related<T>[]> {
  const keysOf = all.map((t) => [...tokens(t.text)].map((tok) => `${t.area} ${tok}`));
  const frequency = new Map<string, number>();
  for (const keys of keysOf) for (const k of keys) frequency.set(k, (frequency.get(k) ?? 0) + 1);
  // Token numbers: rarest first, ties by the token itself.
  const order = [...frequency.keys()].sort(
    (a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0),
  );
  const number = new Map(order.map((k, i) => [k, i]));
  const toks = keysOf.map((keys) => Int32Array.from(keys.map((k) => number.get(k)!)).sort());
  // The index as two flat lists: the items having token t, and where t is in their list, at start[t]…start[t + 1].
  const start = new Int32Array(order.length + 1);
  for (const list of toks) for (const tok of list) start[tok + 1]!++;
  for (let t = 0; t < order.length; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, order.length);
  const holder = new Int32Array(start[order.length]!);
  const position = new Int32Array(start[order.length]!);
  toks.forEach((list, i) =>
    list.forEach((tok, at) => {
      holder[fill[tok]!] = i;
      position[fill[tok]!++] = at;
    }),
  );
  const planIds = new Map<string, number>();
  const planOf = Int32Array.from(
    all,
    (t) => planIds.get(t.plan) ?? (planIds.set(t.plan, planIds.size), planIds.size - 1),
  );

  const out = new Map<string, Related<T>[]>();
  // seen[j] === i + 1: item j was met while looking for item i's.
  const seen = new Int32Array(all.length);
  all.forEach((target, i) => {
    const mine = toks[i]!;
    const size = mine.length;
    const plan = planOf[i]!;
    seen[i] = i + 1;
    const found: Related<T>[] = [];
    // The best scores so far, highest first: the last is τ once there are `limit`.
    const best: number[] = [];
    let bound = threshold;
    for (let k = 0; k < size && k < prefix(size, bound); k++) {
      const tok = mine[k]!;
      for (let x = start[tok]!, end = start[tok + 1]!; x < end; x++) {
        const j = holder[x]!;
        if (seen[j] === i + 1) continue;
        seen[j] = i + 1;
        if (planOf[j] === plan) continue;
        const theirs = toks[j]!;
        const most = Math.min(size - k, theirs.length - position[x]!);
        if (most / (size + theirs.length - most) < bound) continue;
        const n = overlap(mine, theirs);
        const score = n / (size + theirs.length - n);
        if (!(score >= bound)) continue;
        found.push({ item: all[j]!, score });
        if (limit > 0) {
          let at = best.length;
          while (at > 0 && best[at - 1]! < score) at--;
          best.splice(at, 0, score);
          if (best.length > limit) best.pop();
          if (best.length === limit) bound = Math.max(threshold, best[limit - 1]!);
        }
      }
    }
    out.set(
      target.id,
      found
        .filter((r) => r.score >= bound)
        .sort((a, b) => b.score - a.score || a.item.id.localeCompare(b.item.id))
        .slice(0, limit),
    );
  });
  return out;
}

/**
 * How many of a set's tokens, rarest first, an item must be looked up by to
 * find every item scoring at least `bound` with it: one more than the number
 * it may lack. Rounded towards reading more, so float error never drops one.
 * With no positive bound, every token.
 */
function prefix(size: number, bound: number): number {
  if (!(bound > 0)) return size;
  const needed = Math.max(1, Math.floor(bound * size - 1e-9));
  return size - needed + 1;
}

/** Shared values of two ascending lists. */
function overlap(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else (n++, i++, j++);
  }
  return n;
}
