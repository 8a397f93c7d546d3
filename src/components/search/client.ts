/**
 * The search page in the browser: Pagefind's JS API, state in the URL, and
 * keyboard use (arrows move between results, Enter opens one). Pure parts
 * live in src/lib/search-*.ts and are unit-tested there.
 */
import {
  EMPTY_STATE,
  readState,
  writeState,
  sameState,
  pagefindFilters,
  hasFilters,
  type SearchState,
} from '../../lib/search/url';
import { cleanExcerpt } from '../../lib/search/excerpt';
import { searchTerms, taskNumberQuery } from '../../lib/search/query';
import type { TermGroup } from '../../text/glossary';
import { FILTER_KEYS, GATHERING_KINDS, KIND_LABELS, nameFilter, numberKey } from '../../lib/search/meta';
import { groupBy } from '../../lib/site/group';
import {
  analyse,
  combine,
  coverage,
  hintedPlans,
  marksMatch,
  nameCandidates,
  namedPlan,
  pairs,
  queryWords,
  type Expansion,
  type Hit,
  type PlanWords,
} from '../../lib/search/rank';

interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, unknown> }): Promise<PagefindResponse | null>;
  preload(term: string): Promise<void>;
  mergeIndex(bundle: string, o: { baseUrl: string }): Promise<void>;
  createInstance(o: { basePath: string; baseUrl: string; noWorker: boolean }): PagefindInstance;
}
/** A second index in the same page, used for one other shard at a time. */
type PagefindInstance = Pick<Pagefind, 'search' | 'mergeIndex'> & { destroy(): Promise<void> };
interface OtherShard {
  id: string;
  title: string;
  base: string;
  bundle: string;
}

const PAGE_SIZE = 10;
/** Results shown per other shard; the rest are a link away, on that shard's own search page. */
const ELSEWHERE_SHOWN = 3;
/** Results whose page text is fetched before the first is shown: about a phone's first screen. */
const FIRST_FETCH = 3;
const TYPING_DELAY = 180;

