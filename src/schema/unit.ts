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
    /** First and last day of a unit the 2025 reorganisation created or ended (content/unit-events.yaml). */
    validFrom: z.string().optional(),
    validTo: z.string().optional(),
    duties: z.array(dutySchema()).default([]),
  });

export type UnitEntry = z.infer<ReturnType<typeof unitEntrySchema>>;
export type Unit = z.infer<ReturnType<typeof unitSchema>>;
export type Duty = z.infer<ReturnType<typeof dutySchema>>;
export type UnitKind = (typeof unitKinds)[number];

export const jurisdictionKinds = [
  'tỉnh',
  'thành phố',
  'thị xã',
  'huyện',
  'xã',
  'sở',
  'văn phòng',
  'ban',
  'trung tâm',
] as const;

/**
 * An entry of `jurisdictions:` in `content/units.yaml`. Units are named
 * relative to a jurisdiction ("Phòng Nội vụ" of a district), so lookup walks
 * from the plan's jurisdiction up the `parent` chain.
 */
export const jurisdictionEntrySchema = () =>
  z
    .object({
      name: z.string().min(1),
      kind: z.enum(jurisdictionKinds),
      parent: z.string().min(1).optional(),
      /** Other spellings a plan's meta may use ("Văn phòng UBND tỉnh"). */
      aliases: z.array(z.string()).default([]),
      /** Id prefix for units of this jurisdiction, also for discovered ones ("hai-lang"). */
      idPrefix: z
        .string()
        .regex(/^[a-z0-9-]*$/)
        .default(''),
    })
    .strict();

/** The whole of `content/units.yaml`. */
export const unitRegistrySchema = () =>
  z
    .object({
      jurisdictions: z.array(jurisdictionEntrySchema()).min(1),
      units: z.array(unitEntrySchema()),
    })
    .strict()
    .superRefine((reg, ctx) => {
      const names = new Set(reg.jurisdictions.map((j) => j.name));
      reg.jurisdictions.forEach((j, i) => {
        if (j.parent !== undefined && !names.has(j.parent))
          ctx.addIssue({
            code: 'custom',
            path: ['jurisdictions', i, 'parent'],
            message: `unknown jurisdiction "${j.parent}"`,
          });
      });
      const ids = new Set<string>();
      reg.units.forEach((u, i) => {
        if (ids.has(u.id))
          ctx.addIssue({ code: 'custom', path: ['units', i, 'id'], message: `duplicate unit id "${u.id}"` });
        ids.add(u.id);
        if (!names.has(u.jurisdiction))
          ctx.addIssue({
            code: 'custom',
            path: ['units', i, 'jurisdiction'],
            message: `unknown jurisdiction "${u.jurisdiction}"`,
          });
      });
    });

export type JurisdictionEntry = z.infer<ReturnType<typeof jurisdictionEntrySchema>>;
export type UnitRegistry = z.infer<ReturnType<typeof unitRegistrySchema>>;
