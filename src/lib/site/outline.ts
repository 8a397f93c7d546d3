/**
 * Where a line of a plan's source stands in the plan's own text: the heading
 * it comes under, so that a record read from the text (a unit's duty) can
 * link back to that heading on the plan page.
 */
import type { BodyHeading } from '../../schema/plan';

/** The last heading at or before `line`; undefined before the first heading. */
export function headingAt(outline: readonly BodyHeading[], line: number): BodyHeading | undefined {
  let found: BodyHeading | undefined;
  for (const h of outline) {
    if (h.lines[0] > line) break;
    found = h;
  }
  return found;
}
