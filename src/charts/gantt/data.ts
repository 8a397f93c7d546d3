/**
 * Tasks → Gantt rows. One row per task, grouped by reform area; the marks
 * come from the task's time, or from its activities' times when the task
 * itself has none. Anything without a drawable date goes to `undated`.
 */
import { areaByKey } from '../../schema/area';
import type { Plan } from '../../schema/plan';
import type { Task } from '../../schema/task';
import type { Unit } from '../../schema/unit';
import { maxIso, minIso, yearsOf, yearsSpan, type Span } from '../../lib/time/dates';
import { marksOf, type Mark } from '../../lib/time/marks';
import { plain } from '../../text/plain';
import { formatTime } from '../../lib/time/format';

/** What a row and a "not drawn" item both say of their task. */
interface GanttTask {
  taskId: string;
  plan: string;
  planTitle: string;
  area: string;
  areaLabel: string;
  number: string;
  title: string;
  url: string;
  leadNames: string;
  /** Unit ids: lead first, then coordinating (for filters). */
  units: string[];
}

export interface GanttRow extends GanttTask {
  /** Lead unit ids, the task's and its activities'. */
  lead: string[];
  /** The time as written in the source. */
  raw: string;
  /** What we understood of it, in words (src/lib/time/format.ts). */
  understood: string;
  marks: Mark[];
  /** Calendar years the marks touch (for the year filter). */
  years: number[];
}

export interface UndatedItem extends GanttTask {
  /** Raw text of the time (or the part of it) we could not place; '' when none was written. */
  raw: string;
  /** Why it is not drawn ("Có điều kiện", "Chưa rõ"). */
  understood: string;
}

export interface GanttData {
  rows: GanttRow[];
  undated: UndatedItem[];
  /** Union of the plans' periods and every drawn mark. */
  period: Span;
}

export function ganttData(tasks: readonly Task[], plans: readonly Plan[], units: readonly Unit[]): GanttData {
  const planById = new Map(plans.map((p, i) => [p.id, { plan: p, order: i }]));
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const sorted = [...tasks].sort((a, b) => areaOrder(a.area) - areaOrder(b.area) || planOrder(a) - planOrder(b));
  function planOrder(t: Task): number {
    return planById.get(t.plan)?.order ?? plans.length;
  }

  const rows: GanttRow[] = [];
  const undated: UndatedItem[] = [];
  let period: Span | undefined;
  const widen = (s: Span) =>
    (period = period ? { from: minIso(period.from, s.from), to: maxIso(period.to, s.to) } : { ...s });
  // A task whose plan is not given still needs finite bounds for "hàng năm".
  for (const p of plans) widen(yearsSpan(p.period));
  const fallback: Span = period ?? { from: '2021-01-01', to: '2030-12-31' };

  for (const task of sorted) {
    const plan = planById.get(task.plan)?.plan;
    const span = plan ? yearsSpan(plan.period) : undefined;
    const lead = unique([...task.lead, ...task.activities.flatMap((a) => a.lead)]);
    const involved = unique([...lead, ...task.coordinate, ...task.activities.flatMap((a) => a.coordinate)]);
    const base: GanttTask = {
      taskId: task.id,
      plan: task.plan,
      planTitle: plan?.title ?? task.plan,
      area: task.area,
      areaLabel: areaByKey(task.area)?.name ?? plain(task.areaLabel),
      number: task.number,
      title: plain(task.title),
      url: task.url,
      leadNames: lead.map((id) => nameOf.get(id) ?? id).join('; ') || plain(task.leadRaw),
      units: involved,
    };
    const times = task.time ? [task.time] : task.activities.flatMap((a) => (a.time ? [a.time] : []));
    if (times.length === 0) {
      undated.push({ ...base, raw: '', understood: 'Không ghi thời gian' });
      continue;
    }
    const marks: Mark[] = [];
    for (const time of times) {
      const m = marksOf(time, span ?? fallback);
      marks.push(...m.marks);
      for (const part of m.undated) undated.push({ ...base, raw: part.raw, understood: formatTime(part) });
    }
    if (marks.length === 0) continue;
    for (const m of marks) widen(m);
    rows.push({
      ...base,
      lead,
      raw: times.map((t) => t.raw).join(' · '),
      understood: times.map(formatTime).join(' · '),
      marks,
      years: unique(marks.flatMap((m) => yearsOf(m))).sort((a, b) => a - b),
    });
  }
  return { rows, undated, period: period ?? fallback };
}

function areaOrder(key: string): number {
  return areaByKey(key)?.order ?? 99;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
