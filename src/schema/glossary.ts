import { z } from 'zod';

const forms = () =>
  z
    .union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)])
    .transform((v) => (typeof v === 'string' ? [v] : v));

/**
 * content/glossary.yaml: abbreviations and the words they stand for, the one
 * list that search (index and query), related tasks and unit-name matching
 * read. `search: false` keeps a form that is too short to search by (e.g.
 * "TP") for unit names only. `index: false` marks what readers type and
 * documents never print ("ko", "bưu điện" for "bưu chính công ích"): the
 * query is expanded, pages get no hidden copy, unit names ignore it.
 */
export const glossaryEntrySchema = () =>
  z.strictObject({
    abbr: forms(),
    full: forms(),
    search: z.boolean().default(true),
    index: z.boolean().default(true),
  });

export const glossarySchema = () => z.array(glossaryEntrySchema());

export type GlossaryEntry = z.infer<ReturnType<typeof glossaryEntrySchema>>;
