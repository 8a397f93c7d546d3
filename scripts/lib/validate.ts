/** Every record is checked against the one schema module before anything is written. */
import { planSchema, taskSchema, targetSchema, unitSchema, formatIssues } from '../../src/schema';
import type { Corpus } from './pipeline';

export function validateAll(corpus: Pick<Corpus, 'plans' | 'tasks' | 'units' | 'targets'>): string[] {
  const checks = [
    ...corpus.plans.map((r) => [planSchema(), r, r.sourceFile, undefined] as const),
    ...corpus.tasks.map((r) => [taskSchema(), r, r.source.file, r.source.lines[0]] as const),
    ...corpus.targets.map((r) => [targetSchema(), r, r.source.file, r.source.lines[0]] as const),
    ...corpus.units.map((r) => [unitSchema(), r, 'content/units.yaml', undefined] as const),
  ];
  return checks.flatMap(([schema, record, file, line]) => {
    const result = schema.safeParse(record);
    return result.success ? [] : formatIssues(file, result.error, () => line);
  });
}
