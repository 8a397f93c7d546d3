/**
 * Colours for the charts. Each passes 3:1 against white (WCAG 1.4.11 for
 * graphics), and no meaning rests on colour alone: Gantt marks differ by
 * shape and pattern, network groups by shape, and both have legends.
 */

export const INK = '#1f2937';
export const MUTED = '#4b5563';
export const RULE = '#d1d5db';

export const GANTT = {
  bar: '#1d4f91',
  milestone: '#9a3412',
  recurring: '#0f766e',
  bandFill: '#dbe6f3',
  bandStroke: '#1d4f91',
  today: '#b91c1c',
} as const;

// Okabe–Ito-derived, darkened where needed for contrast on white.
const JURISDICTION_COLOURS = [
  '#0b6fa4',
  '#b45309',
  '#047857',
  '#a21caf',
  '#b91c1c',
  '#4338ca',
  '#7c5c00',
  '#0e7490',
  '#6b7280',
];

/** Stable colour per jurisdiction: by its rank in the sorted list, so the same data gives the same colours. */
export function jurisdictionColours(jurisdictions: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(jurisdictions)].sort((a, b) => a.localeCompare(b, 'vi'));
  return new Map(sorted.map((j, i) => [j, JURISDICTION_COLOURS[i % JURISDICTION_COLOURS.length]!]));
}

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/**
 * Width of one character of chart text at 12 px, estimated (no DOM at build time): the widest of
 * the fonts FONT may fall back to. DejaVu Sans (Linux) draws "Văn phòng UBND tỉnh" at 6.9 px a
 * character; at 6.1 network names touched at 390 px. Narrower fonts leave a gap.
 */
export const CHAR_W = 7;
