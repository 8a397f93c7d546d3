/**
 * The audit's view of a task: each checked field as one line of text a
 * person can compare with the source, the fields worth checking in a plan,
 * and a seeded random sample so that an audit can be drawn again.
 */
import { TASK_FIELDS, type Task, type TaskField } from '../../src/schema';

const ITEM = ' | ';

/** Per activity when the task has activities (pairing is part of what is checked), else the task's own. */
function perActivity(t: Task, own: string, each: (a: Task['activities'][number]) => string): string {
  if (!t.activities.length) return own;
  const items = t.activities.map(each);
  return items.some(Boolean) ? items.join(ITEM) : own;
}

/** One field of a task as printed for the audit and stored in a verdict. */
export function fieldValue(t: Task, field: TaskField, unitName: (id: string) => string): string {
  const names = (ids: string[]) => ids.map(unitName).join('; ');
  switch (field) {
    case 'title':
    case 'objective':
    case 'budget':
    case 'note':
      return t[field];
    case 'activities':
      return t.activities.map((a) => (a.task ? `[${a.task}] ${a.text}` : a.text)).join(ITEM);
    case 'outputs':
      return [
        ...(t.outputs.length ? [t.outputs.join('; ')] : []),
        ...(t.activities.some((a) => a.outputs.length)
          ? [t.activities.map((a) => a.outputs.join('; ')).join(ITEM)]
          : []),
      ].join(ITEM);
    case 'lead':
      return perActivity(t, names(t.lead), (a) => names(a.lead));
    case 'coordinate':
      return perActivity(t, names(t.coordinate), (a) => names(a.coordinate));
    case 'time':
      return perActivity(t, t.time?.raw ?? '', (a) => a.time?.raw ?? '');
  }
}

/** The fields a plan fills for at least one task: its columns, so to speak. */
export function auditedFields(planTasks: readonly Task[], unitName: (id: string) => string): TaskField[] {
  return TASK_FIELDS.filter((f) => planTasks.some((t) => fieldValue(t, f, unitName) !== ''));
}

/** mulberry32: small, seedable, the same sequence on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` tasks drawn without replacement, in a order fixed by `seed` (tasks taken in id order first). */
export function sampleTasks(tasks: readonly Task[], n: number, seed: number): Task[] {
  const pool = [...tasks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const next = random(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, Math.min(n, pool.length));
}
