import { describe, expect, it } from 'vitest';
import { neighbourhood, networkData, networkSvg, partners, strongest } from '../../src/charts/network/chart';
import { layout } from '../../src/charts/network/layout';
import { placeLabels } from '../../src/charts/network/labels';
import { taskSchema } from '../../src/schema';
import { tasks, units } from '../fixtures/charts/data';
import { expectGolden, xmlProblems } from '../fixtures/charts/golden';

const data = networkData(tasks, units);
const options = { width: 720, height: 480, seed: 7, id: 'net' };

describe('networkData', () => {
  it('joins each lead to its coordinating units, weighted by tasks shared', () => {
    const edge = (s: string, t: string) => data.edges.find((e) => e.source === s && e.target === t);
    expect(edge('so-noi-vu', 'so-tu-phap')).toMatchObject({
      weight: 3,
      tasks: ['qt-2021-2025/2', 'qt-2021-2025/5', 'qt-2021-2025/9'],
    });
    expect(edge('so-tu-phap', 'so-noi-vu')?.weight).toBe(1);
    // Task 7 has two leads: each coordinates with Sở TT&TT, and neither with itself.
    expect(edge('so-tu-phap', 'so-tt-tt')?.tasks).toEqual(['qt-2021-2025/7']);
    expect(data.edges.some((e) => e.source === e.target)).toBe(false);
  });

  it('sizes nodes by tasks led and records plans and areas for the filters', () => {
    const nv = data.nodes.find((n) => n.id === 'so-noi-vu')!;
    expect(nv).toMatchObject({ led: 6, kind: 'office', plans: ['qt-2021-2025'] });
    expect(nv.areas).toEqual(['chi-dao', 'the-che', 'tai-chinh', 'so', 'tthc', 'cong-vu']);
    expect(data.nodes.map((n) => n.id)).toEqual([...data.nodes.map((n) => n.id)].sort());
  });

  it('filters by plan and area and can leave collective groups out', () => {
    expect(networkData(tasks, units, { plan: 'snv-2026' }).nodes.map((n) => n.id)).toEqual([
      'phong-cchc',
      'van-phong-so',
    ]);
    expect(networkData(tasks, units, { area: 'so' }).edges.map((e) => e.target)).toEqual([
      'cac-so-ban-nganh',
      'so-noi-vu',
    ]);
    const offices = networkData(tasks, units, { includeGroups: false });
    expect(offices.nodes.some((n) => n.kind === 'group')).toBe(false);
    expect(offices.edges.some((e) => e.target === 'cac-so-ban-nganh')).toBe(false);
  });

  it('counts a pair once per task even when several activities repeat it', () => {
    const activity = { text: 'x', outputs: [], lead: ['so-noi-vu'], coordinate: ['so-tu-phap'], time: null };
    const t = taskSchema().parse({
      ...tasks[0]!,
      lead: ['so-noi-vu'],
      coordinate: ['so-tu-phap'],
      activities: [activity, activity],
    });
    expect(networkData([t], units).edges).toMatchObject([{ source: 'so-noi-vu', target: 'so-tu-phap', weight: 1 }]);
  });
});

describe('networkData: once per build', () => {
  it('returns the same frozen network for the same arrays and an equivalent filter', () => {
    expect(networkData(tasks, units)).toBe(data);
    expect(networkData(tasks, units, { includeGroups: true })).toBe(data);
    expect(networkData(tasks, units, { includeGroups: false })).not.toBe(data);
    expect(networkData(tasks, units, { plan: 'snv-2026' })).toBe(networkData(tasks, units, { plan: 'snv-2026' }));
    expect(Object.isFrozen(data) && Object.isFrozen(data.edges) && Object.isFrozen(data.nodes[0]!.plans)).toBe(true);
    // Other arrays, even with equal contents, are computed afresh and give the same network.
    expect(networkData([...tasks], [...units])).not.toBe(data);
    expect(networkData([...tasks], [...units])).toEqual(data);
  });

  it('neighbourhood through the index equals filtering every edge', () => {
    for (const unit of units) {
      const edges = data.edges.filter((e) => e.source === unit.id || e.target === unit.id);
      const ids = new Set([unit.id, ...edges.flatMap((e) => [e.source, e.target])]);
      expect(neighbourhood(data, unit.id)).toEqual({ nodes: data.nodes.filter((n) => ids.has(n.id)), edges });
    }
  });
});

describe('neighbourhood', () => {
  it('keeps a unit, its partners and only the edges touching it', () => {
    const n = neighbourhood(data, 'so-tu-phap');
    expect(n.nodes.map((x) => x.id)).toEqual(['so-noi-vu', 'so-tt-tt', 'so-tu-phap']);
    expect(n.edges.every((e) => e.source === 'so-tu-phap' || e.target === 'so-tu-phap')).toBe(true);
    expect(partners(data, 'so-tu-phap')).toEqual([
      { id: 'so-noi-vu', role: 'leads', weight: 3 },
      { id: 'so-noi-vu', role: 'coordinates', weight: 1 },
      { id: 'so-tt-tt', role: 'coordinates', weight: 1 },
    ]);
  });
  it('strongest: the partners sharing most tasks, both directions summed, and only their edges', () => {
    const near = neighbourhood(data, 'so-noi-vu');
    // Sở Tư pháp 3 + 1, Sở TT&TT 2 + 1, the collective group 1 (the fixture's edges above).
    const two = strongest(near, 'so-noi-vu', 2);
    expect(two.nodes.map((n) => n.id)).toEqual(['so-noi-vu', 'so-tt-tt', 'so-tu-phap']);
    expect(two.edges.map((e) => `${e.source}>${e.target}`)).toEqual([
      'so-noi-vu>so-tt-tt',
      'so-noi-vu>so-tu-phap',
      'so-tt-tt>so-noi-vu',
      'so-tu-phap>so-noi-vu',
    ]);
    expect(strongest(near, 'so-noi-vu', 1).nodes.map((n) => n.id)).toEqual(['so-noi-vu', 'so-tu-phap']);
    expect(strongest(near, 'so-noi-vu', 3)).toBe(near);
  });
});

