import { z } from 'zod';
import { planMetaSchema } from './meta';
import { sourceFormats } from './shapes';
import { sourceRefSchema } from './task';

/** A record of the plan's prose: objective, requirement, task bullet or solution. */
export const statementSchema = () =>
  z.object({
    kind: z.enum(['objective', 'requirement', 'task', 'solution']),
    number: z.string(),
    text: z.string(),
    children: z.array(z.string()).default([]),
    source: sourceRefSchema(),
  });

export const planAreaSchema = () =>
  z.object({
    key: z.string(),
    /** As printed in the source ("CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH"). */
    label: z.string(),
    number: z.string(),
    declaredCount: z.number().int().optional(),
    statements: z.array(statementSchema()).default([]),
  });

export const planSchema = () =>
  planMetaSchema().extend({
    id: z.string().regex(/^[a-z0-9-]+$/),
    format: z.enum(sourceFormats),
    url: z.string(),
    sourceFile: z.string(),
    taskCount: z.number().int(),
    declaredTaskCount: z.number().int().optional(),
    areas: z.array(planAreaSchema()),
  });

export type Statement = z.infer<ReturnType<typeof statementSchema>>;
export type PlanArea = z.infer<ReturnType<typeof planAreaSchema>>;
export type Plan = z.infer<ReturnType<typeof planSchema>>;
export { sourceRefSchema };
