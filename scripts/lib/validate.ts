/** Every record is checked against the one schema module before anything is written. */
import { planSchema, taskSchema, targetSchema, unitSchema, formatIssues } from '../../src/schema';
import type { Plan, Target, Task, Unit } from '../../src/schema';
import type { z } from 'zod';

export interface Records {
  plans: Plan[];
  tasks: Task[];
  units: Unit[];
  targets: Target[];
}

export function validateAll(corpus: Records): string[] {
  // One schema instance per kind: a zod schema is costly to build (~200 KB of
  // heap each), and building one per record ran 20 000 tasks out of memory.
  const check = <T>(schema: z.ZodType, records: T[], where: (r: T) => [file: string, line?: number]) =>
    records.flatMap((record) => {
      const result = schema.safeParse(record);
      if (result.success) return [];
      const [file, line] = where(record);
      return formatIssues(file, result.error, () => line);
    });
  return [
    ...check(planSchema(), corpus.plans, (r) => [r.sourceFile]),
    ...check(taskSchema(), corpus.tasks, (r) => [r.source.file, r.source.lines[0]]),
    ...check(targetSchema(), corpus.targets, (r) => [r.source.file, r.source.lines[0]]),
    ...check(unitSchema(), corpus.units, () => ['content/units.yaml']),
  ];
}
