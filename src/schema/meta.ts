import { z } from 'zod';
import { isoDate } from './time';
import { sourceFormats } from './shapes';

const year = () => z.number().int().min(1990).max(2100);

/** `content/sources/<plan-id>.meta.yaml`: the only hand-written facts about a plan. */
export const planMetaSchema = () =>
  z
    .object({
      title: z.string().min(1),
      issuer: z.string().min(1),
      jurisdiction: z.string().min(1),
      period: z.object({ from: year(), to: year() }).refine((p) => p.from <= p.to, 'period.from phải ≤ period.to'),
      horizon: year().optional(),
      documentNumber: z.string().optional(),
      issuedOn: isoDate().optional(),
      format: z.enum(sourceFormats).optional(),
      /** Optional: what the appendix is called in a citation ("Phụ lục"). */
      appendix: z.string().optional(),
    })
    .strict();

export type PlanMeta = z.infer<ReturnType<typeof planMetaSchema>>;
