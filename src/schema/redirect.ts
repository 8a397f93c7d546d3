import { z } from 'zod';
import { sitePath } from './permalink';

/**
 * `content/redirects.yaml`: decisions about registered addresses (docs/URLS.md).
 * `redirects`: an address that moved; the build turns each into a static
 * redirect page. `keep`: a task address whose numbering shifted in a new
 * version of the source; the task it was published for keeps it (or, if that
 * task is gone, the removed-task page does) and the newcomer gets a fresh one.
 */
export const redirectsSchema = () =>
  z
    .object({
      redirects: z
        .array(z.object({ from: sitePath(), to: sitePath(), reason: z.string().min(3) }).strict())
        .nullable()
        .default([])
        .transform((r) => r ?? []),
      keep: z
        .array(z.object({ path: sitePath(), reason: z.string().min(3) }).strict())
        .nullable()
        .default([])
        .transform((k) => k ?? []),
    })
    .strict()
    .superRefine((file, ctx) => {
      const seen = new Set<string>();
      file.redirects.forEach((r, i) => {
        if (seen.has(r.from))
          ctx.addIssue({
            code: 'custom',
            path: ['redirects', i, 'from'],
            message: `"${r.from}" được khai báo hai lần`,
          });
        if (r.from === r.to)
          ctx.addIssue({
            code: 'custom',
            path: ['redirects', i, 'to'],
            message: `"${r.from}" chuyển hướng về chính nó`,
          });
        seen.add(r.from);
      });
      file.keep.forEach((k, i) => {
        if (seen.has(k.path))
          ctx.addIssue({
            code: 'custom',
            path: ['keep', i, 'path'],
            message: `"${k.path}" vừa được giữ vừa được chuyển hướng; chọn một`,
          });
      });
    });

export type RedirectsFile = z.infer<ReturnType<typeof redirectsSchema>>;
export type Redirect = RedirectsFile['redirects'][number];
