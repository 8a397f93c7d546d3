import { z } from 'zod';

/** A site address: "/a/b/" (lower-case ASCII, digits, dashes; trailing slash). */
export const sitePath = () =>
  z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'địa chỉ phải có dạng /a/b/ (chữ thường, số, gạch ngang; có dấu / ở cuối)');

/**
 * What a task permalink was published for (docs/URLS.md): the plan, the
 * number as printed, the reform area and a folded fingerprint of the title.
 * `title` is kept as printed so a message or a removed-task page can name it.
 */
export const taskIdentitySchema = () =>
  z
    .object({
      url: sitePath(),
      plan: z.string().min(1),
      number: z.string(),
      area: z.string().min(1),
      title: z.string(),
      fingerprint: z.string(),
    })
    .strict();

/** `content/permalinks.json`: every published address, and what each task address shows. */
export const permalinkRegistrySchema = () =>
  z
    .object({
      $comment: z.string().optional(),
      permalinks: z.array(sitePath()),
      tasks: z.array(taskIdentitySchema()).default([]),
    })
    .strict();

/** A registered task address whose task is no longer in the plan: it keeps a page saying so. */
export const goneTaskSchema = () => taskIdentitySchema().extend({ id: z.string(), slug: z.string() });

export type TaskIdentity = z.infer<ReturnType<typeof taskIdentitySchema>>;
export type PermalinkRegistry = z.infer<ReturnType<typeof permalinkRegistrySchema>>;
export type GoneTask = z.infer<ReturnType<typeof goneTaskSchema>>;
