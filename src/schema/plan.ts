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

/** A heading of the plan's own text, as the plan page anchors it (src/content/body). */
export const bodyHeadingSchema = () =>
  z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    depth: z.number().int().min(3).max(6),
    text: z.string(),
    lines: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
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
    /** Headings of the body text, in order (only in the plan's MDX frontmatter, not plans.json). */
    outline: z.array(bodyHeadingSchema()).default([]),
  });

export type Statement = z.infer<ReturnType<typeof statementSchema>>;
export type BodyHeading = z.infer<ReturnType<typeof bodyHeadingSchema>>;
export type PlanArea = z.infer<ReturnType<typeof planAreaSchema>>;
export type Plan = z.infer<ReturnType<typeof planSchema>>;
export { sourceRefSchema };
