/**
 * The words a page shows, rebuilt from its data, as input to searchExtras():
 * the extras must cover every "đ" word and every abbreviation a reader sees
 * on the page, without parsing the rendered HTML.
 */
import type { Plan } from '../../schema/plan';
import type { Target } from '../../schema/target';
import type { Task } from '../../schema/task';
import type { Unit } from '../../schema/unit';

const join = (parts: readonly (string | undefined | null)[]): string => parts.filter(Boolean).join('\n');

/**
 * A task page: its cells, units (as named and as resolved) and time. Not the
 * plan's title, which the page also shows: its abbreviations (PAPI, PCI, …)
 * would be expanded on every task of the plan, and the plan page is the
 * better answer to a search for them.
 */
export function taskText(task: Task, unitName: (id: string) => string | undefined): string {
  const ids = [...task.lead, ...task.coordinate, ...task.activities.flatMap((a) => [...a.lead, ...a.coordinate])];
  return join([
    `Nhiệm vụ số ${task.number}`,
    task.areaLabel,
    task.title,
    task.objective,
    ...task.activities.flatMap((a) => [
      a.task,
      a.text,
      ...a.outputs,
      a.leadRaw,
      a.coordinateRaw,
      a.time?.raw,
      ...a.unitNotes.map((n) => n.note),
    ]),
    task.leadRaw,
    task.coordinateRaw,
    ...[...new Set(ids)].map(unitName),
    task.time?.raw,
    task.budget,
    task.note,
  ]);
}

/** A unit page: its names, its duties, the tasks it leads or supports. */
export function unitText(unit: Unit, tasks: readonly Task[]): string {
  return join([
    unit.name,
    ...unit.aliases,
    unit.jurisdiction,
    ...unit.duties.map((d) => d.text),
    ...tasks.map((t) => t.title || t.objective),
  ]);
}

/** A plan page: header facts, areas with their statements, tasks and targets. */
export function planText(plan: Plan, tasks: readonly Task[], targets: readonly Target[]): string {
  return join([
    plan.title,
    plan.issuer,
    plan.jurisdiction,
    plan.documentNumber,
    plan.appendix,
    ...plan.areas.flatMap((a) => [a.label, ...a.statements.flatMap((s) => [s.text, ...s.children])]),
    ...tasks.map((t) => t.title || t.objective),
    ...targets.map((t) => t.text),
  ]);
}

/** An area page: its name and the tasks and targets of every plan in it. */
export function areaText(name: string, tasks: readonly Task[], targets: readonly Target[]): string {
  return join([name, ...tasks.flatMap((t) => [t.areaLabel, t.title || t.objective]), ...targets.map((t) => t.text)]);
}

export function targetsText(targets: readonly Target[]): string {
  return join(targets.flatMap((t) => [t.text, t.deadlineRaw]));
}
