import { getCollection, type CollectionEntry } from 'astro:content';
import { compareNumbers } from '../../text/collator';
import { relatedAll, type Related } from '../search/related';
import { AREAS, OTHER_AREA, type Area } from '../../schema/area';
import { jurisdictionRank } from '../units/jurisdiction';
import { unitsOf } from '../units/roles';
import { groupBy } from './group';
import { createTimeline, planDate, tasksAsOf, type Timeline } from '../units/timeline';
import { buildDate } from '../time/build-date';

export type PlanEntry = CollectionEntry<'plans'>;
export type Plan = PlanEntry['data'];
export type Task = CollectionEntry<'tasks'>['data'];
export type Unit = CollectionEntry<'units'>['data'];
export type Target = CollectionEntry<'targets'>['data'];
export type Diagnostic = CollectionEntry<'quality'>['data'];

export interface Site {
  plans: Plan[];
  planById: Map<string, Plan>;
  tasks: Task[];
  taskById: Map<string, Task>;
  tasksByPlan: Map<string, Task[]>;
  /** Tasks a unit leads or coordinates (itself or in an activity), in the order of `tasks`. */
  tasksByUnit: Map<string, Task[]>;
  units: Unit[];
  unitById: Map<string, Unit>;
  targets: Target[];
  targetsByPlan: Map<string, Target[]>;
  quality: Diagnostic[];
  related: Map<string, Related<Task & { text: string }>[]>;
  /** The 2025 reorganisation: events, legal bases, validity of units. */
  timeline: Timeline;
  /** "Today" of this build (SOURCE_DATE_EPOCH when set). */
  today: string;
  /** Copies of `tasks` with each unit replaced by the one(s) carrying it today: for charts per current unit. */
  tasksToday: Task[];
  /** Latest date of a plan that names the unit (lead or coordinate). */
  lastNamed: Map<string, string>;
  /** Areas that occur in at least one plan, in the national programme's order. */
  areas: Area[];
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const plans = (await getCollection('plans'))
    .map((e) => e.data)
    // Province first, then its offices and departments, then districts; newest first within a level.
    .sort(
      (a, b) =>
        jurisdictionRank(a.jurisdiction) - jurisdictionRank(b.jurisdiction) ||
        b.period.to - a.period.to ||
        a.id.localeCompare(b.id),
    );
  const order = new Map(plans.map((p, i) => [p.id, i]));
  const tasks = (await getCollection('tasks'))
    .map((e) => e.data)
    .sort((a, b) => (order.get(a.plan) ?? 0) - (order.get(b.plan) ?? 0) || compareNumbers(a.number, b.number));
  const units = (await getCollection('units')).map((e) => e.data);
  const targets = (await getCollection('targets')).map((e) => e.data);
  const quality = (await getCollection('quality')).map((e) => e.data);
  const events = (await getCollection('unitEvents')).map((e) => e.data);
  const bases = (await getCollection('legalBases')).map((e) => e.data);
  const timeline = createTimeline(
    events,
    bases,
    units.map((u) => ({ id: u.id, validFrom: u.validFrom })),
  );
  const tasksByPlan = new Map<string, Task[]>(plans.map((p) => [p.id, []]));
  for (const t of tasks) tasksByPlan.get(t.plan)?.push(t);
  const taskById = new Map<string, Task>();
  for (const t of tasks) if (!taskById.has(t.id)) taskById.set(t.id, t);
  const tasksByUnit = new Map<string, Task[]>();
  for (const t of tasks) {
    for (const id of unitsOf(t)) {
      const list = tasksByUnit.get(id);
      if (list) list.push(t);
      else tasksByUnit.set(id, [t]);
    }
  }
  const dateOf = new Map(plans.map((p) => [p.id, planDate(p)]));
  const lastNamed = new Map<string, string>();
  for (const [unit, list] of tasksByUnit)
    for (const t of list) {
      const d = dateOf.get(t.plan)!;
      if (!(lastNamed.get(unit)! >= d)) lastNamed.set(unit, d);
    }
  for (const u of units)
    for (const duty of u.duties) {
      const d = dateOf.get(duty.plan)!;
      if (!(lastNamed.get(u.id)! >= d)) lastNamed.set(u.id, d);
    }
  const comparable = tasks.map((t) => ({
    ...t,
    text: [t.title, t.objective, ...t.activities.map((a) => a.text)].join(' '),
  }));
  const used = new Set([
    ...tasks.map((t) => t.area),
    ...plans.flatMap((p) => p.areas.map((a) => a.key)),
    ...targets.map((t) => t.area),
  ]);
  return {
    plans,
    planById: new Map(plans.map((p) => [p.id, p])),
    tasks,
    taskById,
    tasksByPlan,
    tasksByUnit,
    units,
    unitById: new Map(units.map((u) => [u.id, u])),
    targets,
    targetsByPlan: groupBy(targets, (t) => t.plan),
    quality,
    related: relatedAll(comparable),
    timeline,
    today: buildDate(),
    tasksToday: tasksAsOf(timeline, tasks, buildDate()),
    lastNamed,
    areas: [...AREAS, OTHER_AREA].filter((a) => used.has(a.key)),
  };
}

/** All collections, loaded and indexed once per build. */
export function site(): Promise<Site> {
  cached ??= load();
  return cached;
}
