/**
 * Who works with whom: units are nodes, an edge joins a lead to each unit
 * coordinating with it, weighted by the number of tasks they share. Pairs
 * come from the task's own lead/coordinate and from each activity's, counted
 * once per task.
 */
import type { Task } from '../schema/task';
import type { Unit, UnitKind } from '../schema/unit';

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

export function networkData(tasks: readonly Task[], units: readonly Unit[], filter: NetworkFilter = {}): NetworkData {
  const unitById = new Map(units.map((u) => [u.id, u]));
  const keep = (id: string) => filter.includeGroups !== false || unitById.get(id)?.kind !== 'group';
  const nodes = new Map<string, NetNode>();
  const edges = new Map<string, NetEdge>();
  const node = (id: string) => {
    let n = nodes.get(id);
    if (!n) {
      const u = unitById.get(id);
      n = { id, name: u?.name ?? id, jurisdiction: u?.jurisdiction ?? '', kind: u?.kind ?? 'office', url: u?.url ?? '', led: 0, coordinated: 0, plans: [], areas: [], scope: [] };
      nodes.set(id, n);
    }
    return n;
  };

  for (const task of tasks) {
    if ((filter.plan && task.plan !== filter.plan) || (filter.area && task.area !== filter.area)) continue;
    const groups = [task, ...task.activities].map((a) => ({ lead: a.lead.filter(keep), coordinate: a.coordinate.filter(keep) }));
    const leads = new Set(groups.flatMap((g) => g.lead));
    const coords = new Set(groups.flatMap((g) => g.coordinate).filter((id) => !leads.has(id)));
    for (const id of leads) tag(node(id), task).led++;
    for (const id of coords) tag(node(id), task).coordinated++;
    const pairs = new Set(groups.flatMap((g) => g.lead.flatMap((l) => g.coordinate.filter((c) => c !== l).map((c) => `${l}\u0000${c}`))));
    for (const key of pairs) {
      const [source, target] = key.split('\u0000') as [string, string];
      let e = edges.get(key);
      if (!e) edges.set(key, (e = { source, target, weight: 0, tasks: [], plans: [], areas: [], scope: [] }));
      e.weight++;
      e.tasks.push(task.id);
      addOnce(e.plans, task.plan);
      addOnce(e.areas, task.area);
      addOnce(e.scope, `${task.plan}|${task.area}`);
    }
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const edgeKey = (e: NetEdge) => `${e.source}\u0000${e.target}`;
  return {
    nodes: [...nodes.values()].sort(byId),
    edges: [...edges.values()].sort((a, b) => (edgeKey(a) < edgeKey(b) ? -1 : edgeKey(a) > edgeKey(b) ? 1 : 0)),
  };
}

function tag(n: NetNode, task: Task): NetNode {
  addOnce(n.plans, task.plan);
  addOnce(n.areas, task.area);
  addOnce(n.scope, `${task.plan}|${task.area}`);
  return n;
}

function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** A unit, the units it works with (either direction), and the edges between it and them. */
export function neighbourhood(data: NetworkData, unitId: string): NetworkData {
  const edges = data.edges.filter((e) => e.source === unitId || e.target === unitId);
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
