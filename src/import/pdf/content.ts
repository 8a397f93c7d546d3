/**
 * What the words of a candidate cell say about its column, as a cost: a
 * time expression belongs under Thời gian, unit names under Chủ trì and
 * Phối hợp, document kinds under Sản phẩm; a cell does not end on "của" or
 * an open parenthesis. Computed once per candidate cell, weighed per column.
 */
import { type Cues, cueFacts, foldedFacts, incomplete, looksOutput, looksTime, looksUnit, mentionsTime } from './cues';
import type { Role } from './cells';

const COST = {
  incomplete: 2,
  noteLooksTime: 1,
  opensParenthesis: 1,
  timeMatch: -1,
  timeMissing: 3,
  timeElsewhere: 2,
  unitMatch: -1,
  unitMissing: 2.5,
  unitElsewhere: 1.5,
  unitWithDate: 2,
  outputMatch: -1,
  outputMissing: 0.5,
  activityLooksOutput: 0.5,
};

/** What a cell's words suggest, computed once per candidate cell. */
export interface Features {
  time: boolean;
  unit: boolean;
  output: boolean;
  mentionsTime: boolean;
  incomplete: number;
  paren: boolean;
  short: boolean;
}

export function features(text: string, cues: Cues): Features {
  return {
    time: looksTime(text, cues),
    unit: looksUnit(text, cues),
    output: looksOutput(text),
    mentionsTime: mentionsTime(text),
    incomplete: incomplete(text),
    paren: text.startsWith('('),
    short: text.length <= 40,
  };
}

/** features(text, cues), given fold(text) and whether the text leaves a parenthesis open. */
export function featuresOf(text: string, folded: string, unclosed: boolean, cues: Cues): Features {
  return { ...cueFacts(text, folded, unclosed, cues), paren: text.startsWith('('), short: text.length <= 40 };
}

/**
 * features(text, {}) without the text: its folding, whether it leaves a
 * parenthesis open, its first and (trimmed) last UTF-16 units and its
 * length; and mentionsTime(text) when known.
 */
export function foldedFeatures(
  folded: string,
  unclosed: boolean,
  first: number,
  last: number,
  length: number,
  mentions?: boolean,
): Features {
  const f = foldedFacts(folded, unclosed, last, mentions);
  return {
    time: f.time,
    unit: f.unit,
    output: f.output,
    mentionsTime: f.mentionsTime,
    incomplete: f.incomplete,
    paren: first === 40,
    short: length <= 40,
  };
}

/** The least contentCost of any cell in any column: one match, nothing against it. */
export const CONTENT_FLOOR = -1;

export function contentCost(f: Features, role: Role): number {
  let cost = f.incomplete * COST.incomplete;
  if (role === 'time') cost += f.time ? COST.timeMatch : f.mentionsTime ? 0 : COST.timeMissing;
  else if (f.time && role !== 'note' && f.short) cost += COST.timeElsewhere;
  if (role === 'lead' || role === 'coord') {
    cost += f.unit ? COST.unitMatch : COST.unitMissing;
    if (f.mentionsTime) cost += COST.unitWithDate;
  } else if (f.unit) cost += COST.unitElsewhere;
  if (role === 'output') cost += f.output ? COST.outputMatch : COST.outputMissing;
  if (role === 'activity' && f.output) cost += COST.activityLooksOutput;
  if (role === 'note' && (f.time || f.mentionsTime)) cost += COST.noteLooksTime;
  if (f.paren) cost += COST.opensParenthesis;
  return cost;
}
