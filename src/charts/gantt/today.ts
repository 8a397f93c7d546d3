/**
 * The Gantt's "today" line. Drawn at build time on the build date and labelled
 * as such ("Ngày cập nhật …"): a page read a year later must not call that day
 * today. Where a script runs (src/charts/client/gantt.ts), the line moves to the
 * reader's own day and reads "Hôm nay …", or goes when that day is off the axis.
 * No d3 here: the browser uses it too.
 */
import { viDate } from '../../lib/time/dates';
import { r } from '../svg';
import { CHAR_W } from '../palette';

export interface TodayLabel {
  x: number;
  anchor: 'start' | 'end';
  text: string;
}

/** The label beside the line at `x`; near the right edge (December) it goes to the line's left. */
export function todayLabel(x: number, width: number, day: string, asOfBuild: boolean): TodayLabel {
  const text = `${asOfBuild ? 'Ngày cập nhật' : 'Hôm nay'} ${viDate(day)}`;
  return x + 3 + text.length * CHAR_W <= width
    ? { x: x + 3, anchor: 'start', text }
    : { x: x - 3, anchor: 'end', text };
}

/** x of the start of `day` on a linear axis from `from` (at x0) to the day before `until` (ending at x1). */
export function dayX(day: string, axis: { from: string; until: string; x0: number; x1: number }): number | undefined {
  const [t, a, b] = [day, axis.from, axis.until].map((d) => Date.parse(`${d}T00:00:00Z`)) as [number, number, number];
  if (!(t >= a && t < b)) return undefined;
  return r(axis.x0 + ((t - a) / (b - a)) * (axis.x1 - axis.x0));
}
