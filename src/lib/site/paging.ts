/**
 * Long lists split into pages, so that no page grows with the number of
 * plans: a unit's tasks, an area across plans, the targets, a unit's
 * timeline. Pure functions; the pages use them in getStaticPaths and render
 * `src/components/Pagination.astro`.
 *
 * Addresses: page 1 is the list's existing address, page n its address
 * followed by `n/` (`/linh-vuc/tthc/`, `/linh-vuc/tthc/2/`), built by the
 * routes' `[...page]` rest parameter (docs/URLS.md).
 */

/** Task entries on one page of a list (unit, area): ~150 KB of HTML; the real lists have at most ~40. */
export const PAGE_SIZE = 150;

/**
 * Rows of the target tables on one page of /chi-tieu/. A row weighs about half
 * a task entry (~0.5 KB against ~1 KB), and the real site's 214 rows (136
 * targets, 78 of them again in the comparison tables) stay on one page.
 */
export const TARGET_PAGE_SIZE = 300;

/**
 * Tasks on one page of a unit's timeline: a Gantt row costs ~4 KB, so a page
 * weighs about as much as one plan's timeline (25–55 tasks).
 */
export const TIMELINE_PAGE_SIZE = 60;

/**
 * Above this many tasks /tien-do/ lists the plans' and units' timelines
 * instead of drawing every task in one chart (~1.5 MB at this size).
 */
export const ALL_TASKS_CHART_LIMIT = 400;

/**
 * Splits a list into pages of at most `size` by weight, in order, never
 * splitting an item: an item heavier than `size` gets a page of its own.
 * Every item is on exactly one page, and there is always at least one page
 * (an empty list gives one empty page: page 1 always exists).
 */
export function pack<T>(items: readonly T[], size: number, weight: (item: T) => number = () => 1): T[][] {
  if (!(size > 0)) throw new Error(`pack: page size must be positive, got ${size}`);
  const pages: T[][] = [[]];
  let load = 0;
  for (const item of items) {
    const w = Math.max(0, weight(item));
    if (load > 0 && load + w > size) {
      pages.push([]);
      load = 0;
    }
    pages[pages.length - 1]!.push(item);
    load += w;
  }
  return pages;
}

/** Consecutive items with the same key, in order: the tables or sections a page's items fall into. */
export function runs<T, K>(items: readonly T[], key: (item: T) => K): { key: K; items: T[] }[] {
  const out: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = out[out.length - 1];
    if (last && last.key === k) last.items.push(item);
    else out.push({ key: k, items: [item] });
  }
  return out;
}

/** The `[...page]` route parameter of page `n`: none for page 1 (the list's own address). */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : String(n);
}

/** Site-relative address of page `n` of the list at `base` (which ends with "/"). */
export function pagePath(base: string, n: number): string {
  if (!base.endsWith('/')) throw new Error(`pagePath: "${base}" must end with /`);
  return n === 1 ? base : `${base}${n}/`;
}

/** Title or heading of page `n`: unchanged for page 1, "(trang n)" after, so titles stay unique. */
export function pageTitle(title: string, n: number): string {
  return n === 1 ? title : `${title} (trang ${n})`;
}

/** Where a page stands in its list: what Pagination.astro needs. */
export interface PageInfo {
  /** 1-based. */
  number: number;
  count: number;
  /** Site-relative address of page 1. */
  base: string;
}

/** getStaticPaths entries for the pages of one list: the rest parameter and each page's items. */
export function pageEntries<T>(
  pages: readonly T[][],
  base: string,
): { param: string | undefined; page: PageInfo; items: T[] }[] {
  return pages.map((items, i) => ({
    param: pageParam(i + 1),
    page: { number: i + 1, count: pages.length, base },
    items,
  }));
}

/**
 * Page numbers to link, in order, with `null` for a gap: the first and last
 * page and those within `around` of the current one (a gap of a single page
 * shows that page instead), so the navigation stays the same size however
 * many pages there are.
 */
export function pageLinks(current: number, count: number, around = 2): (number | null)[] {
  const shown = (n: number) => n === 1 || n === count || Math.abs(n - current) <= around;
  const out: (number | null)[] = [];
  for (let n = 1; n <= count; n++) {
    if (shown(n) || (shown(n - 1) && shown(n + 1))) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}
