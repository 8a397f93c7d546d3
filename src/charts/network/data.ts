/**
 * Who works with whom: units are nodes, an edge joins a lead to each unit
 * coordinating with it, weighted by the number of tasks they share. Pairs
 * come from the task's own lead/coordinate and from each activity's, counted
 * once per task.
 */
import type { Task } from '../../schema/task';
import type { Unit, UnitKind } from '../../schema/unit';

export interface NetNode {
  id: string;
  name: string;
  jurisdiction: string;
  kind: UnitKind;
  url: string;
  /** Tasks this unit leads (node size). */
  led: number;
  coordinated: number;
  plans: string[];
  areas: string[];
  /** "plan|area" pairs the unit appears in, for the client's combined filter. */
  scope: string[];
}

export interface NetEdge {
  /** Lead unit id. */
  source: string;
  /** Coordinating unit id. */
  target: string;
  /** Tasks shared. */
  weight: number;
  tasks: string[];
  plans: string[];
  areas: string[];
  scope: string[];
}

export interface NetworkData {
  nodes: NetNode[];
  edges: NetEdge[];
}

export interface NetworkFilter {
  plan?: string;
  area?: string;
  /** Collective groups ("Các sở, ban, ngành…") are not one office; default true. */
  includeGroups?: boolean;
}

/**
 * Computed once per build for each (tasks, units, filter): every unit page
 * asks for the whole network (to count its partners and draw its
 * neighbourhood), and recomputing it there made the build quadratic. The memo
 * is keyed on the identity of the two arrays, which site() loads once per
 * build; the result is frozen, since every caller shares it. Callers must not
 * mutate the arrays they pass in afterwards.
 */
const memo = new WeakMap<readonly Task[], WeakMap<readonly Unit[], Map<string, NetworkData>>>();

export function networkData(tasks: readonly Task[], units: readonly Unit[], filter: NetworkFilter = {}): NetworkData {
  let byUnits = memo.get(tasks);
  if (!byUnits) memo.set(tasks, (byUnits = new WeakMap()));
  let byFilter = byUnits.get(units);
  if (!byFilter) byUnits.set(units, (byFilter = new Map()));
  // Only what changes the result: `{}` and `{ includeGroups: true }` are the same network.
  const key = `${filter.plan ?? ''}\u0000${filter.area ?? ''}\u0000${filter.includeGroups !== false}`;
  let data = byFilter.get(key);
  if (!data) byFilter.set(key, (data = freeze(compute(tasks, units, filter))));
  return data;
}

function compute(tasks: readonly Task[], units: readonly Unit[], filter: NetworkFilter): NetworkData {
  const unitById = new Map(units.map((u) => [u.id, u]));
  const keep = (id: string) => filter.includeGroups !== false || unitById.get(id)?.kind !== 'group';
  const nodes = new Map<string, Acc<NetNode>>();
  const edges = new Map<string, Acc<NetEdge>>();
  const node = (id: string) => {
    let n = nodes.get(id);
    if (!n) {
      const u = unitById.get(id);
      n = acc({
        id,
        name: u?.name ?? id,
        jurisdiction: u?.jurisdiction ?? '',
        kind: u?.kind ?? 'office',
        url: u?.url ?? '',
        led: 0,
        coordinated: 0,
        plans: [],
        areas: [],
        scope: [],
      });
      nodes.set(id, n);
    }
    return n;
  };

  for (const task of tasks) {
    if ((filter.plan && task.plan !== filter.plan) || (filter.area && task.area !== filter.area)) continue;
    const scope = `${task.plan}|${task.area}`;
    const groups = [task, ...task.activities].map((a) => ({
      lead: a.lead.filter(keep),
      coordinate: a.coordinate.filter(keep),
    }));
    const leads = new Set(groups.flatMap((g) => g.lead));
    const coords = new Set(groups.flatMap((g) => g.coordinate).filter((id) => !leads.has(id)));
    for (const id of leads) tag(node(id), task, scope).item.led++;
    for (const id of coords) tag(node(id), task, scope).item.coordinated++;
    const pairs = new Set(
      groups.flatMap((g) => g.lead.flatMap((l) => g.coordinate.filter((c) => c !== l).map((c) => `${l}\u0000${c}`))),
    );
    for (const key of pairs) {
      let e = edges.get(key);
      if (!e) {
        const [source, target] = key.split('\u0000') as [string, string];
        edges.set(key, (e = acc({ source, target, weight: 0, tasks: [], plans: [], areas: [], scope: [] })));
      }
      e.item.weight++;
      e.item.tasks.push(task.id);
      tag(e, task, scope);
    }
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const edgeList = [...edges].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e.item);
  return {
    nodes: [...nodes.values()].map((n) => n.item).sort(byId),
    edges: edgeList,
  };
}

