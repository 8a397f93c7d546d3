import { z } from 'zod';

export const unitKinds = ['office', 'group'] as const;

/** An entry of `content/units.yaml`. */
export const unitEntrySchema = () =>
  z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      jurisdiction: z.string().min(1),
      kind: z.enum(unitKinds),
      aliases: z.array(z.string()).default([]),
    })
    .strict();

/** How a plan's duties section ("Tổ chức thực hiện") assigns areas to a unit. */
export const dutySchema = () =>
  z.object({
    plan: z.string(),
    role: z.enum(['lead', 'coordinate']),
    areas: z.array(z.string()),
    text: z.string(),
    source: z.object({ file: z.string(), lines: z.tuple([z.number().int(), z.number().int()]) }),
  });

/** A unit as published in `units.json`. */
export const unitSchema = () =>
  unitEntrySchema().extend({
    url: z.string(),
    /** Created by the importer from an unknown name (shown with a warning). */
    discovered: z.boolean().default(false),
    duties: z.array(dutySchema()).default([]),
  });

export type UnitEntry = z.infer<ReturnType<typeof unitEntrySchema>>;
export type Unit = z.infer<ReturnType<typeof unitSchema>>;
export type Duty = z.infer<ReturnType<typeof dutySchema>>;
export type UnitKind = (typeof unitKinds)[number];
