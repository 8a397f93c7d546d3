// The record's schema type (the same as the collection's): data.ts imports this module.
import type { Task } from '../../schema/task';

/** Every unit a task names, to lead or to support, the task itself or any of its activities. */
export function unitsOf(task: Task): Set<string> {
  return new Set([task, ...task.activities].flatMap((a) => [...a.lead, ...a.coordinate]));
}

/** Tasks a unit leads: named as lead of the task or of any of its activities. */
export function leads(task: Task, unit: string): boolean {
  return task.lead.includes(unit) || task.activities.some((a) => a.lead.includes(unit));
}

/** Tasks a unit supports (phối hợp) without leading them. */
export function supports(task: Task, unit: string): boolean {
  return (
    !leads(task, unit) && (task.coordinate.includes(unit) || task.activities.some((a) => a.coordinate.includes(unit)))
  );
}

/** How many of `tasks` the unit leads, and how many it supports without leading. */
export function roleCounts(tasks: readonly Task[], unit: string): { led: number; supported: number } {
  let led = 0;
  let supported = 0;
  for (const t of tasks) {
    if (leads(t, unit)) led++;
    else if (supports(t, unit)) supported++;
  }
  return { led, supported };
}
