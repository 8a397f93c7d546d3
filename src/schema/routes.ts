/**
 * First path segments the site itself uses. A plan is published at /<plan-id>/,
 * so a plan id equal to one of these would put its pages on top of the
 * site's own (or of the build's output folders). tests/unit/routes.test.ts
 * checks the list against src/pages/ and public/.
 */
export const SITE_ROUTES: ReadonlySet<string> = new Set([
  // src/pages/
  'chat-luong',
  'chi-tieu',
  'don-vi',
  'du-lieu',
  'lich',
  'linh-vuc',
  'mang-luoi',
  'mau-giao-dien',
  'tien-do',
  'tim-kiem',
  'index',
  '404',
  // build output: Astro assets, open data, the search index, host rules
  '_astro',
  'data',
  'pagefind',
  '_headers',
]);

/** The plan id rule: lower-case ASCII letters and digits in dash-separated words. */
export const PLAN_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Why `id` cannot be a plan id, or undefined when it can. */
export function planIdProblem(id: string): string | undefined {
  if (!PLAN_ID.test(id)) return `mã kế hoạch "${id}" chỉ được gồm chữ thường không dấu, số và dấu gạch ngang`;
  if (SITE_ROUTES.has(id)) return `mã kế hoạch "${id}" trùng với một địa chỉ của trang (/${id}/); hãy đặt tên khác`;
  return undefined;
}