describe('layout', () => {
  it('is deterministic for a seed, rounded, inside the box, with groups in their own strip', () => {
    const box = { x: 0, y: 40, width: 720, height: 440 };
    const a = layout(data, box, 7);
    expect(layout(data, box, 7)).toEqual(a);
    for (const p of a.pos.values()) {
      expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(720);
      expect(p.y).toBeGreaterThanOrEqual(40);
      expect(p.y).toBeLessThanOrEqual(480);
    }
    expect(a.pos.get('cac-so-ban-nganh')!.y).toBeGreaterThan(a.strip!.y);
    expect(a.pos.get('so-noi-vu')!.y).toBeLessThan(a.strip!.y);
    expect(a.pos.get('so-noi-vu')!.r).toBeGreaterThan(a.pos.get('van-phong-so')!.r);
  });
});

describe('networkSvg', () => {
  it('matches the golden files, and a different seed gives a different picture', () => {
    expectGolden('network.svg', networkSvg(data, options));
    expectGolden(
      'network-neighbourhood.svg',
      networkSvg(neighbourhood(data, 'so-tu-phap'), { ...options, id: 'nb', highlight: 'so-tu-phap' }),
    );
    expect(networkSvg(data, { ...options, seed: 8 })).not.toBe(networkSvg(data, options));
  });

  it('gives byte-identical output for the same input', () => {
    expect(networkSvg(networkData(tasks, units), options)).toBe(networkSvg(data, options));
  });

  it('makes every node a focusable link with a title, and colours by jurisdiction with a legend', () => {
    const out = networkSvg(data, { ...options, hrefOf: (id) => `/don-vi/${id}/` });
    expect(xmlProblems(out)).toEqual([]);
    expect([...out.matchAll(/<a class="net-node" href="([^"]+)"/g)].map((m) => m[1])).toEqual(
      data.nodes.map((n) => `/don-vi/${n.id}/`),
    );
    expect(out).toContain(
      '<title>Sở Tư pháp (Tỉnh Quảng Trị): chủ trì 3 nhiệm vụ, phối hợp 3, cùng làm với 2 đơn vị</title>',
    );
    expect(out).toContain('>Tỉnh Quảng Trị</text>');
    expect(out).toContain('>Sở Nội vụ</text>');
    expect(out).toMatch(/<a class="net-node"[^>]*data-unit="cac-so-ban-nganh" data-kind="group"/);
  });

  it("keeps a jurisdiction's colour when a subset is drawn", () => {
    const colourOf = (svg: string) => svg.match(/data-unit="so-tu-phap"[^]*?<circle r="\d+" fill="(#[0-9a-f]{6})"/)![1];
    const jurisdictions = units.map((u) => u.jurisdiction);
    const full = networkSvg(data, { ...options, jurisdictions });
    const part = networkSvg(neighbourhood(data, 'so-tu-phap'), { ...options, jurisdictions });
    expect(colourOf(part)).toBe(colourOf(full));
    const legend = (svg: string) => svg.match(/<g class="legend"[^]*?<\/g>/)![0];
    expect(legend(full)).toContain('>Sở Nội vụ</text>');
    expect(legend(part)).not.toContain('Sở Nội vụ');
  });

  it('marks the highlighted unit', () => {
    const out = networkSvg(data, { ...options, highlight: 'so-tt-tt' });
    expect(out.split('data-unit="so-tt-tt"')[1]!.split('</a>')[0]).toContain('stroke-width="2.5"');
  });
});

describe('placeLabels', () => {
  it('moves a name to the other side when it would cover a node, and never overlaps names', () => {
    const pos = new Map([
      ['a', { x: 100, y: 100, r: 10 }],
      ['b', { x: 160, y: 100, r: 5 }],
      ['c', { x: 160, y: 103, r: 1 }],
    ]);
    const labels = placeLabels(
      ['a', 'b', 'c'].map((id) => ({ id, text: 'Sở Nội vụ' })),
      pos,
      300,
      300,
    );
    expect(labels.get('a')).toMatchObject({ anchor: 'end', dx: -14 });
    expect(labels.get('b')).toMatchObject({ anchor: 'start', dx: 9 });
    // Every side of c is taken by a's node, b's node or b's name: its name is left to the tooltip.
    expect(labels.has('c')).toBe(false);
  });

  it('keeps names inside the drawing, or leaves them to the tooltip', () => {
    const at = (x: number) => new Map([['a', { x, y: 50, r: 5 }]]);
    expect(placeLabels([{ id: 'a', text: 'Phòng Cải cách hành chính' }], at(290), 300, 100).get('a')?.anchor).toBe(
      'end',
    );
    expect(placeLabels([{ id: 'a', text: 'Phòng Cải cách hành chính' }], at(60), 120, 100).has('a')).toBe(false);
  });
});
