import { z } from 'zod';
import { unitKinds } from './unit';

/**
 * `content/unit-events.yaml`: what became of the plans' units in the 2025
 * reorganisation. Reference data, not plan data: every event cites a legal
 * basis from `bases`, and nothing here changes what a plan prints.
 */

const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const id = () => z.string().regex(/^[a-z0-9-]+$/, 'expected an id of a-z, 0-9 and "-"');

/** A legal text: number, date and issuer as printed on it. */
export const legalBasisSchema = () =>
  z
    .object({
      id: id(),
      /** "45/2025/NĐ-CP"; null when the number could not be confirmed (shown as "chưa xác định"). */
      number: z.string().min(1).nullable(),
      /** Kind and subject, as the text names itself: "Nghị định quy định tổ chức các cơ quan chuyên môn …". */
      title: z.string().min(1),
      issuer: z.string().min(1),
      date: isoDate(),
      effective: isoDate().optional(),
      url: z.url().optional(),
    })
    .strict();

/** A citation of a basis, optionally narrowed to an article or clause. */
export const basisRefSchema = () => z.union([id(), z.object({ ref: id(), cite: z.string().min(1) }).strict()]);

/** A body that the reorganisation created (it has a page even if no plan names it). */
export const newUnitSchema = () =>
  z
    .object({
      id: id(),
      name: z.string().min(1),
      jurisdiction: z.string().min(1),
      kind: z.enum(unitKinds).default('office'),
      /** First day it exists; absent for a body that existed before the plans but none of them names it. */
      validFrom: isoDate().optional(),
      basis: z.array(basisRefSchema()).min(1, 'a unit created by the reorganisation cites its basis'),
      note: z.string().optional(),
    })
    .strict();

export const eventTypes = [
  'unchanged',
  'renamed',
  'merged_into',
  'dissolved_functions_to',
  'territorial_successor',
  'unknown',
] as const;

/** Events after which the unit no longer exists under its name. */
export const endingTypes = new Set<EventType>([
  'renamed',
  'merged_into',
  'dissolved_functions_to',
  'territorial_successor',
]);

export const confidences = ['confirmed', 'unconfirmed'] as const;

export const successorSchema = () =>
  z
    .object({
      unit: id(),
      /** Which functions or which part of the territory went there ("lĩnh vực tôn giáo", "TT Hồ Xá, xã Vĩnh Long"). */
      scope: z.string().min(1).optional(),
    })
    .strict();

const eventFields = () => ({
  unit: id(),
  type: z.enum(eventTypes),
  /** First day under the new state; the unit's last day is the day before. */
  effective: isoDate().optional(),
  successors: z.array(successorSchema()).default([]),
  basis: z.array(basisRefSchema()).default([]),
  confidence: z.enum(confidences).default('confirmed'),
  /** What the page says beside the event, in plain words. */
  note: z.string().min(1).optional(),
});

/** An entry of `events:`, with the rules that hold within one entry. */
export const unitEventSchema = () =>
  z
    .object(eventFields())
    .strict()
    .superRefine((e, ctx) => {
      // An unknown fate is the one entry that has no basis: it says so instead.
      if (e.type !== 'unknown' && e.basis.length === 0)
        ctx.addIssue({ code: 'custom', path: ['basis'], message: 'missing legal basis (every event cites one)' });
      if (e.type === 'unknown' && !e.note)
        ctx.addIssue({ code: 'custom', path: ['note'], message: 'an unknown fate says what is not known' });
      if (endingTypes.has(e.type) && !e.effective)
        ctx.addIssue({ code: 'custom', path: ['effective'], message: `a ${e.type} event needs its effective date` });
      const single = e.type === 'renamed' || e.type === 'merged_into';
      if (single && e.successors.length !== 1)
        ctx.addIssue({ code: 'custom', path: ['successors'], message: `a ${e.type} event has exactly one successor` });
      if (e.type === 'territorial_successor' && e.successors.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['successors'],
          message: 'a territorial_successor event names its successors',
        });
      if ((e.type === 'unchanged' || e.type === 'unknown') && e.successors.length > 0)
        ctx.addIssue({ code: 'custom', path: ['successors'], message: `a ${e.type} event has no successors` });
    });

/** The whole file. Cross-references (bases, units, cycles) are checked in src/lib/units/timeline.ts. */
export const unitEventFileSchema = () =>
  z
    .object({
      bases: z.array(legalBasisSchema()).min(1),
      units: z.array(newUnitSchema()).default([]),
      events: z.array(unitEventSchema()),
    })
    .strict();

/** An event as published (`unit-events.json`): numbered, with its line in the file. */
export const unitEventRecordSchema = () =>
  z.object({ ...eventFields(), id: z.string(), line: z.number().int().optional() }).strict();

export type LegalBasis = z.infer<ReturnType<typeof legalBasisSchema>>;
export type NewUnit = z.infer<ReturnType<typeof newUnitSchema>>;
export type BasisRef = z.infer<ReturnType<typeof basisRefSchema>>;
export type EventType = (typeof eventTypes)[number];
export type UnitEvent = z.infer<ReturnType<typeof unitEventSchema>>;
export type UnitEventRecord = z.infer<ReturnType<typeof unitEventRecordSchema>>;
export type UnitEventFile = z.infer<ReturnType<typeof unitEventFileSchema>>;
