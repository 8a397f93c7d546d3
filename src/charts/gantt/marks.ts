/** Drawing of one Gantt mark and the legend; shapes differ so a grey printout still reads. */
import type { ScaleTime } from 'd3-scale';
import { xEnd, xStart } from './axis';
import type { Mark, MarkKind } from '../../lib/time/marks';
import { FONT, GANTT, INK } from '../palette';
import { attrs, esc, r } from '../svg';

export const ROW_H = 22;

type Data = Record<string, string>;

export function markSvg(x: ScaleTime<number, number>, m: Mark, hatchId: string): string {
  const a = xStart(x, m.from);
  const b = Math.max(xEnd(x, m.to), a + 2);
  return shape(m.kind, a, b, m.from === m.to, hatchId, { 'data-kind': m.kind, 'data-from': m.from, 'data-to': m.to });
}

function shape(kind: MarkKind, a: number, b: number, oneDay: boolean, hatchId: string, data: Data): string {
  const mid = ROW_H / 2;
  switch (kind) {
    case 'band':
      return `<rect${attrs({ ...data, x: a, y: 3, width: r(b - a), height: ROW_H - 6, fill: GANTT.bandFill, stroke: GANTT.bandStroke, 'stroke-dasharray': '3 2' })}/>`;
    case 'bar':
      return `<rect${attrs({ ...data, x: a, y: 5, width: r(b - a), height: ROW_H - 10, rx: 2, fill: GANTT.bar })}/>`;
    case 'milestone':
      return diamond(data, r((a + b) / 2), mid, 6, GANTT.milestone, '#ffffff');
    case 'recurring':
      // A one-day occurrence is a hollow diamond; a period (a month, a quarter) is a hatched box.
      if (oneDay) return diamond(data, r((a + b) / 2), mid, 5, '#ffffff', GANTT.recurring);
      return `<rect${attrs({ ...data, x: a, y: 6, width: r(Math.max(b - a - 1, 2)), height: ROW_H - 12, fill: `url(#${hatchId})`, stroke: GANTT.recurring })}/>`;
  }
}

function diamond(data: Data, cx: number, cy: number, s: number, fill: string, stroke: string): string {
  const points = `${cx},${r(cy - s)} ${r(cx + s)},${cy} ${cx},${r(cy + s)} ${r(cx - s)},${cy}`;
  return `<polygon${attrs({ ...data, points, fill, stroke, 'stroke-width': 1.5 })}/>`;
}

export function hatchDef(id: string): string {
  return (
    `<pattern${attrs({ id, width: 4, height: 4, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' })}>` +
    `<rect width="4" height="4" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="4"${attrs({ stroke: GANTT.recurring, 'stroke-width': 2.5 })}/></pattern>`
  );
}

const LEGEND: [MarkKind | 'today', string][] = [
  ['bar', 'Khoảng thời gian'],
  ['milestone', 'Hạn / mốc'],
  ['recurring', 'Định kỳ (mỗi kỳ một dấu)'],
  ['band', 'Thường xuyên'],
  ['today', 'Hôm nay'],
];

/** One line of samples and labels, `ROW_H` high. */
export function legendSvg(left: number, y: number, hatchId: string, withToday: boolean): string {
  const out = [
    `<g class="legend"${attrs({ transform: `translate(0,${y})`, 'aria-hidden': 'true', 'font-family': FONT, 'font-size': 12, fill: INK })}>`,
  ];
  let at = left;
  for (const [kind, label] of LEGEND) {
    if (kind === 'today' && !withToday) continue;
    out.push(
      kind === 'today'
        ? `<line${attrs({ x1: at + 10, x2: at + 10, y1: 2, y2: ROW_H - 2, stroke: GANTT.today, 'stroke-width': 2, 'stroke-dasharray': '4 2' })}/>`
        : shape(kind, at, at + 20, false, hatchId, {}),
    );
    out.push(`<text${attrs({ x: at + 26, y: 15 })}>${esc(label)}</text>`);
    at += 36 + Math.round(label.length * 6.2);
  }
  out.push('</g>');
  return out.join('');
}
