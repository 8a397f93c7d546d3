/**
 * The network of units as an SVG string: layout by d3-force at build time
 * (layout.ts), colour by jurisdiction with a legend, collective
 * groups as squares in a strip of their own. Every node is a link to its
 * unit page; data-* attributes let the client filter and highlight.
 */
import type { NetEdge, NetNode, NetworkData } from './data';
import { placeLabels, type Box, type Label } from './labels';
import { layout, type Placed } from './layout';
import { CHAR_W, FONT, INK, jurisdictionColours, MUTED, RULE } from '../palette';
import { attrs, esc, truncate } from '../svg';

export { networkData, neighbourhood, partners, strongest, type NetworkData, type NetNode, type NetEdge } from './data';

export interface NetworkOptions {
  width: number;
  height: number;
  seed: number;
  hrefOf?: (unitId: string) => string;
  /** Unit drawn with a ring and its name, e.g. on its own page. */
  highlight?: string;
  title?: string;
  /** Prefix of element ids, unique per chart on a page. */
  id?: string;
  /** Every jurisdiction on the site, so a colour means the same on every page. */
  jurisdictions?: readonly string[];
}

const LEGEND_ROW = 18;
const STRIP_TITLE = 'Nhóm tập thể (không phải một cơ quan)';

export function networkSvg(data: NetworkData, options: NetworkOptions): string {
  const { width, height } = options;
  const id = options.id ?? 'network';
  const all = jurisdictionColours([
    ...(options.jurisdictions ?? []),
    ...data.nodes.map((n) => n.jurisdiction || '(không rõ)'),
  ]);
  // The legend lists only what is drawn; colours stay those of the full list.
  const shown = new Set(data.nodes.map((n) => n.jurisdiction || '(không rõ)'));
  const colours = new Map([...all].filter(([j]) => shown.has(j)));
  const legend = legendSvg(
    colours,
    width,
    data.nodes.some((n) => n.kind === 'group'),
  );
  const { pos, strip } = layout(data, { x: 0, y: legend.height, width, height: height - legend.height }, options.seed);
  // The strip's title is drawn first: the names of the groups below it go around it (at 390 px
  // "Các sở, ban, ngành cấp tỉnh" was written over it).
  // Its baseline is strip.y + 13; its descenders and a 2 px gap reach strip.y + 18.
  const titleBox: Box[] = strip ? [[8, strip.y, 8 + STRIP_TITLE.length * CHAR_W, strip.y + 18]] : [];
  const labels = placeLabels(labelOrder(data, options.highlight), pos, width, height, titleBox);
  // Partners are counted once, whichever way the work goes between them.
  const partnersOf = new Map<string, Set<string>>();
  for (const e of data.edges) {
    for (const [u, v] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const)
      partnersOf.set(u, (partnersOf.get(u) ?? new Set()).add(v));
  }

  const groupIds = new Set(data.nodes.filter((n) => n.kind === 'group').map((n) => n.id));
  const edges = data.edges.map((e) => edgeSvg(e, pos, groupIds)).join('');
  const nodes = data.nodes
    .map((n) =>
      nodeSvg(
        n,
        pos.get(n.id)!,
        colours.get(n.jurisdiction || '(không rõ)')!,
        partnersOf.get(n.id)?.size ?? 0,
        labels.get(n.id),
        n.id === options.highlight,
        options.hrefOf,
      ),
    )
    .join('');
  const stripSvg = strip
    ? `<g class="net-strip" data-kind="group"${attrs({ 'aria-hidden': 'true' })}><line${attrs({ x1: 8, x2: width - 8, y1: strip.y, y2: strip.y, stroke: RULE, 'stroke-dasharray': '4 3' })}/>` +
      `<text${attrs({ x: 8, y: strip.y + 13, fill: MUTED })}>${esc(STRIP_TITLE)}</text></g>`
    : '';
  return [
    `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', class: 'network', id, viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-labelledby': `${id}-title`, 'font-family': FONT, 'font-size': 12 })}>`,
    `<title id="${esc(id)}-title">${esc(options.title ?? 'Mạng lưới phối hợp giữa các đơn vị')}</title>`,
    `<desc>${esc(`${data.nodes.length} đơn vị, ${data.edges.length} quan hệ chủ trì – phối hợp. Kích thước nút theo số nhiệm vụ chủ trì; màu theo cấp quản lý. Danh sách các quan hệ nằm ngay sau biểu đồ.`)}</desc>`,
    legend.svg,
    `<g class="net-viewport">${stripSvg}<g class="net-edges"${attrs({ 'aria-hidden': 'true' })}>${edges}</g><g class="net-nodes">${nodes}</g></g>`,
    '</svg>',
  ].join('');
}