export function startSearchPage(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = FILTER_KEYS.map((k) => [k, form.querySelector<HTMLSelectElement>(`select[name="${k}"]`)!] as const);
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const json = <T>(name: string, empty: T): T =>
    JSON.parse(root.querySelector(`[data-search-${name}]`)?.textContent ?? 'null') ?? empty;
  const glossary = json<TermGroup[]>('glossary', []);
  const expansions = json<Expansion[]>('expansions', []);
  const plans = json<PlanWords[]>('plans', []);
  const scope = form.querySelector<HTMLSelectElement>('select[name="scope"]');
  const elsewhere = json<OtherShard[]>('other-shards', []);
  const away = root.querySelector<HTMLElement>('[data-search-elsewhere]');

  let pagefind: Promise<Pagefind> | undefined;
  /** Pages in this page's index, every part and merged shard; null when an index does not say. */
  let indexPages: number | null = null;
  let run = 0;
  let pending: PagefindResult[] = [];
  let typingTimer: number | undefined;

  const load = (): Promise<Pagefind> =>
    (pagefind ??= (async () => {
      const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      // On this page, not in Pagefind's worker: the worker is one more script to fetch before
      // anything else starts, and its own fetches cannot use what the page preloaded
      // (src/pages/tim-kiem/index.astro). Each search is a few milliseconds of WebAssembly.
      await pf.options({ baseUrl: base, noWorker: true });
      // A sharded build: one search over every shard's index (src/lib/site/shards.ts, docs/SCALE.md),
      // each with the other parts of its own index.
      const shards = JSON.parse(root.dataset.searchShards ?? '[]') as { bundle: string; base: string }[];
      const bundles = await Promise.all(
        [{ bundle: `${base}pagefind/`, base }, ...shards].map(async (s) => ({ ...s, ...(await partsOf(s.bundle)) })),
      );
      indexPages = bundles.every((b) => b.pages !== null) ? bundles.reduce((n, b) => n + b.pages!, 0) : null;
      for (const [i, s] of bundles.entries()) {
        if (i > 0) await pf.mergeIndex(s.bundle, { baseUrl: s.base });
        for (const part of s.parts) await pf.mergeIndex(part, { baseUrl: s.base });
      }
      await pf.init();
      performance.mark('search:pagefind-ready');
      return pf;
    })());

  const formState = (): SearchState => {
    const state: SearchState = {
      q: input.value.trim(),
      scope: scope?.value === 'all' ? 'all' : '',
      plan: '',
      area: '',
      unit: '',
      year: '',
    };
    for (const [k, el] of selects) state[k] = el.value;
    return state;
  };

  const showState = (state: SearchState): void => {
    input.value = state.q;
    if (scope) scope.value = state.scope;
    for (const [k, el] of selects) {
      el.value = state[k];
      // A value no option holds (an old link) would leave the select blank.
      if (el.value !== state[k]) el.value = '';
    }
  };

  const url = (state: SearchState) => `${location.pathname}${writeState(state)}`;

  async function search(state: SearchState): Promise<void> {
    const mine = ++run;
    if (away) away.hidden = true;
    if (!state.q && !hasFilters(state)) {
      list.replaceChildren();
      list.hidden = true;
      more.hidden = true;
      status.textContent = '';
      root.dataset.state = 'idle';
      return;
    }
    // For tests and styles: 'searching' until the results are on the page.
    root.dataset.state = 'searching';
    status.textContent = 'Đang tìm…';
    let pf: Pagefind;
    try {
      pf = await load();
    } catch {
      if (mine === run) {
        status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy thử tải lại trang.';
        root.dataset.state = 'error';
      }
      return;
    }
    const filters = pagefindFilters(state) as Record<string, string>;
    let partial = false;
    if (!state.q) {
      pending = (await pf.search(null, { filters }))?.results ?? [];
    } else {
      const ranked = await rank(pf, state.q, filters, plans, indexPages);
      if (mine !== run) return;
      pending = ranked.results;
      partial = ranked.partial;
    }
    if (mine !== run) return;
    performance.mark('search:ranked');
    list.replaceChildren();
    const total = pending.length;
    // Said before the results arrive, so the line above them never changes under a reader's finger.
    const what = state.q ? ` cho “${state.q}”` : '';
    status.textContent = total
      ? partial
        ? `Không có trang chứa đủ các từ${what}; kết quả gần nhất (${total} trang chứa nhiều từ nhất).`
        : `Tìm thấy ${total} kết quả${what}${hasFilters(state) ? ' (đã lọc)' : ''}.`
      : `Không tìm thấy kết quả nào${what}.${hasFilters(state) ? ' Hãy thử bỏ bớt bộ lọc.' : ' Hãy thử từ khóa ngắn hơn hoặc viết khác.'}`;
    more.hidden = true;
    await showFirst(mine);
    if (mine !== run) return;
    root.dataset.state = 'done';
    if (state.scope === 'all' && state.q) await searchElsewhere(state, mine);
  }

  /**
   * The same query in every other shard, one at a time, each in an index of
   * its own that is dropped once its first results are read: a reader who
   * asks for "everywhere" waits for the shards in turn but never holds all
   * of them at once (merging 34 indexes took megabytes and minutes,
   * docs/SCALE.md). Each shard shows its first results and a link to the
   * rest on its own search page, ranked the same way.
   */
  async function searchElsewhere(state: SearchState, mine: number): Promise<void> {
    if (!away || elsewhere.length === 0) return;
    const status = away.querySelector<HTMLElement>('[data-search-elsewhere-status]')!;
    const progress = away.querySelector<HTMLElement>('[data-search-elsewhere-progress]')!;
    const found = away.querySelector<HTMLElement>('[data-search-elsewhere-found]')!;
    found.replaceChildren();
    status.textContent = '';
    away.hidden = false;
    away.dataset.state = 'searching';
    // A plan or a unit is this shard's own; the other shards' ids mean other things.
    if (state.plan || state.unit) {
      status.textContent = 'Đang lọc theo kế hoạch hoặc đơn vị của nơi này, nên không tìm ở nơi khác.';
      away.dataset.state = 'done';
      return;
    }
    const filters = pagefindFilters(state) as Record<string, string>;
    const pf = await load();
    const none: string[] = [];
    const near: string[] = [];
    const failed: string[] = [];
    for (const [i, shard] of elsewhere.entries()) {
      progress.textContent = `Đang tìm ở ${shard.title} (${i + 1}/${elsewhere.length})…`;
      // Asked first: an index Pagefind cannot load rejects a promise of its own that no caller can catch.
      const index = await partsOf(shard.bundle).catch(() => null);
      if (mine !== run) return;
      if (!index) {
        failed.push(shard.title);
        continue;
      }
      const other = pf.createInstance({ basePath: shard.bundle, baseUrl: shard.base, noWorker: true });
      try {
        for (const part of index.parts) await other.mergeIndex(part, { baseUrl: shard.base });
        const ranked = await rank(other, state.q, filters, [], index.pages);
        // Only pages with every word: the nearest pages of 33 places would bury the answer.
        const results = ranked.partial ? [] : ranked.results;
        const first = await Promise.all(results.slice(0, ELSEWHERE_SHOWN).map((r) => r.data()));
        if (mine !== run) return;
        if (!results.length) none.push(shard.title);
        // Where the index lacks a word, Pagefind finds a near one ("ý" for "yết"): said, not listed.
        else if (!first.some((d) => marksMatch(marked(d.excerpt), ranked.words))) near.push(shard.title);
        else found.append(shardResults(shard, state, results.length, first));
      } catch {
        failed.push(shard.title);
      } finally {
        await other.destroy();
      }
      if (mine !== run) return;
    }
    progress.textContent = '';
    const places = elsewhere.length - none.length - near.length - failed.length;
    status.textContent =
      `Có kết quả ở ${places}/${elsewhere.length} nơi khác.` +
      (none.length ? ` Không có kết quả ở: ${none.join(', ')}.` : '') +
      (near.length ? ` Chỉ có từ gần giống, không có đúng từ đã tìm, ở: ${near.join(', ')}.` : '') +
      (failed.length ? ` Không tải được chỉ mục tìm kiếm của: ${failed.join(', ')}.` : '');
    away.dataset.state = 'done';
  }

  /**
   * The other parts of the index whose bundle is `bundle` (scripts/pagefind.mjs writes a large
   * site's index in parts, and `parts.json` last, once every part is complete), as bundle URLs,
   * and the pages of all its parts (null from an index written before it was counted).
   * Rejects when the index is not there.
   */
  async function partsOf(bundle: string): Promise<{ parts: string[]; pages: number | null }> {
    const r = await fetch(`${bundle}parts.json`);
    if (!r.ok) throw new Error(`${bundle}parts.json: ${r.status}`);
    const { parts, pages } = (await r.json()) as { parts: string[]; pages?: unknown };
    return {
      parts: parts.map((p) => new URL(p, new URL(bundle, location.href)).pathname),
      pages: typeof pages === 'number' && Number.isInteger(pages) && pages >= 0 ? pages : null,
    };
  }

  /** The words Pagefind marked in an excerpt (its page text escaped, only <mark> is markup; a template runs nothing). */
  function marked(excerpt: string): string[] {
    const t = document.createElement('template');
    t.innerHTML = excerpt;
    return [...t.content.querySelectorAll('mark')].map((m) => m.textContent ?? '');
  }

  function shardResults(shard: OtherShard, state: SearchState, total: number, first: PagefindData[]): HTMLElement {
    const section = document.createElement('section');
    section.className = 'search-elsewhere-shard';
    section.dataset.shard = shard.id;
    const h = document.createElement('h3');
    h.textContent = shard.title;
    const all = document.createElement('a');
    all.href = `${shard.base}tim-kiem/${writeState({ ...state, scope: '' })}`;
    all.dataset.searchElsewhereAll = '';
    // All shown already: the link is to search on there, not to "all 1 results".
    all.textContent =
      total > first.length ? `Xem cả ${total} kết quả ở ${shard.title}` : `Mở trang tìm kiếm của ${shard.title}`;
    const ol = document.createElement('ol');
    ol.className = 'search-results';
    ol.append(...first.map((d) => renderResult(d, 'h4')));
    const more = document.createElement('p');
    more.append(all);
    section.append(h, ol, more);
    return section;
  }

  /**
   * Pagefind results for a query, best first (src/lib/search/rank.ts): a
   * cited task number, a plan or a unit/area named by the query first, then
   * pages by the words and phrases they hold.
   */
  async function rank(
    pf: Pick<Pagefind, 'search'>,
    q: string,
    filters: Record<string, string>,
    plans: readonly PlanWords[],
    pages: number | null,
  ): Promise<{ results: PagefindResult[]; partial: boolean; words: string[] }> {
    // The result object a page is shown from: its excerpt is cut around the
    // words of the search that returned it, so a search for the whole query
    // beats one for a single word, which beats a filter alone (no words).
    const byId = new Map<string, { r: PagefindResult; rank: number }>();
    const hits = async (
      term: string | null,
      extra: Record<string, unknown> = {},
      rank = term ? 1 : 0,
    ): Promise<Hit[]> => {
      performance.mark('search:call');
      const results = (await pf.search(term, { filters: { ...filters, ...extra } }))?.results ?? [];
      const max = Math.max(...results.map((r) => r.score), 1e-9);
      for (const r of results) if ((byId.get(r.id)?.rank ?? -1) < rank) byId.set(r.id, { r, rank });
      return results.map((r) => ({ id: r.id, score: r.score / max }));
    };
    const union = async (terms: readonly string[], rank = 1): Promise<Hit[]> => {
      const best = new Map<string, number>();
      for (const list of await Promise.all(terms.map((t) => hits(t, {}, rank))))
        for (const h of list) best.set(h.id, Math.max(best.get(h.id) ?? 0, h.score));
      return [...best].map(([id, score]) => ({ id, score }));
    };
    const cited = taskNumberQuery(q);
    const slots = analyse(cited ? cited.rest : q, expansions);
    // The whole query in its glossary forms: searched as one, and part of the words a result must mark.
    const terms = cited ? [] : searchTerms(q, glossary);
    const names = cited ? [] : nameCandidates(slots);
    const plan = cited ? null : namedPlan(slots, plans);
    const [found, gathering, named, numbered, planned] = await Promise.all([
      Promise.all([
        Promise.all(slots.map((s) => union(s.alts))),
        Promise.all(pairs(slots).map((p) => union(p.alts))),
        union(terms, 2),
      ]),
      hits(null, { kind: { any: GATHERING_KINDS.map((k) => KIND_LABELS[k]) } }),
      namedHits(names, hits),
      cited ? hits(null, { number: numberKey(cited.number) }) : null,
      plan ? hits(null, { kind: KIND_LABELS.plan, plan }) : null,
    ]);
    const [slotHits, pairHits, whole] = found;
    const gatheringIds = new Set(gathering.map((h) => h.id));
    // Task pages are the index's pages less the gathering ones; an index that does not count its
    // pages is taken to hold the tasks this search found, the closest count it gives.
    const seen = new Set([...slotHits, ...pairHits, whole].flat().map((h) => h.id));
    const tasks = pages !== null ? pages - gatheringIds.size : [...seen].filter((id) => !gatheringIds.has(id)).length;
    const ranking = combine(slots, {
      slots: slotHits,
      pairs: pairHits,
      whole,
      gathering: gatheringIds,
      // Tuned with the page count as tasks × 1.3 (bench/search-queries.ts, seen half).
      total: Math.round(tasks * 1.3) + 1,
    });
    const order = new Map(ranking.ids.map((id, i) => [id, i]));
    const byRank = (a: Hit, b: Hit) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9);
    // A unit or area the query names, most of it: the longest name found.
    const withName = named.filter((n) => n.hits.length > 0 && coverage(slots, n.from, n.to) > 0.5);
    const longest = Math.max(0, ...withName.map((n) => n.key.split(' ').length));
    const nameHits = withName.filter((n) => n.key.split(' ').length === longest).flatMap((n) => n.hits);
    // A cited number: the tasks of the plans the other words point to, else all.
    let numberHits = numbered ?? [];
    if (cited && numberHits.length > 1) {
      const hinted = hintedPlans(slots, plans);
      if (hinted.length) {
        const inPlan = await Promise.all(hinted.map((p) => hits(null, { number: numberKey(cited.number), plan: p })));
        const keep = new Set(inPlan.flat().map((h) => h.id));
        numberHits = [...numberHits.filter((h) => keep.has(h.id)), ...numberHits.filter((h) => !keep.has(h.id))];
      }
    }
    const pinned = [...(planned ?? []), ...[...nameHits].sort(byRank), ...numberHits];
    const ids = [...new Set([...pinned.map((h) => h.id), ...ranking.ids])];
    return {
      results: ids.flatMap((id) => byId.get(id)?.r ?? []),
      partial: ranking.partial && pinned.length === 0,
      words: queryWords(slots, terms),
    };
  }

  /**
   * The pages named by each candidate name, in the candidates' order: one search per first word
   * for any of its names (each first word is a filter of its own, nameFilter), then one per name
   * only where some page has one of them.
   */
  async function namedHits<N extends { key: string }>(
    names: readonly N[],
    hits: (term: null, filter: Record<string, unknown>) => Promise<Hit[]>,
  ): Promise<(N & { hits: Hit[] })[]> {
    const found = new Map<N, Hit[]>();
    await Promise.all(
      [...groupBy(names, (n) => nameFilter(n.key))].map(async ([filter, group]) => {
        // fromEntries: the filter's name comes from the query's words, never a plain object's key.
        const any = await hits(null, Object.fromEntries([[filter, { any: group.map((n) => n.key) }]]));
        if (any.length)
          await Promise.all(
            group.map(async (n) => found.set(n, await hits(null, Object.fromEntries([[filter, n.key]])))),
          );
      }),
    );
    return names.flatMap((n) => (found.has(n) ? [{ ...n, hits: found.get(n)! }] : []));
  }

  /**
   * The first results of a search, each on the page as soon as it and those
   * above it have arrived (a plan page's text is 25 KB, a task's 1 KB):
   * appended in rank order, never moved, so what a reader is about to tap
   * stays where it is. The first few are fetched alone, so that on a slow
   * line the rest do not hold them up.
   */
  async function showFirst(mine: number): Promise<void> {
    const batch = pending.splice(0, PAGE_SIZE);
    const loads = batch.slice(0, FIRST_FETCH).map((r) => r.data());
    for (let i = 0; i < batch.length; i++) {
      const d = await loads[i]!;
      if (mine !== run) return;
      list.append(renderResult(d));
      list.hidden = false;
      if (i === 0) loads.push(...batch.slice(FIRST_FETCH).map((r) => r.data()));
    }
    list.hidden = list.childElementCount === 0;
    more.hidden = pending.length === 0;
  }

  /** The next batch, at a reader's request: below what is read, so all at once, the button in place until then. */
  async function showMore(mine: number): Promise<void> {
    const batch = pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== run) return;
    list.append(...data.map((d) => renderResult(d)));
    list.hidden = list.childElementCount === 0;
    more.hidden = pending.length === 0;
  }

  function renderResult(d: PagefindData, heading: 'h2' | 'h4' = 'h2'): HTMLLIElement {
    const li = document.createElement('li');
    li.dataset.url = d.url;
    const a = document.createElement('a');
    a.href = d.url;
    const m = d.meta;
    const title = m.title ?? d.url;
    a.textContent = m.kind === 'Nhiệm vụ' && m.number ? `Nhiệm vụ ${m.number}: ${title}` : title;
    const h = document.createElement(heading);
    h.className = 'result-title';
    h.append(a);
    const facts = document.createElement('p');
    facts.className = 'result-facts';
    facts.textContent = [m.kind, m.plan, m.area, m.lead ? `Chủ trì: ${m.lead}` : m.jurisdiction]
      .filter(Boolean)
      .join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    // Pagefind escapes page text in excerpts; only its <mark> is markup.
    excerpt.innerHTML = cleanExcerpt(d.excerpt, d.content);
    li.append(h, facts, excerpt);
    return li;
  }

  function commit(push: boolean): void {
    const state = formState();
    if (!sameState(state, readState(new URLSearchParams(location.search)))) {
      history[push ? 'pushState' : 'replaceState'](null, '', url(state));
    }
    void search(state);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    window.clearTimeout(typingTimer);
    commit(true);
  });
  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    // While typing, the address follows without filling the history.
    typingTimer = window.setTimeout(() => commit(false), TYPING_DELAY);
    if (input.value.trim().length > 1) void load().then((pf) => pf.preload(input.value.trim()));
  });
  for (const [, el] of selects) el.addEventListener('change', () => commit(true));
  scope?.addEventListener('change', () => commit(true));
  root.querySelector('[data-search-reset]')?.addEventListener('click', (e) => {
    e.preventDefault();
    showState(EMPTY_STATE);
    commit(true);
    input.focus();
  });
  more.addEventListener('click', () => {
    const next = list.childElementCount;
    void showMore(run).then(() => list.querySelectorAll('a')[next]?.focus());
  });
  window.addEventListener('popstate', () => {
    const state = readState(new URLSearchParams(location.search));
    showState(state);
    void search(state);
  });

  // Arrows move from the field through the results and back; Enter follows
  // the focused link as any link does.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links().length) {
      e.preventDefault();
      links()[0]!.focus();
    }
  });
  list.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i === -1) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      (all[i + 1] ?? (more.hidden ? all[i] : more))!.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      (i === 0 ? input : all[i - 1]!).focus();
    } else if (e.key === 'Escape') {
      input.focus();
    }
  });

  const initial = readState(new URLSearchParams(location.search));
  showState(initial);
  void search(initial);
}
