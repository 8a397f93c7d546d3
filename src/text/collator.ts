/**
 * Vietnamese alphabetical order: "Đ" after "D", tones after the bare letter.
 * Plain string comparison would put every accented initial after "Z".
 */
export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function byVietnamese<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => collator.compare(key(a), key(b));
}

/** First letter for an A–Z index, keeping "Đ" apart from "D" as Vietnamese dictionaries do. */
export function initialOf(name: string): string {
  const first = name.trim().charAt(0).toLocaleUpperCase('vi');
  if (first === 'Đ') return 'Đ';
  return first.normalize('NFD').charAt(0) || '#';
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

function romanValue(s: string): number | undefined {
  if (!/^[ivxl]+$/i.test(s)) return undefined;
  let total = 0;
  const chars = s.toLowerCase().split('');
  chars.forEach((c, i) => {
    const v = ROMAN[c] ?? 0;
    const next = ROMAN[chars[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  });
  return total;
}

/**
 * Order of printed task numbers ("2", "10", "II.3", "2.3"): part by part,
 * Roman numerals by value, so "II.10" follows "II.9" and "IX" follows "V".
 */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split(/[.\-\s]+/);
  const pb = b.split(/[.\-\s]+/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : romanValue(x);
    const ny = /^\d+$/.test(y) ? Number(y) : romanValue(y);
    const d = nx !== undefined && ny !== undefined ? nx - ny : collator.compare(x, y);
    if (d !== 0) return d;
  }
  return 0;
}
