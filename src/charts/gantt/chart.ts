/**
 * The Gantt chart as an SVG string, drawn at build time so it is in the HTML
 * before any script runs. Pure: the same rows and options give the same bytes.
 *
 * Every row is one link (`<a>`) to its task page, so the keyboard reaches
 * each task; blocks carry data-* attributes the client script filters on.
 */
import { axisSvg, QUARTERS, timeScale, xStart, type Zoom } from './axis';
import { addDays, toDate, viDate, type Span } from '../../lib/time/dates';
import type { GanttRow } from './data';
import { hatchDef, legendSvg, markSvg, ROW_H } from './marks';
import { todayLabel } from './today';
import { FONT, GANTT, INK, RULE } from '../palette';
import { attrs, esc, truncate } from '../svg';

export type { GanttRow } from './data';

export interface GanttOptions {
  period: Span;
  /** ISO date of the "today" line; left out when not given (and pinned in tests). */
  today?: string;
  width?: number;
  zoom?: Zoom;
  hrefOf?: (taskId: string) => string;
  title: string;
  /** Prefix of element ids, unique per chart on a page. */
  id?: string;
  /**
   * Draw the task labels at the left (default). False: the time axis only, for a page
   * that sets `ganttLabelsSvg` beside it in a column that stays put while the axis scrolls.
   */
  labels?: boolean;
}

export const LABEL_W = 300;
const AREA_H = 26;
const LEGEND_H = ROW_H + 6;

/** Rows under their area headings, top to bottom: the same in the chart and in its label column. */
function stack(rows: readonly GanttRow[], top: number) {
  const out: ({ kind: 'area'; y: number; label: string; area: string } | { kind: 'row'; y: number; row: GanttRow })[] =
    [];
  let y = top;
  let area: string | undefined;
  for (const row of rows) {
    if (row.area !== area) {
      area = row.area;
      const count = rows.filter((r) => r.area === area).length;
      out.push({ kind: 'area', y, label: `${row.areaLabel} (${count})`, area });
      y += AREA_H;
    }
    out.push({ kind: 'row', y, row });
    y += ROW_H;
  }
  return { blocks: out, bottom: y + 4 };
}

const axisYOf = (zoom: Zoom) => LEGEND_H + (zoom === 'quarter' ? 40 : 24);
const rowText = (row: GanttRow) =>
  `<text${attrs({ x: 12, y: 15, fill: INK })}>${esc(truncate(`${row.number}. ${row.title}`, 44))}</text>`;
const rowRule = (width: number) =>
  `<line${attrs({ x1: 0, x2: width, y1: ROW_H - 0.5, y2: ROW_H - 0.5, stroke: RULE, 'stroke-width': 0.5 })}/>`;
/** A row's group, in the chart and in its label column alike: the keys the page's filters match on (client/gantt.ts). */
const rowAttrs = (cls: string, row: GanttRow, y: number) =>
  attrs({
    class: cls,
    'data-task': row.taskId,
    'data-plan': row.plan,
    'data-area': row.area,
    'data-units': row.units.join(' '),
    'data-years': row.years.join(' '),
    'data-h': ROW_H,
    transform: `translate(0,${y})`,
  });
const areaGroup = (area: string, y: number, text: string) =>
  `<g${attrs({ class: 'gantt-area', 'data-area': area, 'data-h': AREA_H, transform: `translate(0,${y})` })}>${text}</g>`;
const areaText = (label: string) =>
  `<text${attrs({ x: 4, y: 18, 'font-weight': 700, fill: INK })}>${esc(label)}</text>`;

export function ganttSvg(rows: readonly GanttRow[], options: GanttOptions): string {
  const zoom = options.zoom ?? 'year';
  const id = options.id ?? 'gantt';
  const hatch = `${id}-hatch`;
  const labels = options.labels ?? true;
  const labelW = labels ? LABEL_W : 0;
  const years = toDate(addDays(options.period.to, 1)).getUTCFullYear() - toDate(options.period.from).getUTCFullYear();
  // Quarters need room for their labels: widen rather than squeeze. The whole (labels and axis) is `width` wide.
  const width = Math.max(
    (options.width ?? 960) - (LABEL_W - labelW),
    zoom === 'quarter' ? labelW + 24 + years * 4 * 44 : 0,
  );
  const axisY = axisYOf(zoom);
  const x = timeScale(options.period, [labelW + 8, width - 16]);

  const { blocks, bottom } = stack(rows, axisY + 4);
  const body = blocks.map((b) =>
    b.kind === 'area'
      ? areaGroup(b.area, b.y, labels ? areaText(b.label) : '')
      : rowSvg(b.row, b.y, width, x, hatch, labels, options.hrefOf),
  );
  const today =
    options.today && options.today >= options.period.from && options.today <= options.period.to
      ? options.today
      : undefined;

  return [
    `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', class: 'gantt', id, viewBox: `0 0 ${width} ${bottom}`, width, height: bottom, role: 'group', 'aria-labelledby': `${id}-title`, 'data-zoom': zoom, 'data-top': axisY + 4, 'font-family': FONT, 'font-size': 12 })}>`,
    `<title id="${esc(id)}-title">${esc(options.title)}</title>`,
    `<desc>${esc(describe(rows.length, options.period, zoom))}</desc>`,
    `<defs>${hatchDef(hatch)}</defs>`,
    legendSvg(labelW + 8, 0, hatch, today !== undefined),
    axisSvg(x, { zoom, y: axisY, bottom }),
    `<g class="gantt-body">${body.join('')}</g>`,
    today ? todaySvg(x, options.period, axisY, bottom, today, width) : '',
    '</svg>',
  ].join('');
}

