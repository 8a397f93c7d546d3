import { z } from 'zod';

/**
 * `content/corrections/<plan-id>.yaml`: explicit fixes of source errors. Each
 * names the task (by printed number), the field, the text as printed, the
 * replacement and why. Applied after import and shown on the page.
 */
export const correctionSchema = () =>
  z
    .object({
      task: z.string(),
      field: z.enum([
        'title',
        'objective',
        'leadRaw',
        'coordinateRaw',
        'timeRaw',
        'budget',
        'note',
        'activity.text',
        'activity.outputs',
      ]),
      from: z.string().min(1),
      to: z.string(),
      reason: z.string().min(3),
    })
    .strict();

export const correctionFileSchema = () => z.object({ corrections: z.array(correctionSchema()) }).strict();

export type Correction = z.infer<ReturnType<typeof correctionSchema>>;
