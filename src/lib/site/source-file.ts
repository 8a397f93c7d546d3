import { existsSync } from 'node:fs';
import type { Plan } from './data';

/**
 * The text /<plan>/van-ban/ shows: the published copy in the open data, else
 * the source itself. The records' line numbers count its lines.
 */
export function sourceFileOf(plan: Plan): string {
  const published = `public/data/sources/${plan.id}.txt`;
  return existsSync(published) ? published : plan.sourceFile;
}