function rowSvg(
  row: GanttRow,
  y: number,
  width: number,
  x: ReturnType<typeof timeScale>,
  hatch: string,
  labels: boolean,
  hrefOf?: (id: string) => string,
): string {
  const text = tooltip(row);
  return (
    `<g${rowAttrs('gantt-row', row, y)}><a${attrs({ href: hrefOf ? hrefOf(row.taskId) : row.url, 'aria-label': text.replace(/\n/g, '. ') })}>` +
    `<title>${esc(text)}</title>` +
    `<rect${attrs({ class: 'row-hit', x: 0, y: 0, width, height: ROW_H, fill: '#ffffff', 'fill-opacity': 0 })}/>` +
    rowRule(width) +
    (labels ? rowText(row) : '') +
    row.marks.map((m) => markSvg(x, m, hatch)).join('') +
    '</a></g>'
  );
}

/**
 * The task labels alone, row for row as `ganttSvg` stacks them: the column a page keeps in
 * view (sticky) while the time axis beside it scrolls sideways. Hidden from assistive
 * technology: each row of the chart is already a link named by its task.
 */
export function ganttLabelsSvg(rows: readonly GanttRow[], options: Pick<GanttOptions, 'zoom' | 'id'>): string {
  const zoom = options.zoom ?? 'year';
  const axisY = axisYOf(zoom);
  const { blocks, bottom } = stack(rows, axisY + 4);
  const body = blocks.map((b) =>
    b.kind === 'area'
      ? areaGroup(b.area, b.y, areaText(b.label))
      : `<g${rowAttrs('gantt-label', b.row, b.y)}>${rowRule(LABEL_W)}${rowText(b.row)}</g>`,
  );
  return [
    `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', class: 'gantt-labels', id: options.id, viewBox: `0 0 ${LABEL_W} ${bottom}`, width: LABEL_W, height: bottom, 'aria-hidden': 'true', 'data-top': axisY + 4, 'font-family': FONT, 'font-size': 12 })}>`,
    `<rect${attrs({ width: '100%', height: '100%', fill: '#ffffff' })}/>`,
    `<text${attrs({ x: 12, y: axisY - 6, 'font-weight': 700, fill: INK })}>Nhiệm vụ</text>`,
    `<g class="gantt-body">${body.join('')}</g>`,
    '</svg>',
  ].join('');
}

/** What hover and focus show: task, lead, time as written. */
export function tooltip(row: Pick<GanttRow, 'number' | 'title' | 'leadNames' | 'raw' | 'planTitle'>): string {
  return [
    `${row.number}. ${row.title}`,
    `Chủ trì: ${row.leadNames || '(không ghi)'}`,
    `Thời gian: ${row.raw}`,
    `Kế hoạch: ${row.planTitle}`,
  ].join('\n');
}

function todaySvg(
  x: ReturnType<typeof timeScale>,
  period: Span,
  top: number,
  bottom: number,
  today: string,
  width: number,
): string {
  const xt = xStart(x, today);
  const label = todayLabel(xt, width, today, true);
  // The axis, for the browser to move the line to the reader's day (src/charts/gantt/today.ts).
  const axis = {
    'data-day': today,
    'data-from': period.from,
    'data-until': addDays(period.to, 1),
    'data-x0': xStart(x, period.from),
    'data-x1': xStart(x, addDays(period.to, 1)),
  };
  return (
    `<g class="today"${attrs({ 'aria-hidden': 'true', ...axis })}>` +
    `<line${attrs({ x1: xt, x2: xt, y1: top - 4, y2: bottom, stroke: GANTT.today, 'stroke-width': 2, 'stroke-dasharray': '4 2' })}/>` +
    `<text${attrs({ x: label.x, y: top + 12, 'text-anchor': label.anchor === 'end' ? 'end' : undefined, fill: GANTT.today, 'font-weight': 700, stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke' })}>${esc(label.text)}</text></g>`
  );
}

function describe(n: number, period: Span, zoom: Zoom): string {
  const unit = zoom === 'quarter' ? `theo quý (${QUARTERS.join(', ')})` : 'theo năm';
  return `Biểu đồ Gantt ${n} nhiệm vụ, từ ${viDate(period.from)} đến ${viDate(period.to)}, trục thời gian ${unit}. Bảng dữ liệu tương ứng nằm ngay sau biểu đồ.`;
}
