/**
 * Base-aware links. Records carry site-relative URLs ("/vp-ubnd-2024/13/"),
 * never the base path, so the same data works wherever the site is hosted;
 * the base is added only when a link is rendered.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const prefix = base.replace(/\/+$/, '');
  if (/^[a-z]+:/i.test(path) || path.startsWith('#')) return path;
  return `${prefix}/${path.replace(/^\/+/, '')}`;
}

/** Absolute URL for citations and QR codes: site origin + base + path. */
export function absoluteUrl(path: string, site: URL | string | undefined, base?: string): string {
  const local = withBase(path, base);
  if (!site) return local;
  return new URL(local, site).href;
}

/** Link to a line range of a plan's source viewer: "/<plan>/van-ban/#L120-L134". */
export function sourceHref(plan: string, lines: readonly [number, number], base?: string): string {
  return withBase(`/${plan}/van-ban/`, base) + `#${lineAnchor(lines)}`;
}

export function lineAnchor([first, last]: readonly [number, number]): string {
  return first === last ? `L${first}` : `L${first}-L${last}`;
}
