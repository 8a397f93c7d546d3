/**
 * Node positions by d3-force, run synchronously from a fixed seed for a fixed
 * number of ticks and rounded, so the same data always gives the same picture
 * (and byte-identical SVG). Collective groups are not simulated: they sit in
 * a strip of their own below the offices, since they are not one office.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { randomLcg } from 'd3-random';
import { scaleSqrt } from 'd3-scale';
import type { NetworkData } from './data';

export interface Placed {
  x: number;
  y: number;
  r: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const TICKS = 300;
const STRIP_H = 64;

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

/** Positions inside `box`; groups take a strip at its bottom when there are any. */
export function layout(data: NetworkData, box: Box, seed: number): { pos: Map<string, Placed>; strip?: Box } {
  const maxLed = Math.max(1, ...data.nodes.map((n) => n.led));
  const radius = scaleSqrt().domain([0, maxLed]).range([5, 20]);
  const offices = data.nodes.filter((n) => n.kind !== 'group');
  const groups = data.nodes.filter((n) => n.kind === 'group');
  const strip = groups.length
    ? { x: box.x, y: box.y + box.height - STRIP_H, width: box.width, height: STRIP_H }
    : undefined;
  const area = strip ? { ...box, height: box.height - STRIP_H - 8 } : box;

  // Seeded start positions: d3's default start is a fixed spiral, which would make the seed meaningless.
  const random = randomLcg(seed);
  const sim: SimNode[] = offices.map((n) => ({
    id: n.id,
    r: Math.round(radius(n.led)),
    x: (random() - 0.5) * 400,
    y: (random() - 0.5) * 400,
  }));
  const ids = new Set(sim.map((n) => n.id));
  const links = data.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
  const simulation = forceSimulation<SimNode>(sim)
    .randomSource(random)
    .force(
      'link',
      forceLink<SimNode, (typeof links)[number]>(links)
        .id((d) => d.id)
        .distance(90)
        .strength((l) => Math.min(1, 0.2 + 0.1 * l.weight)),
    )
    .force('charge', forceManyBody<SimNode>().strength(-160))
    .force('x', forceX<SimNode>(0).strength(0.07))
    .force('y', forceY<SimNode>(0).strength(0.1))
    .force(
      'collide',
      forceCollide<SimNode>((d) => d.r + 6),
    )
    .stop();
  for (let i = 0; i < TICKS; i++) simulation.tick();

  const pos = new Map<string, Placed>();
  fit(sim, area).forEach((p, i) => pos.set(sim[i]!.id, p));
  groups.forEach((g, i) => {
    const x = strip!.x + ((i + 0.5) * strip!.width) / groups.length;
    pos.set(g.id, { x: Math.round(x), y: Math.round(strip!.y + 36), r: Math.round(radius(g.led)) });
  });
  return strip ? { pos, strip } : { pos };
}

/** Scales the simulated cloud into the box, keeping its aspect, and rounds. */
function fit(nodes: SimNode[], box: Box): Placed[] {
  if (nodes.length === 0) return [];
  const pad = 24;
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min(1.5, (box.width - 2 * pad) / Math.max(1, x1 - x0), (box.height - 2 * pad) / Math.max(1, y1 - y0));
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return nodes.map((n) => ({
    x: Math.round(cx + ((n.x ?? 0) - (x0 + x1) / 2) * k),
    y: Math.round(cy + ((n.y ?? 0) - (y0 + y1) / 2) * k),
    r: n.r,
  }));
}
