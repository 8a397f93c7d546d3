/**
 * Which node names fit without overlapping. Greedy, most important unit
 * first (the highlighted one, then by tasks led): a name goes right, left,
 * below or above its node, or is left to the tooltip and the list view.
 * Widths are estimated from the character count (no DOM at build time).
 */
import type { Placed } from './layout';
import { CHAR_W } from '../palette';

export interface Label {
  /** Offset from the node centre, and the text anchor. */
  dx: number;
  dy: number;
  anchor: 'start' | 'end' | 'middle';
  text: string;
}

export type Box = [x0: number, y0: number, x1: number, y1: number];

const LINE_H = 13;

export function placeLabels(
  order: readonly { id: string; text: string }[],
  pos: Map<string, Placed>,
  width: number,
  height: number,
  /** Text already drawn that no name may cover (the strip's title). */
  reserved: readonly Box[] = [],
): Map<string, Label> {
  const taken: Box[] = [...pos.values()].map((p) => [p.x - p.r, p.y - p.r, p.x + p.r, p.y + p.r]);
  taken.push(...reserved);
  const out = new Map<string, Label>();
  for (const { id, text } of order) {
    const p = pos.get(id);
    if (!p) continue;
    const w = text.length * CHAR_W;
    const own: Box = [p.x - p.r, p.y - p.r, p.x + p.r, p.y + p.r];
    const candidates: Label[] = [
      { dx: p.r + 4, dy: 4, anchor: 'start', text },
      { dx: -(p.r + 4), dy: 4, anchor: 'end', text },
      { dx: 0, dy: p.r + 12, anchor: 'middle', text },
      { dx: 0, dy: -(p.r + 5), anchor: 'middle', text },
    ];
    for (const c of candidates) {
      const x0 = p.x + c.dx - (c.anchor === 'end' ? w : c.anchor === 'middle' ? w / 2 : 0);
      const box: Box = [x0, p.y + c.dy - LINE_H + 3, x0 + w, p.y + c.dy + 3];
      if (box[0] < 2 || box[2] > width - 2 || box[1] < 0 || box[3] > height) continue;
      if (taken.some((t) => t !== own && !sameBox(t, own) && overlaps(t, box))) continue;
      taken.push(box);
      out.set(id, c);
      break;
    }
  }
  return out;
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

function sameBox(a: Box, b: Box): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}