/** A node or edge being built, with sets beside its lists so adding a value once is O(1). */
interface Acc<T> {
  item: T;
  plans: Set<string>;
  areas: Set<string>;
  scope: Set<string>;
}

function acc<T>(item: T): Acc<T> {
  return { item, plans: new Set(), areas: new Set(), scope: new Set() };
}

function tag<T extends { plans: string[]; areas: string[]; scope: string[] }>(
  a: Acc<T>,
  task: Task,
  scope: string,
): Acc<T> {
  addOnce(a.plans, a.item.plans, task.plan);
  addOnce(a.areas, a.item.areas, task.area);
  addOnce(a.scope, a.item.scope, scope);
  return a;
}

function addOnce(seen: Set<string>, list: string[], value: string): void {
  if (!seen.has(value)) {
    seen.add(value);
    list.push(value);
  }
}

function freeze(data: NetworkData): NetworkData {
  for (const n of data.nodes)
    (Object.freeze(n.plans), Object.freeze(n.areas), Object.freeze(n.scope), Object.freeze(n));
  for (const e of data.edges)
    (Object.freeze(e.tasks), Object.freeze(e.plans), Object.freeze(e.areas), Object.freeze(e.scope), Object.freeze(e));
  Object.freeze(data.nodes);
  Object.freeze(data.edges);
  return Object.freeze(data);
}

/** Edges by the units at either end, in the network's order: built once per network. */
const edgesByUnit = new WeakMap<NetworkData, Map<string, NetEdge[]>>();

function edgesOf(data: NetworkData, unitId: string): NetEdge[] {
  let index = edgesByUnit.get(data);
  if (!index) {
    index = new Map();
    const add = (id: string, e: NetEdge) => {
      const list = index!.get(id);
      if (list) list.push(e);
      else index!.set(id, [e]);
    };
    for (const e of data.edges) {
      add(e.source, e);
      if (e.target !== e.source) add(e.target, e);
    }
    edgesByUnit.set(data, index);
  }
  return index.get(unitId) ?? [];
}

/** A unit, the units it works with (either direction), and the edges between it and them. */
export function neighbourhood(data: NetworkData, unitId: string): NetworkData {
  const edges = [...edgesOf(data, unitId)];
  const ids = new Set([unitId, ...edges.flatMap((e) => [e.source, e.target])]);
  return { nodes: data.nodes.filter((n) => ids.has(n.id)), edges };
}

/** Units linked to `unitId`, heaviest first: for the list view and highlighting. */
export interface Partner {
  id: string;
  /** What the partner does for `unitId`'s tasks, or `unitId` for theirs. */
  role: 'coordinates' | 'leads';
  weight: number;
}

export function partners(data: NetworkData, unitId: string): Partner[] {
  const out: Partner[] = [];
  for (const e of data.edges) {
    if (e.source === unitId) out.push({ id: e.target, role: 'coordinates', weight: e.weight });
    else if (e.target === unitId) out.push({ id: e.source, role: 'leads', weight: e.weight });
  }
  return out.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
}

/**
 * At most `limit` partners of `unitId` in its neighbourhood: those it shares
 * most tasks with (both directions summed; ties by id), and only the edges
 * between it and them. A busy unit works with hundreds of others at a
 * national size; a chart of all of them is neither legible on a phone nor
 * small, so the chart draws these and the list beside it keeps every edge.
 */
export function strongest(near: NetworkData, unitId: string, limit: number): NetworkData {
  const shared = new Map<string, number>();
  for (const e of near.edges) {
    const other = e.source === unitId ? e.target : e.source;
    shared.set(other, (shared.get(other) ?? 0) + e.weight);
  }
  if (shared.size <= limit) return near;
  const kept = new Set(
    [...shared]
      .sort(([a, wa], [b, wb]) => wb - wa || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, limit)
      .map(([id]) => id),
  );
  kept.add(unitId);
  return {
    nodes: near.nodes.filter((n) => kept.has(n.id)),
    edges: near.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
  };
}
