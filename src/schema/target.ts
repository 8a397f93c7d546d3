import { z } from 'zod';
import { sourceRefSchema } from './task';

/** A numeric target (chỉ tiêu): "tối thiểu 80% ... đến năm 2025". */
export const targetSchema = () =>
  z.object({
    id: z.string(),
    plan: z.string(),
    area: z.string(),
    /** The clause about this target's quantity. */
    text: z.string(),
    /** The whole sentence the document states (never cut mid-sentence); holds `text`. */
    sentence: z.string(),
    /** The floor of the level; with `comparator` a bound ("tối thiểu 80%": at least 80), not an exact value. */
    value: z.number(),
    /** Top of a range ("15% - 25%"), else null. */
    valueMax: z.number().nullable(),
    /** The level as written ("15% - 25%", "1-2 sáng kiến"). */
    valueRaw: z.string(),
    unit: z.string(),
    comparator: z.enum(['min', 'max', 'exact', 'more-than', 'less-than', 'reduce-by']),
    /** The comparator as written ("tối thiểu", "trên", "từ ... trở lên"). */
    comparatorRaw: z.string().default(''),
    deadlineYear: z.number().int().nullable(),
    /** The deadline as written ("Đến năm 2025"); '' when it is the plan's own period. */
    deadlineRaw: z.string().default(''),
    /** Key of the indicator, so the same measure lines up across plans. */
    indicator: z.string().default(''),
    source: sourceRefSchema(),
  });

export type Target = z.infer<ReturnType<typeof targetSchema>>;
