import { z } from 'zod';

const forms = () =>
  z
    .union([z.string(), z.array(z.string()).min(1)])
    .transform((v) => (typeof v === 'string' ? [v] : v).map((s) => s.trim()))
    .refine((v) => v.every((s) => s !== ''), 'phải là chữ hoặc danh sách chữ, không rỗng');

/**
 * `content/glossary.yaml`: abbreviations and their expansions, each entry
 * `{ abbr, full }` with a string or a list of strings; read as one group of
 * forms that name the same thing.
 */
export const glossarySchema = () =>
  z.array(
    z
      .object({ abbr: forms(), full: forms() })
      .strict()
      .transform((e): readonly string[] => [...e.abbr, ...e.full]),
  );
