/**
 * Units through time: validity intervals derived from the events of
 * content/unit-events.yaml, and "who carries this today" by following the
 * events forward. Pure: the build script checks the file with
 * `timelineProblems`, the pages ask `currentOf` and `predecessorsOf`.
 */
import { endingTypes, type BasisRef, type LegalBasis, type UnitEventRecord } from '../../schema/unit-event';

export interface Timeline {
  events: UnitEventRecord[];
  /** The events of a unit, in date order. */
  eventsOf: Map<string, UnitEventRecord[]>;
  /** The event after which a unit no longer exists under its name. */
  endOf: Map<string, UnitEventRecord>;
  /** First day of a unit the reorganisation created. */
  startOf: Map<string, string>;
  /** Direct predecessors: units whose ending event names this one. */
  predecessors: Map<string, { unit: string; event: UnitEventRecord; scope?: string }[]>;
  bases: Map<string, LegalBasis>;
}

export interface Step {
  /** The unit reached. */
  unit: string;
  /** Units passed on the way, from the first one (exclusive) to `unit` (inclusive). */
  via: { unit: string; event: UnitEventRecord; scope?: string }[];
}

/** ISO date of the day before (validity ends the day before an event takes effect). */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The date a plan speaks for: its signature date, else the first day of its period. */
export const planDate = (meta: { issuedOn?: string; period: { from: number } }) =>
  meta.issuedOn ?? `${meta.period.from}-01-01`;

export const basisId = (ref: BasisRef) => (typeof ref === 'string' ? ref : ref.ref);

export function createTimeline(
  events: readonly UnitEventRecord[],
  bases: readonly LegalBasis[],
  starts: readonly { id: string; validFrom?: string }[] = [],
): Timeline {
  const sorted = [...events].sort((a, b) => (a.effective ?? '').localeCompare(b.effective ?? ''));
  const eventsOf = new Map<string, UnitEventRecord[]>();
  const endOf = new Map<string, UnitEventRecord>();
  const predecessors: Timeline['predecessors'] = new Map();
  for (const e of sorted) {
    eventsOf.set(e.unit, [...(eventsOf.get(e.unit) ?? []), e]);
    if (!endingTypes.has(e.type)) continue;
    if (!endOf.has(e.unit)) endOf.set(e.unit, e);
    for (const s of e.successors)
      predecessors.set(s.unit, [...(predecessors.get(s.unit) ?? []), { unit: e.unit, event: e, scope: s.scope }]);
  }
  const startOf = new Map<string, string>();
  for (const u of starts) if (u.validFrom) startOf.set(u.id, u.validFrom);
  return { events: sorted, eventsOf, endOf, startOf, predecessors, bases: new Map(bases.map((b) => [b.id, b])) };
}

/** Last day of a unit that has ended, or undefined while it exists. */
export function validTo(t: Timeline, unit: string): string | undefined {
  const end = t.endOf.get(unit)?.effective;
  return end ? dayBefore(end) : undefined;
}

export function isValidOn(t: Timeline, unit: string, date: string): boolean {
  const from = t.startOf.get(unit);
  const end = t.endOf.get(unit)?.effective;
  return (from === undefined || from <= date) && (end === undefined || date < end);
}

/**
 * The units that carry `unit`'s work on `date`, following every ending event
 * in force by then (a rename then a merger is two hops). A unit dissolved
 * with no known successor yields nothing past it: the caller says "chưa xác định".
 */
export function currentOf(t: Timeline, unit: string, date: string): Step[] {
  const out = new Map<string, Step>();
  const walk = (id: string, via: Step['via'], seen: Set<string>) => {
    const end = t.endOf.get(id);
    if (!end?.effective || end.effective > date) {
      if (!out.has(id)) out.set(id, { unit: id, via });
      return;
    }
    for (const s of end.successors) {
      // The file is checked for cycles; this guard only keeps a bad one from looping.
      if (seen.has(s.unit)) continue;
      walk(s.unit, [...via, { unit: s.unit, event: end, scope: s.scope }], new Set([...seen, s.unit]));
    }
  };
  walk(unit, [], new Set([unit]));
  return [...out.values()];
}

/**
 * Tasks with their units replaced by those that carry them on `date`, for
 * charts "per current unit" (the network of today). The printed names and
 * the records themselves are untouched: these are copies.
 */
export function tasksAsOf<
  T extends { lead: string[]; coordinate: string[]; activities: A[] },
  A extends { lead: string[]; coordinate: string[] },
