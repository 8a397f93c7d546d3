/**
 * Text and attribute escaping for hand-built SVG. Every string that reaches a
 * chart comes from a government document we do not control (docs/DOMAIN.md §5:
 * stray markup in cells), so nothing is written into SVG unescaped.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// What esc changes: control characters (not allowed in XML 1.0 at all: dropped) and markup.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f&<>"']/;

export function esc(text: string | number): string {
  // Most values are numbers and plain words: a chart page calls this tens of
  // thousands of times, and two replaces on each were 2.5 % of a build.
  if (typeof text === 'number') return String(text);
  if (!UNSAFE.test(text)) return text;
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** ` a="1" b="x"` from an object; undefined and false are left out. */
export function attrs(values: Record<string, string | number | boolean | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${esc(value)}"`;
  }
  return out;
}

/** Shortens to `max` characters with an ellipsis, on code points so no accent is cut in half. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text.normalize('NFC').replace(/\s+/g, ' ').trim());
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd()}…`;
}

/** Rounds to one decimal so output does not depend on float noise. */
export function r(n: number): number {
  return Math.round(n * 10) / 10;
}
