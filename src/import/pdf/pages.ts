/**
 * Page furniture of PDF-extracted text (docs/DOMAIN.md §2, source hai-lang-2024): page
 * numbers and page headers that the extractor interleaves with the content.
 * Works on 0-based line indexes so callers can keep source line numbers.
 */

const PAGE_NUMBER = /^\s*\d{1,3} ?$/;

const isBlank = (s: string) => s.trim() === '';

/**
 * Bare numbers standing alone after a run of blank lines. Table row numbers
 * ("1  ") look alike but the extractor pads them with two spaces and a single
 * blank line, so both tests are needed.
 */
export function findPageNumbers(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  lines.forEach((line, i) => {
    if (!PAGE_NUMBER.test(line)) return;
    let blanks = 0;
    for (let j = i - 1; j >= 0 && isBlank(lines[j]!); j--) blanks++;
    if (blanks >= 2 || i === 0) found.add(i);
  });
  return found;
}

/** Indexes of the non-blank lines following `start`, at most `max` of them. */
function nextContent(lines: readonly string[], start: number, max: number): number[] {
  const out: number[] = [];
  for (let j = start + 1; j < lines.length && out.length < max; j++) if (!isBlank(lines[j]!)) out.push(j);
  return out;
}

/**
 * The header block that recurs at the top of pages: the longest run of
 * lines that follows at least two page numbers identically. Every copy of
 * it in the text is furniture, including those on pages whose number the
 * extractor dropped.
 */
export function findPageHeader(lines: readonly string[], pageNumbers: Set<number>): string[] {
  const starts = [...pageNumbers].map((p) => nextContent(lines, p, 40).map((j) => lines[j]!.trim()));
  const counts = new Map<string, number>();
  for (const s of starts) if (s[0] !== undefined) counts.set(s[0], (counts.get(s[0]) ?? 0) + 1);
  const [first, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (n < 2) return [];
  // Extend only while every page of the group agrees, so that content that
  // happens to open two pages alike is not swallowed into the header.
  const group = starts.filter((s) => s[0] === first);
  const header: string[] = [];
  for (let k = 0; group.every((s) => s[k] !== undefined && s[k] === group[0]![k]); k++) header.push(group[0]![k]!);
  return header;
}

/** Every line index holding a page number or a copy of the page header. */
export function pageFurniture(lines: readonly string[]): { drop: Set<number>; header: string[]; headerAt: number[] } {
  const drop = findPageNumbers(lines);
  const header = findPageHeader(lines, drop);
  const headerAt: number[] = [];
  if (header.length > 0) {
    const content = lines.map((_, i) => i).filter((i) => !isBlank(lines[i]!));
    for (let c = 0; c + header.length <= content.length; c++) {
      if (header.every((h, k) => lines[content[c + k]!]!.trim() === h)) {
        headerAt.push(content[c]!);
        for (let k = 0; k < header.length; k++) drop.add(content[c + k]!);
        c += header.length - 1;
      }
    }
  }
  return { drop, header, headerAt };
}
