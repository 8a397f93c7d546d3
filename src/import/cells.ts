/**
 * One table cell: its HTML formatting turned into plain Markdown-ish text,
 * and its several items told apart. Only <b>, <i>, <p>, <ul>/<ol>, <li>, <br>
 * are formatting; any other markup is text and stays as the characters it is
 * (escaping for MDX/HTML happens at output, never here).
 */

const FORMAT_TAG = /<\/?(?:b|strong|i|em|p|ul|ol|li)(?:\s[^<>]*)?>|<br\s*\/?>/gi;

const HAS_FORMAT_TAG = new RegExp(FORMAT_TAG.source, 'i');

/** True when the cell contains one of the formatting tags. */
export const hasFormatting = (cell: string): boolean => HAS_FORMAT_TAG.test(cell);

/** Removes a wrapper <i>…</i> or <b>…</b> spanning the whole cell (a row style, not content). */
export function unwrapWhole(cell: string): { text: string; style?: 'i' | 'b' } {
  const m = /^\s*<(i|b|em|strong)>([\s\S]*)<\/\1>\s*$/i.exec(cell);
  if (!m || /<\/?(i|b|em|strong)>/i.test(m[2]!)) return { text: cell };
  const tag = m[1]!.toLowerCase();
  return { text: m[2]!.trim(), style: tag === 'i' || tag === 'em' ? 'i' : 'b' };
}

/** Text with formatting tags removed, for classification and matching. */
export function stripFormatting(cell: string): string {
  // Most cells hold no tag and no run of white space: then only the trim is left to do.
  const s = cell.includes('<') ? cell.replace(FORMAT_TAG, ' ') : cell;
  return /\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

/**
 * HTML fragment → Markdown-ish text: **bold**, *italic*, paragraphs separated
 * by a blank line, list items as "- item" lines. Other markup is left verbatim.
 */
export function toMarkdown(cell: string): string {
  let s = cell
    .replace(/<(b|strong)>\s*([\s\S]*?)\s*<\/\1>/gi, (_, _t, x: string) => (x ? `**${x}**` : ''))
    .replace(/<(i|em)>\s*([\s\S]*?)\s*<\/\1>/gi, (_, _t, x: string) => (x ? `*${x}*` : ''))
    .replace(/<li(?:\s[^<>]*)?>\s*(?:[-+•]\s+)?/gi, '\n- ')
    .replace(/<\/li>/gi, '\n')
    .replace(/<\/?(?:ul|ol)(?:\s[^<>]*)?>/gi, '\n')
    .replace(/<p(?:\s[^<>]*)?>/gi, '\n\n')
    .replace(/<\/p>/gi, '\n\n')
    .replace(/<br\s*\/?>/gi, '\n')
    // Stray unmatched <b>/<i>/<strong>/<em> tags carry no content.
    .replace(/<\/?(?:b|i|strong|em)>/gi, '');
  s = s
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    // A list right after a paragraph needs no blank line between items.
    .replace(/(\n- [^\n]*)\n\n(?=- )/g, '$1\n');
  return s.trim();
}

/** One-line form for raw unit and time fields: paragraphs and items joined by two spaces. */
export function toInline(cell: string): string {
  return cell
    .replace(/<\/(?:p|li)>|<br\s*\/?>/gi, '\u0001')
    .replace(/<\/?(?:b|i|strong|em)>/gi, '')
    .replace(FORMAT_TAG, ' ')
    .replace(/\s*\u0001[\s\u0001]*/g, '  ')
    .replace(/ {3,}/g, '  ')
    .trim();
}

/**
 * Items separated by a lost line break that left a visible trace: two or more
 * spaces, or separate <p> / <li> blocks. Returns raw substrings (HTML kept).
 */
export function strongItems(cell: string): string[] {
  const c = cell.trim();
  if (!c) return [];
  const blocks = [...c.matchAll(/<p(?:\s[^<>]*)?>([\s\S]*?)<\/p>/gi)].map((m) => m[1]!.trim());
  if (blocks.length > 1 && stripFormatting(c.replace(/<p(?:\s[^<>]*)?>[\s\S]*?<\/p>/gi, '')) === '')
    return blocks.filter((b) => stripFormatting(b) !== '');
  if (/<(p|ul|ol|li)\b/i.test(c)) return [c];
  return c.split(/\s{2,}/).filter((x) => x.trim() !== '');
}

/**
 * Items of a list inside one entry: <li>, "; ", and "- " bullets when the
 * text is a bulleted list (a lone " - " is a hyphen: "Hành chính - Tổ chức").
 */
export function weakItems(cell: string): string[] {
  const strong = strongItems(cell);
  if (strong.length > 1) return strong;
  const text = strong[0] ?? '';
  const lis = [...text.matchAll(/<li(?:\s[^<>]*)?>([\s\S]*?)<\/li>/gi)].map((m) => m[1]!.trim());
  const bulleted = /^(<[^>]+>\s*)*[-+•]\s/.test(text);
  const sources = lis.length > 1 ? lis : [text];
  const parts = sources
    .flatMap((t) => t.split(bulleted ? /;\s+|;$|(?:^|\s)[-+•]\s+(?=\S)/ : /;\s+|;$/))
    .map((x) => x.replace(/^[-+•]\s+/, '').trim())
    .filter((x) => stripFormatting(x) !== '' && x !== '-');
  return parts.length ? parts : text ? [text] : [];
}

/** Output items of one activity: list items and "; " separated entries, as Markdown-ish text. */
export function outputItems(cell: string): string[] {
  return weakItems(cell).map(toMarkdown).filter(Boolean);
}

// ---- Single-space joins: a line break lost between two items ------------

const TIME_START = /^(Tháng|Quý|Trước|Trong|Từ|Năm|Cả|Định|Theo|Hàng|Sau|Đến|Giai|Khi|Thường|Nhiệm|Ngày|Triển|Hoàn)$/;

/**
 * Splits a time cell where a second expression starts right after a complete
 * one ("Tháng 01/2024 Trong năm 2024"): a capitalised time word after a token
 * holding a digit. "Từ Quý I đến Quý III" stays whole.
 */
export function timeItems(cell: string): string[] {
  const words = cell.trim().split(/ +/);
  const items: string[][] = [[]];
  words.forEach((w, i) => {
    if (i > 0 && TIME_START.test(w) && /\d/.test(words[i - 1]!)) items.push([]);
    items[items.length - 1]!.push(w);
  });
  return items.map((x) => x.join(' ')).filter(Boolean);
}

/** "A A" (or "A A A"): a unit or phrase printed once per lost sub-row. */
export function repeatedItems(cell: string): string[] {
  const words = cell.trim().split(/ +/);
  for (let n = Math.floor(words.length / 2); n >= 2; n--) {
    if (words.length % n !== 0) continue;
    const size = words.length / n;
    const first = words.slice(0, size).join(' ');
    let same = true;
    for (let k = 1; k < n && same; k++) same = words.slice(k * size, (k + 1) * size).join(' ') === first;
    if (same) return Array.from({ length: n }, () => first);
  }
  return [cell.trim()];
}

/** Words after which a capitalised word continues the phrase ("ban hành Kế hoạch"). */
const BINDS_NEXT = new Set(
  'và của về các cho theo trong với tại đến từ hoặc là thuộc giữa trên dưới đối hành dựng tỉnh: huyện:'.split(' '),
);
/** Capitalised words that usually open an item (a verb or a document kind). */
const ITEM_START = new Set(
  (
    'Xây Báo Ban Tổ Kế Quyết Tuyên Triển Thực Rà Kiểm Công Đẩy Tập Hướng Soạn Thẩm Lập Phê Nâng Cử ' +
    'Tham Đánh Hoàn Tiếp Phát Số Khảo Ứng Tăng Đổi Trình Tờ Nghị Phiếu Văn Hồ Thông Bài Lớp'
  ).split(' '),
);

const isCapitalised = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);
const isAcronym = (w: string) => /^\p{Lu}{2,}[\p{Lu}\d&.,;]*$/u.test(w);

