import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const path = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)*$/, 'địa chỉ phải có dạng /a/b/ (chữ thường, số, gạch ngang; có dấu / ở cuối)');

/**
 * content/redirects.yaml: permalinks that moved. A registered permalink may
 * stop resolving only if it is listed here; the build turns each entry into
 * a static redirect page.
 */
export const redirectsSchema = () =>
  z
    .object({
      redirects: z
        .array(z.object({ from: path, to: path, reason: z.string().min(3) }).strict())
        .nullable()
        .transform((r) => r ?? []),
    })
    .strict();

export type Redirect = z.infer<ReturnType<typeof redirectsSchema>>['redirects'][number];

export function readRedirects(file = 'content/redirects.yaml'): Redirect[] {
  if (!existsSync(file)) return [];
  const parsed = redirectsSchema().safeParse(parse(readFileSync(file, 'utf8')) ?? { redirects: [] });
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const seen = new Set<string>();
  for (const r of parsed.data.redirects) {
    if (seen.has(r.from)) throw new Error(`${file}: "${r.from}" được khai báo hai lần`);
    if (r.from === r.to) throw new Error(`${file}: "${r.from}" chuyển hướng về chính nó`);
    seen.add(r.from);
  }
  return parsed.data.redirects;
}
