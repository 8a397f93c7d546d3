import { foldVietnamese } from '../import/areas';

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
const ABBREVIATIONS: Record<string, string> = {
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
};

/** Folded syllables and adjacent-syllable pairs: Vietnamese words are mostly two syllables. */
export function tokens(text: string): Set<string> {
  const words = foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .flatMap((w) => (ABBREVIATIONS[w] ?? w).split(' '))
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
 * relatedTo for every item at once. Each text is tokenised once, and shared
 * tokens are counted through an index token → items, so only items sharing at
 * least one token are scored (a score above 0 needs one): the same result as
 * comparing every pair, without the n² walk over thousands of tasks.
 */
export function relatedAll<T extends Comparable>(
  all: readonly T[],
  limit = 5,
  threshold = 0.08,
): Map<string, Related<T>[]> {
  const toks = all.map((t) => tokens(t.text));
  const index = new Map<string, number[]>();
  toks.forEach((set, i) => {
    for (const tok of set) {
      const key = `${all[i]!.area} ${tok}`;
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  const out = new Map<string, Related<T>[]>();
  all.forEach((target, i) => {
    const mine = toks[i]!;
    const shared = new Map<number, number>();
    for (const tok of mine)
      for (const j of index.get(`${target.area} ${tok}`) ?? [])
        if (all[j]!.plan !== target.plan) shared.set(j, (shared.get(j) ?? 0) + 1);
    out.set(
      target.id,
      [...shared]
        .map(([j, n]) => ({ item: all[j]!, score: n / (mine.size + toks[j]!.size - n) }))
        .filter((r) => r.score >= threshold)
        .sort((a, b) => b.score - a.score || a.item.id.localeCompare(b.item.id))
        .slice(0, limit),
    );
  });
  return out;
}
