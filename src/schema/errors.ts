import type { z } from 'zod';

/**
 * Turns a zod failure into lines a person can act on:
 * "content/sources/x.meta.yaml:3 period.from: expected number".
 * `lineOf` maps a field path to its line in the file when the caller knows it.
 */
export function formatIssues(
  file: string,
  error: z.ZodError,
  lineOf: (path: (string | number)[]) => number | undefined = () => undefined,
): string[] {
  return error.issues.map((issue) => {
    // An unknown key is reported at the key itself, so the line points at it.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...issue.path, ...keys.slice(0, 1)].map(String);
    const line = lineOf(path);
    const where = line ? `${file}:${line}` : file;
    return `${where} ${path.join('.') || '(gốc)'}: ${issue.message}`;
  });
}
