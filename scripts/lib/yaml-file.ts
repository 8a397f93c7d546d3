/**
 * Reads a YAML file and validates it with a zod schema; failures become
 * "file:line field: message" lines, the line found from the YAML node.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import { formatIssues } from '../../src/schema';

export class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export function readYaml<T extends z.ZodType>(path: string, schema: T, file = path): z.infer<T> {
  return loadYaml(path, schema, file).data;
}

/** Like readYaml, also giving the line of a field path, for checks across entries made after parsing. */
export function loadYaml<T extends z.ZodType>(
  path: string,
  schema: T,
  file = path,
): { data: z.infer<T>; lineOf: (path: (string | number)[]) => number | undefined } {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length)
    throw new InputError(
      doc.errors.map((e) => `${file}:${e.linePos?.[0].line ?? '?'} YAML: ${e.message.split('\n')[0]}`),
    );
  const lineOf = (path: (string | number)[]) => {
    for (let p = path; p.length; p = p.slice(0, -1)) {
      const node = doc.getIn(p, true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return { data: result.data, lineOf };
  throw new InputError(formatIssues(file, result.error, lineOf));
}
