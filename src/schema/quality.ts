import { z } from 'zod';

/**
 * One thing a person should know about an import: a cell that could not be
 * placed, a declared count that does not match, a unit we did not know.
 * `level: 'error'` fails the build; warnings are published on the site.
 */
export const diagnosticSchema = () =>
  z.object({
    level: z.enum(['error', 'warning', 'info']),
    code: z.string(),
    message: z.string(),
    plan: z.string().optional(),
    file: z.string().optional(),
    line: z.number().int().optional(),
    field: z.string().optional(),
    /** The source text concerned, verbatim, so nothing is lost silently. */
    text: z.string().optional(),
  });

export type Diagnostic = z.infer<ReturnType<typeof diagnosticSchema>>;