/**
 * Splits text into exactly `n` items at the most likely lost line breaks:
 * capitalised words, scored higher after an acronym and when they open an
 * item; ties go to the later position. Returns undefined when there are not
 * enough candidates.
 */
export function splitInto(text: string, n: number): string[] | undefined {
  if (n <= 1) return [text.trim()];
  const strong = strongItems(text);
  if (strong.length === n) return strong;
  const weak = weakItems(text);
  if (weak.length === n && !/<(p|li)\b/i.test(text)) return weak;
  const commas = text.split(/,\s+/);
  const words = text.trim().split(/ +/);
  const candidates: { at: number; score: number }[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1]!;
    if (!isCapitalised(w) || /[,(:\-–]$/.test(prev) || BINDS_NEXT.has(prev.toLowerCase())) continue;
    let score = 1;
    if (isAcronym(prev) || /[.;]$/.test(prev)) score++;
    if (ITEM_START.has(w)) score++;
    candidates.push({ at: i, score });
  }
  if (candidates.length < n - 1) return commas.length === n ? commas : undefined;
  const chosen = [...candidates]
    .sort((a, b) => b.score - a.score || b.at - a.at)
    .slice(0, n - 1)
    .map((c) => c.at)
    .sort((a, b) => a - b);
  const cuts = [0, ...chosen, words.length];
  return cuts.slice(1).map((end, k) => words.slice(cuts[k], end).join(' '));
}
