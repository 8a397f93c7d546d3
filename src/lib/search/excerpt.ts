/**
 * Pagefind builds excerpts from all indexed text, hidden extras included
 * (src/lib/search/terms.ts). Those words are for matching only: a reader
 * must never see "dien tu · TTHC" as the excerpt of a page.
 */
import { EXTRAS_OPEN, EXTRAS_CLOSE } from './terms';

const WORDS = 30;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page's own text: its content without the extras. */
export function visibleContent(content: string): string {
  return content
    .replace(new RegExp(`${EXTRAS_OPEN}[^${EXTRAS_CLOSE}]*(${EXTRAS_CLOSE}|$)`, 'gu'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** First words of the visible text, for a result whose match is in the extras only. */
export function leadExcerpt(content: string, words = WORDS): string {
  const all = visibleContent(content).split(' ');
  return escapeHtml(all.slice(0, words).join(' ')) + (all.length > words ? ' …' : '');
}

/**
 * Pagefind's excerpt (HTML with <mark>) with any part taken from the extras
 * cut out; the page's first words when nothing of the page itself is left.
 */
export function cleanExcerpt(excerpt: string, content: string): string {
  let out = excerpt;
  const open = out.indexOf(EXTRAS_OPEN);
  const close = out.indexOf(EXTRAS_CLOSE);
  // The excerpt window may start or end inside the extras.
  if (close !== -1 && (open === -1 || close < open)) out = out.slice(close + 1);
  out = out.replace(new RegExp(`${EXTRAS_OPEN}[\\s\\S]*?(${EXTRAS_CLOSE}|$)`, 'gu'), ' … ');
  if (open === -1 && close === -1 && content.includes(EXTRAS_OPEN) && insideExtras(excerpt, content)) out = '';
  out = balanceMarks(out)
    .replace(/\s+/g, ' ')
    .replace(/^[\s.…·]+|[\s…·]+$/g, '')
    .trim();
  // With no match left in sight, the words around the cut say nothing useful.
  return out.includes('<mark>') || !excerpt.includes('<mark>') ? out || leadExcerpt(content) : leadExcerpt(content);
}

/** True when the excerpt's text occurs in the content only between the markers. */
function insideExtras(excerpt: string, content: string): boolean {
  // Pagefind escapes "<" and ">" in excerpts, not in content.
  const text = excerpt
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
  if (!text) return false;
  return !visibleContent(content).includes(text) && content.includes(text);
}

/** Cutting may leave a <mark> open or closed alone. */
function balanceMarks(html: string): string {
  let out = html.replace(/^([^<]*)<\/mark>/, '$1');
  const opens = (out.match(/<mark>/g) ?? []).length;
  const closes = (out.match(/<\/mark>/g) ?? []).length;
  if (opens > closes) out += '</mark>';
  return out;
}
