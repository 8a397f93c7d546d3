import { z } from 'zod';
import { isoDate } from './time';
import { sourceFormats } from './shapes';

/** Plans of the reform programme: years outside this span are typing slips. */
const YEARS = { min: 1990, max: 2100 };
const yearMessage = `năm phải từ ${YEARS.min} đến ${YEARS.max}`;
const year = () =>
  z.number({ error: 'năm phải là một số' }).int(yearMessage).min(YEARS.min, yearMessage).max(YEARS.max, yearMessage);

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
      issuedOn: isoDate()
        .refine((d) => Number(d.slice(0, 4)) >= YEARS.min && Number(d.slice(0, 4)) <= YEARS.max, yearMessage)
        .optional(),
      format: z.enum(sourceFormats).optional(),
      /** Optional: what the appendix is called in a citation ("Phụ lục"). */
      appendix: z.string().optional(),
    })
    .strict();

export type PlanMeta = z.infer<ReturnType<typeof planMetaSchema>>;