>(t: Timeline, tasks: readonly T[], date: string): T[] {
  const memo = new Map<string, string[]>();
  const now = (id: string) => {
    let ids = memo.get(id);
    if (!ids) {
      const steps = currentOf(t, id, date).map((s) => s.unit);
      memo.set(id, (ids = steps.length ? steps : [id]));
    }
    return ids;
  };
  const map = (ids: string[]) => [...new Set(ids.flatMap(now))];
  return tasks.map((task) => ({
    ...task,
    lead: map(task.lead),
    coordinate: map(task.coordinate),
    activities: task.activities.map((a) => ({ ...a, lead: map(a.lead), coordinate: map(a.coordinate) })),
  }));
}

/** Every unit whose work passed to `unit`, nearest first, with the events on the way. */
export function predecessorsOf(t: Timeline, unit: string): Step[] {
  const out: Step[] = [];
  const seen = new Set([unit]);
  let frontier: Step[] = [{ unit, via: [] }];
  while (frontier.length) {
    const next: Step[] = [];
    for (const step of frontier)
      for (const p of t.predecessors.get(step.unit) ?? []) {
        if (seen.has(p.unit)) continue;
        seen.add(p.unit);
        const found = { unit: p.unit, via: [{ unit: step.unit, event: p.event, scope: p.scope }, ...step.via] };
        out.push(found);
        next.push(found);
      }
    frontier = next;
  }
  return out;
}

export interface Problem {
  /** Path into the YAML document, for the line number. */
  path: (string | number)[];
  message: string;
}

/**
 * Cross-entry rules of the events file: known bases, units and successors,
 * one end per unit, no event before a unit exists, no cycle.
 * `firstSeen` gives the earliest plan date that names a unit, when known.
 */
export function timelineProblems(
  events: readonly UnitEventRecord[],
  bases: readonly LegalBasis[],
  units: ReadonlySet<string>,
  starts: readonly { id: string; validFrom?: string }[],
  firstSeen: ReadonlyMap<string, string> = new Map(),
): Problem[] {
  const problems: Problem[] = [];
  const baseIds = new Set(bases.map((b) => b.id));
  const start = new Map(starts.flatMap((u) => (u.validFrom ? [[u.id, u.validFrom] as const] : [])));
  const ended = new Map<string, number>();
  events.forEach((e, i) => {
    const at = (...p: (string | number)[]) => ['events', i, ...p];
    if (!units.has(e.unit)) problems.push({ path: at('unit'), message: `unknown unit "${e.unit}"` });
    e.basis.forEach((b, j) => {
      if (!baseIds.has(basisId(b)))
        problems.push({ path: at('basis', j), message: `unknown legal basis "${basisId(b)}" (not in bases:)` });
    });
    e.successors.forEach((s, j) => {
      if (!units.has(s.unit))
        problems.push({ path: at('successors', j, 'unit'), message: `successor "${s.unit}" is not a known unit` });
      if (s.unit === e.unit)
        problems.push({ path: at('successors', j, 'unit'), message: `"${e.unit}" cannot succeed itself` });
    });
    const from = start.get(e.unit);
    const seen = firstSeen.get(e.unit);
    if (e.effective && from && e.effective < from)
      problems.push({ path: at('effective'), message: `${e.effective} is before "${e.unit}" exists (${from})` });
    // A unit that ends before any plan names it: the event is dated wrong or names the wrong unit.
    else if (e.effective && seen && e.effective < seen && endingTypes.has(e.type))
      problems.push({
        path: at('effective'),
        message: `${e.effective} is before "${e.unit}" first appears in a plan (${seen})`,
      });
    if (endingTypes.has(e.type)) {
      if (ended.has(e.unit))
        problems.push({ path: at('unit'), message: `"${e.unit}" already ended (event ${ended.get(e.unit)! + 1})` });
      else ended.set(e.unit, i);
    }
  });
  problems.push(...cycles(events));
  return problems;
}

/** A successor chain that comes back to where it started, reported at the event that closes it. */
function cycles(events: readonly UnitEventRecord[]): Problem[] {
  const edges = new Map<string, { to: string; index: number }[]>();
  events.forEach((e, index) => {
    for (const s of e.successors) edges.set(e.unit, [...(edges.get(e.unit) ?? []), { to: s.unit, index }]);
  });
  const state = new Map<string, 'open' | 'done'>();
  const problems: Problem[] = [];
  const visit = (unit: string, path: string[]) => {
    state.set(unit, 'open');
    for (const { to, index } of edges.get(unit) ?? []) {
      if (state.get(to) === 'open') {
        const open = [...path, unit];
        const loop = [...open.slice(open.indexOf(to)), to];
        problems.push({ path: ['events', index, 'successors'], message: `cycle: ${loop.join(' → ')}` });
      } else if (!state.has(to)) visit(to, [...path, unit]);
    }
    state.set(unit, 'done');
  };
  for (const unit of edges.keys()) if (!state.has(unit)) visit(unit, []);
  return problems;
}
