/**
 * Taking a lead/coordinate cell apart before names are matched: formatting
 * markup, item separators, "các Sở: A, B" lists and qualifiers ("Sở Tư
 * pháp: đối với ...", "Văn phòng Sở (triển khai ...)").
 */

// Formatting tags of the sources; anything else that looks like markup stays
// in the text, so it surfaces verbatim as unknown instead of vanishing.
const BLOCK_TAG = /<\/?(p|ul|ol|li|br|div)(\s[^<>]*)?\/?>/gi;
const INLINE_TAG = /<\/?(b|i|u|em|strong|span)(\s[^<>]*)?>/gi;

/** NFC, formatting markup removed ("Sở TT&amp;TT" from HTML too), dashes and spaces unified. */
export function cleanCell(cell: string): string {
  return cell
    .normalize('NFC')
    .replace(BLOCK_TAG, ';')
    .replace(INLINE_TAG, '')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/\r\n?/g, '\n');
}

/**
 * Items of a cell: cut at ";", paragraph/list markup and bulleted lines.
 * Commas, double spaces and plain line breaks are not cut here: group names
 * contain commas ("Các sở, ban, ngành cấp tỉnh"), and PDF-extracted cells
 * wrap inside names ("Phòng Kinh tế" / "và Hạ tầng"); the registry's names
 * and the greedy match decide those.
 */
export function segments(cell: string): string[] {
  return cell
    .split(/\s*;\s*|\s*\n(?=\s*[-+•]\s)/)
    .flatMap(expandShared)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * "Văn phòng UBND tỉnh, các Sở: Tư pháp, Tài chính" names each Sở by its
 * remainder only; give every item its "Sở" back.
 */
export function expandShared(segment: string): string[] {
  const m = /(^|[\s,.\-])các\s+(Sở|Phòng|sở|phòng)\s*:\s*/u.exec(segment);
  if (!m) return [segment];
  const [whole, before = '', word = ''] = m;
  const head = segment.slice(0, m.index + before.length);
  const type = word.charAt(0).toUpperCase() + word.slice(1);
  const items = segment
    .slice(m.index + whole.length)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => `${type} ${s}`);
  return [head, ...items];
}

export interface CellPart {
  text: string;
  /** A qualifier of the unit named before it (parenthesised, or after a colon). */
  note: boolean;
}

// A qualifier opens with "(" after a space, or with ": ". Markup such as
// "alert(1)" or "http://" has neither, so it stays whole and surfaces verbatim.
const OPEN_PAREN = /(?:^|(?<=\s))\(/;
const COLON = /:(?=\s|$)/;

/** Splits a segment into name text and qualifiers, in order. */
export function qualifiers(segment: string): CellPart[] {
  const parts: CellPart[] = [];
  let rest = segment;
  while (rest.length) {
    const colon = COLON.exec(rest)?.index ?? -1;
    const paren = OPEN_PAREN.exec(rest)?.index ?? -1;
    if (paren >= 0 && (colon < 0 || paren < colon)) {
      const close = rest.indexOf(')', paren);
      const end = close < 0 ? rest.length : close;
      parts.push({ text: rest.slice(0, paren), note: false });
      parts.push({ text: rest.slice(paren + 1, end), note: true });
      rest = rest.slice(end + 1);
    } else if (colon >= 0) {
      // A qualifier runs to the end of the item; a double space or a line break ends it too.
      const gap = /\s{2,}|\n/.exec(rest.slice(colon + 1).trimStart());
      const end = gap ? rest.length - rest.slice(colon + 1).trimStart().length + gap.index : rest.length;
      parts.push({ text: rest.slice(0, colon), note: false });
      parts.push({ text: rest.slice(colon + 1, end), note: true });
      rest = rest.slice(end);
    } else {
      parts.push({ text: rest, note: false });
      rest = '';
    }
  }
  return parts
    .map((p) =>
      p.note
        ? {
            ...p,
            text: p.text
              .replace(/\s+/g, ' ')
              .trim()
              .replace(/[.;,]+$/, ''),
          }
        : p,
    )
    .filter((p) => p.text.trim().length > 0);
}
