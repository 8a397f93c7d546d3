/** Plain text of a cell: for SVG labels, calendar entries and other places that cannot show formatting. */

// The formatting tags the sources use (docs/DOMAIN.md §5); anything else that looks
// like markup is content and stays, to be shown (escaped) as text.
const INLINE = /<\/?(?:b|i|u|em|strong|span|sup|sub)(?:\s[^<>]*)?>/gi;
const BLOCK = /<\/?(?:p|ul|ol|li|br|div)(?:\s[^<>]*)?\/?>/gi;

/** Text of a cell without its formatting tags ("<b>Sở Nội vụ</b>" → "Sở Nội vụ"). */
export function plain(text: string): string {
  return text.replace(INLINE, '').replace(BLOCK, ' ').replace(/\s+/g, ' ').trim();
}
