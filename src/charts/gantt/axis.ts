/**
 * A time axis drawn by hand from d3-scale ticks: d3-axis needs a DOM, and the
 * chart is rendered to a string at build time. Labels are Vietnamese: years,
 * and "Quý I"…"Quý IV" when zoomed to quarters.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { addDays, toDate, type Span } from '../../lib/time/dates';
import { INK, RULE } from '../palette';
import { attrs, esc, r } from '../svg';

export type Zoom = 'year' | 'quarter';

export const QUARTERS = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'] as const;

/** Days are drawn as their whole width: a span ends at the start of the day after `to`. */
export function timeScale(period: Span, range: [number, number]): ScaleTime<number, number> {
  return scaleUtc()
    .domain([toDate(period.from), toDate(addDays(period.to, 1))])
    .range(range);
}

/** x of the start of a day, and of the end of a day. */
export const xStart = (x: ScaleTime<number, number>, day: string) => r(x(toDate(day)));
export const xEnd = (x: ScaleTime<number, number>, day: string) => r(x(toDate(addDays(day, 1))));

export interface AxisOptions {
  zoom: Zoom;
  /** y of the axis baseline (labels sit above it). */
  y: number;
  /** y where the grid lines stop. */
  bottom: number;
}

export function axisSvg(x: ScaleTime<number, number>, { zoom, y, bottom }: AxisOptions): string {
  const [d0, d1] = x.domain() as [Date, Date];
  const years = x.ticks(utcYear.every(1)!);
  const out: string[] = [`<g class="axis"${attrs({ 'aria-hidden': 'true', fill: INK })}>`];
  // Year bands: a label centred on the part of each year inside the domain.
  for (const start of [d0, ...years.filter((t) => +t > +d0)]) {
    const end = utcYear.offset(utcYear.floor(start), 1);
    const a = x(start);
    const b = x(+end < +d1 ? end : d1);
    if (b - a < 14) continue;
    const labelY = zoom === 'quarter' ? y - 20 : y - 6;
    out.push(
      `<text class="axis-year"${attrs({ x: r((a + b) / 2), y: labelY, 'text-anchor': 'middle' })}>${esc(start.getUTCFullYear())}</text>`,
    );
  }
  if (zoom === 'quarter') {
    for (const q of x.ticks(utcMonth.every(3)!)) {
      const a = x(q);
      const b = Math.min(x(utcMonth.offset(q, 3)), x(d1));
      if (b - a < 20) continue;
      const label = QUARTERS[Math.floor(q.getUTCMonth() / 3)]!;
      out.push(
        `<text class="axis-quarter"${attrs({ x: r((a + b) / 2), y: y - 5, 'text-anchor': 'middle' })}>${esc(label)}</text>`,
      );
      if (q.getUTCMonth() !== 0) out.push(line(r(a), y, bottom, 'grid-quarter'));
    }
  }
  for (const t of years) out.push(line(r(x(t)), y - (zoom === 'quarter' ? 32 : 18), bottom, 'grid-year'));
  out.push(`<line class="axis-line"${attrs({ x1: r(x(d0)), x2: r(x(d1)), y1: y, y2: y, stroke: INK })}/>`);
  out.push('</g>');
  return out.join('');
}

function line(x: number, y1: number, y2: number, cls: string): string {
  const stroke = cls === 'grid-year' ? { stroke: '#9ca3af', 'stroke-width': 1 } : { stroke: RULE, 'stroke-width': 0.5 };
  return `<line class="${cls}"${attrs({ x1: x, x2: x, y1, y2, ...stroke })}/>`;
}
