import { z } from 'zod';
import { timeSchema } from './time';

export const sourceRefSchema = () =>
  z.object({
    file: z.string(),
    lines: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
  });

/** A note the source attaches to a unit ("Sở Tư pháp: đối với Báo cáo ..."). */
export const unitNoteSchema = () => z.object({ unit: z.string(), note: z.string() });

export const activitySchema = () =>
  z.object({
    /** The Nhiệm vụ this activity falls under when a numbered item holds several. */
    task: z.string().optional(),
    text: z.string(),
    outputs: z.array(z.string()),
    lead: z.array(z.string()),
    coordinate: z.array(z.string()),
    leadRaw: z.string().default(''),
    coordinateRaw: z.string().default(''),
    time: timeSchema().nullable(),
    unitNotes: z.array(unitNoteSchema()).default([]),
  });

export const correctionAppliedSchema = () =>
  z.object({ field: z.string(), from: z.string(), to: z.string(), reason: z.string() });

/**
 * The task fields a person checks against the source, one confidence each.
 * A field is `doubtful` when the importer saw evidence it may be wrong (a
 * quality warning on its cell, a lead taken from the duties section); the
 * page then says so and links the source lines. In the tables' column
 * order (Mục tiêu, Nhiệm vụ, Hoạt động, ...).
 */
export const TASK_FIELDS = [
  'objective',
  'title',
  'activities',
  'outputs',
  'lead',
  'coordinate',
  'time',
  'budget',
  'note',
] as const;
export type TaskField = (typeof TASK_FIELDS)[number];

export const confidenceSchema = () => z.enum(['certain', 'doubtful']);

export const fieldDoubtSchema = () =>
  z.object({
    field: z.enum(TASK_FIELDS),
    /** Why: the quality-report code behind the doubt ("items-count-mismatch"), or "lead-derived". */
    reason: z.string().regex(/^[a-z0-9-]+$/),
    /** The source lines to look at. */
    lines: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
  });

/** certain | doubtful for each field of TASK_FIELDS (fixed keys, never source text). */
export const taskConfidenceSchema = () => {
  const level = confidenceSchema().default('certain');
  return z.object({
    title: level,
    objective: level,
    activities: level,
    outputs: level,
    lead: level,
    coordinate: level,
    time: level,
    budget: level,
    note: level,
  });
};

export const taskSchema = () =>
  z.object({
    id: z.string(),
    plan: z.string(),
    area: z.string(),
    /** The section heading as printed in this plan ("Cải cách thể chế"). */
    areaLabel: z.string(),
    /** The number as printed ("II.3", "13", "2.3"). */
    number: z.string(),
    /** URL segment derived from `number` ("ii-3"): part of the permalink promise. */
    slug: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string(),
    objective: z.string().default(''),
    /** Outputs of the task itself, for tables without an activity column (snv-2026). */
    outputs: z.array(z.string()).default([]),
    activities: z.array(activitySchema()),
    lead: z.array(z.string()),
    coordinate: z.array(z.string()),
    leadRaw: z.string().default(''),
    coordinateRaw: z.string().default(''),
    /** Lead taken from the plan's duties section, not stated in the task itself. */
    leadDerived: z.boolean().default(false),
    time: timeSchema().nullable(),
    budget: z.string().default(''),
    note: z.string().default(''),
    url: z.string(),
    source: sourceRefSchema(),
    corrections: z.array(correctionAppliedSchema()).default([]),
    confidence: taskConfidenceSchema().prefault({}),
    doubts: z.array(fieldDoubtSchema()).default([]),
  });

export type Activity = z.infer<ReturnType<typeof activitySchema>>;
export type Task = z.infer<ReturnType<typeof taskSchema>>;
export type SourceRef = z.infer<ReturnType<typeof sourceRefSchema>>;
export type CorrectionApplied = z.infer<ReturnType<typeof correctionAppliedSchema>>;
export type FieldDoubt = z.infer<ReturnType<typeof fieldDoubtSchema>>;
export type TaskConfidence = z.infer<ReturnType<typeof taskConfidenceSchema>>;
