import { z } from 'zod';
import { TASK_FIELDS } from './task';

/**
 * A person's check of one task field against the source text. `value` is
 * the field as they read it in the source, in the form fieldValue() prints
 * (scripts/lib/audit.ts); unit tests hold the data to every verdict.
 */
export const verdictSchema = () =>
  z.object({
    /** The task's permalink ("/qt-2021-2025/i-1/"). */
    task: z.string().regex(/^\/[a-z0-9-]+\/[a-z0-9-]+\/$/),
    field: z.enum(TASK_FIELDS),
    verdict: z.enum(['right', 'wrong']),
    value: z.string(),
    /** What was wrong, in a few words (only for `wrong`). */
    note: z.string().optional(),
  });

/** One audit: a random sample drawn with the tool, checked by one person on one day. */
export const auditSchema = () =>
  z.object({
    seed: z.number().int(),
    sample: z.number().int().min(1),
    by: z.string().min(1),
    on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    verdicts: z.array(verdictSchema()),
  });

export const auditFileSchema = () => z.object({ audits: z.array(auditSchema()) });

export type Verdict = z.infer<ReturnType<typeof verdictSchema>>;
export type Audit = z.infer<ReturnType<typeof auditSchema>>;
