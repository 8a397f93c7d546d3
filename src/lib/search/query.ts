/**
 * Query-side help for readers who type without accents. Pagefind folds tone
 * marks but not "đ", so "dien tu" only meets "điện tử" through the hidden,
 * low-weight extras of a page. Searching the "đ" spellings as well lets the
 * real text, with its real weight (headings above body), rank the page.
 */

import { foldKey } from '../../text/fold';
import { words } from './terms';
import type { TermGroup } from '../../text/glossary';

/** At most 2^MAX_D spellings are tried; beyond that, only none and all "đ". */
const MAX_D = 3;

/**
 * The query as typed, then its spellings with "đ" for initial "d" (the only
 * place Vietnamese has "đ"). Only words typed without any accent are
 * changed: who types "dịch" would have typed "đ" too. And only before a
 * vowel, so "DVC" or "dnnn" stay as they are.
 */
export function queryVariants(query: string): string[] {
  const q = query.trim().replace(/\s+/g, ' ');
  if (!q) return [];
  const words = q.split(' ');
  const slots = words.flatMap((w, i) => (/^d[aeiouy][a-z]*$/i.test(w) ? [i] : []));
  if (slots.length === 0) return [q];
  const swap = (w: string) => (w[0] === 'D' ? 'Đ' : 'đ') + w.slice(1);
  const masks = slots.length <= MAX_D ? [...Array(2 ** slots.length).keys()] : [0, 2 ** slots.length - 1];
  return masks.map((mask) => {
    const out = [...words];
    slots.forEach((at, bit) => {
      if (mask & (1 << bit)) out[at] = swap(words[at]!);
    });
    return out.join(' ');
  });
}

/**
 * "nhiệm vụ 13", "nhiem vu so II.3 …", "nv25", "II.3 tỉnh 2021": the task
 * number a reader cites, and the words after it. The number needs a digit,
 * so "nhiệm vụ vi phạm" is no citation.
 */
export function taskNumberQuery(query: string): { number: string; rest: string } | null {
  const q = query.normalize('NFC');
  const m =
    /^\s*(?:nhiệm vụ|nhiem vu|nv)\s*(?:(?:số|so)\s+)?((?:[ivxlIVXL]+[.\-])?\d+(?:[.\-]\d+)*)(?=\s|$)\s*(.*)$/iu.exec(
      q,
    ) ??
    // A numbering only a plan prints: "II.3 tỉnh 2021" (a Roman part then a number).
    /^\s*([ivxlIVXL]+[.\-]\d+(?:[.\-]\d+)*)(?=\s|$)\s*(.*)$/u.exec(q);
  return m ? { number: m[1]!, rest: m[2]!.trim() } : null;
}

/**
 * The query with a glossary form swapped for the others of its group
 * ("đơn giản hóa TTHC nội bộ" → "đơn giản hóa thủ tục hành chính nội bộ").
 * The index already holds expansions, but hidden and light; this finds the
 * page where the form it uses stands in a heading, with the heading's
 * weight. The rest of the query keeps its spelling. At most `max`.
 */
export function glossaryVariants(query: string, glossary: readonly TermGroup[], max = 3): string[] {
  const typed = words(query);
  const keys = typed.map(foldKey);
  const out = new Set<string>();
  for (const group of glossary) {
    const forms = group.map((f) => ({ form: f, key: words(f).map(foldKey) })).filter((f) => f.key.length > 0);
    // Longest first: "dịch vụ công trực tuyến" before "dịch vụ công".
    for (const f of [...forms].sort((a, b) => b.key.length - a.key.length)) {
      const at = keys.findIndex((_, i) => f.key.every((k, j) => keys[i + j] === k));
      if (at === -1) continue;
      for (const other of forms) {
        if (other !== f) out.add([...typed.slice(0, at), other.form, ...typed.slice(at + f.key.length)].join(' '));
      }
      break;
    }
  }
  return [...out].slice(0, max);
}

/** Everything the search page tries for a query, the query itself first. */
export function searchTerms(query: string, glossary: readonly TermGroup[], max = 8): string[] {
  // Glossary forms are inserted as written: their "d" words are not varied.
  const all = queryVariants(query).flatMap((q) => [q, ...glossaryVariants(q, glossary)]);
  return [...new Set(all)].slice(0, max);
}
