/**
 * Matching keys for unit names. Sources spell one office many ways (NFD or
 * NFC, "hoá"/"hóa", "Tài chính- Kế hoạch", "Sở TT&TT", "Công"/"Cổng"), so a
 * name is compared as a sequence of folded word tokens, each remembering
 * which stretch of the original text it came from.
 */

import { foldWord } from '../../text/fold';
import { abbreviations as expansions, type Abbreviations } from '../../text/glossary';
import type { GlossaryEntry } from '../../schema/glossary';

export interface KeyToken {
  key: string;
  /** Index of the source word this token came from (an abbreviation expands to several tokens). */
  src: number;
  start: number;
  end: number;
}

/**
 * "và" / "&" carry no identity ("Văn hóa và Thông tin" = "Văn hóa - Thông
 * tin" = "VH&TT"), nor does the plural "các" of a collective ("UBND xã, thị
 * trấn" = "UBND các xã, thị trấn"), so they are dropped from keys;
 * punctuation never enters.
 */
export const DROPPED: ReadonlySet<string> = new Set(['va', 'cac']);

/** The glossary's abbreviations as unit names are keyed: without DROPPED words. */
export const unitAbbreviations = (glossary: readonly GlossaryEntry[]): Abbreviations => expansions(glossary, DROPPED);

interface Word {
  folded: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({
    folded: foldWord(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * Folded key tokens of a text, with spans into that same text. Abbreviations
 * (the glossary's, built with DROPPED) expand to the words they stand for.
 */
export function keyTokens(text: string, abbreviations: Abbreviations): KeyToken[] {
  const ws = words(text).filter((w) => !DROPPED.has(w.folded));
  const out: KeyToken[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const next = ws[i + 1];
    const pair = next && abbreviations.pairs.get(`${w.folded} ${next.folded}`);
    if (pair) {
      const parts = pair.split(' ');
      const half = parts.length / 2;
      parts.forEach((key, k) => {
        const from = k < half ? w : next;
        out.push({ key, src: k < half ? i : i + 1, start: from.start, end: from.end });
      });
      i++;
      continue;
    }
    for (const key of (abbreviations.words.get(w.folded) ?? w.folded).split(' '))
      out.push({ key, src: i, start: w.start, end: w.end });
  }
  return out;
}

/** The matching key of a whole name, e.g. for registry aliases. */
export function nameKey(text: string, abbreviations: Abbreviations): string[] {
  return keyTokens(text, abbreviations).map((t) => t.key);
}

// Words that join or introduce unit names without naming one.
const CONNECTORS = new Set(['va', 'cac', 'cung', 'voi', 'giao', 'thu', 'truong', 'chu', 'tich', 'de', 'nghi']);

/** True when a stretch between two recognised names holds no name of its own. */
export function isConnectorText(text: string): boolean {
  return words(text).every((w) => CONNECTORS.has(w.folded));
}

// First words of a name that denotes an office or a group of offices.
const UNIT_START =
  /^(phong|so|van phong|trung tam|ban (?!hanh)|uy ban|hoi dong|cac|cong thong tin|bo phan|chi cuc|co quan|don vi|to cong tac|doan (?!ket)|kho bac|cong an|buu dien|dai |vien |bao hiem|thanh tra|hat )/;

/** Whether an unrecognised piece of a unit cell reads like a unit name (else it is residual text). */
export function looksLikeUnitName(text: string): boolean {
  const folded = words(text)
    .map((w) => w.folded)
    .join(' ');
  return UNIT_START.test(`${folded} `);
}