/** Most important first: the highlighted unit, its partners, then by tasks led. */
function labelOrder(data: NetworkData, highlight?: string): { id: string; text: string }[] {
  const near = new Set(
    highlight
      ? data.edges.flatMap((e) => (e.source === highlight || e.target === highlight ? [e.source, e.target] : []))
      : [],
  );
  const rank = (n: NetNode) => (n.id === highlight ? 0 : near.has(n.id) ? 1 : 2);
  return [...data.nodes]
    .sort((a, b) => rank(a) - rank(b) || b.led - a.led || b.coordinated - a.coordinated || (a.id < b.id ? -1 : 1))
    .map((n) => ({ id: n.id, text: truncate(n.name, 30) }));
}

function edgeSvg(e: NetEdge, pos: Map<string, Placed>, groups: Set<string>): string {
  const a = pos.get(e.source)!;
  const b = pos.get(e.target)!;
  const group = groups.has(e.source) || groups.has(e.target);
  const common = {
    class: 'net-edge',
    'data-source': e.source,
    'data-target': e.target,
    'data-scope': e.scope.join(' ') || undefined,
    'data-group': group ? '1' : undefined,
    stroke: '#6b7280',
    'stroke-opacity': group ? 0.35 : 0.6,
    'stroke-width': Math.min(6, (group ? 0.5 : 0.75) + e.weight * (group ? 0.4 : 0.75)),
    'stroke-dasharray': group ? '3 3' : undefined,
  };
  // Two groups sit on the same line of the strip: join them with an arc so the edge is not hidden along it.
  if (groups.has(e.source) && groups.has(e.target)) {
    const lift = Math.min(40, Math.abs(b.x - a.x) / 4);
    return `<path${attrs({ ...common, fill: 'none', d: `M${a.x},${a.y} Q${Math.round((a.x + b.x) / 2)},${a.y - lift} ${b.x},${b.y}` })}/>`;
  }
  return `<line${attrs({ ...common, x1: a.x, y1: a.y, x2: b.x, y2: b.y })}/>`;
}

function nodeSvg(
  n: NetNode,
  p: Placed,
  colour: string,
  partnersCount: number,
  label: Label | undefined,
  highlighted: boolean,
  hrefOf?: (id: string) => string,
): string {
  const info = `${n.name}${n.jurisdiction ? ` (${n.jurisdiction})` : ''}: chủ trì ${n.led} nhiệm vụ, phối hợp ${n.coordinated}, cùng làm với ${partnersCount} đơn vị`;
  const shape =
    n.kind === 'group'
      ? `<rect${attrs({ x: -p.r, y: -p.r, width: 2 * p.r, height: 2 * p.r, fill: colour, stroke: '#ffffff', 'stroke-width': 1.5 })}/>`
      : `<circle${attrs({ r: p.r, fill: colour, stroke: '#ffffff', 'stroke-width': 1.5 })}/>`;
  const ring = highlighted ? `<circle${attrs({ r: p.r + 4, fill: 'none', stroke: INK, 'stroke-width': 2.5 })}/>` : '';
  const text = label
    ? `<text${attrs({ x: label.dx + (highlighted ? Math.sign(label.dx) * 4 : 0), y: label.dy, 'text-anchor': label.anchor === 'start' ? undefined : label.anchor, fill: INK, stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke', 'font-weight': highlighted ? 700 : undefined })}>${esc(label.text)}</text>`
    : '';
  return (
    `<a${attrs({ class: 'net-node', href: hrefOf ? hrefOf(n.id) : n.url, 'aria-label': info, 'data-unit': n.id, 'data-kind': n.kind, 'data-jurisdiction': n.jurisdiction, 'data-scope': n.scope.join(' ') || undefined, transform: `translate(${p.x},${p.y})` })}>` +
    `<title>${esc(info)}</title>${ring}${shape}${text}</a>`
  );
}

/** Legend rows that wrap to the width; returns its height so the graph starts below. */
function legendSvg(colours: Map<string, string>, width: number, groups: boolean): { svg: string; height: number } {
  const items: string[] = [];
  let x = 8;
  let y = 14;
  const place = (w: number) => {
    if (x + w > width - 8 && x > 8) [x, y] = [8, y + LEGEND_ROW];
    const at = { x, y };
    x += w;
    return at;
  };
  for (const [j, c] of colours) {
    const at = place(24 + Math.round(j.length * 6.2));
    items.push(
      `<circle${attrs({ cx: at.x + 6, cy: at.y - 4, r: 6, fill: c })}/><text${attrs({ x: at.x + 16, y: at.y })}>${esc(j)}</text>`,
    );
  }
  if (groups) {
    const at = place(180);
    items.push(
      `<rect${attrs({ x: at.x, y: at.y - 10, width: 12, height: 12, fill: 'none', stroke: INK })}/><text${attrs({ x: at.x + 16, y: at.y })}>${esc('Ô vuông: nhóm tập thể')}</text>`,
    );
  }
  const note = place(230);
  items.push(`<text${attrs({ x: note.x, y: note.y, fill: MUTED })}>${esc('Kích thước: số nhiệm vụ chủ trì')}</text>`);
  return {
    svg: `<g class="legend"${attrs({ 'aria-hidden': 'true', fill: INK })}>${items.join('')}</g>`,
    height: y + 10,
  };
}
