/**
 * The search page in the browser: Pagefind's JS API, state in the URL, and
 * keyboard use (arrows move between results, Enter opens one). Pure parts
 * live in src/lib/search-*.ts and are unit-tested there.
 */
import { readState, writeState, sameState, pagefindFilters, hasFilters, type SearchState } from '../../lib/search/url';
import { cleanExcerpt } from '../../lib/search/excerpt';
import { searchTerms, taskNumberQuery } from '../../lib/search/query';
import type { TermGroup } from '../../text/glossary';
import { FILTER_KEYS, nameKey, numberKey } from '../../lib/search/meta';

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
  search(term: string | null, o?: { filters?: Record<string, string> }): Promise<PagefindResponse | null>;
  preload(term: string): Promise<void>;
  mergeIndex(bundle: string, o: { baseUrl: string }): Promise<void>;
}

const PAGE_SIZE = 10;
const TYPING_DELAY = 180;

export function startSearchPage(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = FILTER_KEYS.map((k) => [k, form.querySelector<HTMLSelectElement>(`select[name="${k}"]`)!] as const);
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const glossary = JSON.parse(root.querySelector('[data-search-glossary]')?.textContent ?? '[]') as TermGroup[];

  let pagefind: Promise<Pagefind> | undefined;
  let run = 0;
  let pending: PagefindResult[] = [];
  let typingTimer: number | undefined;

  const load = (): Promise<Pagefind> =>
    (pagefind ??= (async () => {
      const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pf.options({ baseUrl: base });
      // A sharded build: one search over every shard's index (src/lib/site/shards.ts, docs/SCALE.md).
      const shards = JSON.parse(root.dataset.searchShards ?? '[]') as { bundle: string; base: string }[];
      for (const s of shards) await pf.mergeIndex(s.bundle, { baseUrl: s.base });
      await pf.init();
      return pf;
    })());

  const formState = (): SearchState => {
    const state: SearchState = { q: input.value.trim(), plan: '', area: '', unit: '', year: '' };
    for (const [k, el] of selects) state[k] = el.value;
    return state;
  };

  const showState = (state: SearchState): void => {
    input.value = state.q;
    for (const [k, el] of selects) {
      el.value = state[k];
      // A value no option holds (an old link) would leave the select blank.
      if (el.value !== state[k]) el.value = '';
    }
  };

  const url = (state: SearchState) => `${location.pathname}${writeState(state)}`;

  async function search(state: SearchState): Promise<void> {
    const mine = ++run;
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
    const terms = state.q ? searchTerms(state.q, glossary) : [null];
    const cited = state.q ? taskNumberQuery(state.q) : null;
    const name = state.q ? nameKey(state.q) : '';
    const [responses, named, numbered] = await Promise.all([
      Promise.all(terms.map((t) => pf.search(t, { filters }))),
      // A query that is a unit's or an area's name, or a cited task number,
      // puts that page first: see HiddenFilterKey in src/lib/search/meta.ts.
      name ? pf.search(null, { filters: { ...filters, name } }) : null,
      cited ? pf.search(null, { filters: { ...filters, number: numberKey(cited.number) } }) : null,
    ]);
    if (mine !== run) return;
    // The same page found by several spellings counts once, by its best score.
    const best = new Map<string, PagefindResult>();
    for (const r of responses.flatMap((resp) => resp?.results ?? [])) {
      const seen = best.get(r.id);
      if (!seen || r.score > seen.score) best.set(r.id, r);
    }
    const byScore = (a: PagefindResult, b: PagefindResult) =>
      (best.get(b.id)?.score ?? 0) - (best.get(a.id)?.score ?? 0);
    const pinned = [...(named?.results ?? []).sort(byScore), ...(numbered?.results ?? []).sort(byScore)];
    const first = new Set(pinned.map((r) => r.id));
    pending = [
      ...pinned.filter((r, i) => pinned.findIndex((p) => p.id === r.id) === i),
      ...[...best.values()].filter((r) => !first.has(r.id)).sort((a, b) => b.score - a.score),
    ];
    list.replaceChildren();
    const total = pending.length;
    await showMore(mine);
    if (mine !== run) return;
    const what = state.q ? ` cho “${state.q}”` : '';
    status.textContent = total
      ? `Tìm thấy ${total} kết quả${what}${hasFilters(state) ? ' (đã lọc)' : ''}.`
      : `Không tìm thấy kết quả nào${what}.${hasFilters(state) ? ' Hãy thử bỏ bớt bộ lọc.' : ' Hãy thử từ khóa ngắn hơn hoặc viết khác.'}`;
    root.dataset.state = 'done';
  }

  async function showMore(mine: number): Promise<void> {
    const batch = pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== run) return;
    list.append(...data.map(renderResult));
    list.hidden = list.childElementCount === 0;
    more.hidden = pending.length === 0;
  }

  function renderResult(d: PagefindData): HTMLLIElement {
    const li = document.createElement('li');
    li.dataset.url = d.url;
    const a = document.createElement('a');
    a.href = d.url;
    const m = d.meta;
    const title = m.title ?? d.url;
    a.textContent = m.kind === 'Nhiệm vụ' && m.number ? `Nhiệm vụ ${m.number}: ${title}` : title;
    const h = document.createElement('h2');
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
  root.querySelector('[data-search-reset]')?.addEventListener('click', (e) => {
    e.preventDefault();
    showState({ q: '', plan: '', area: '', unit: '', year: '' });
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
