/**
 * The one reader of hand-written inputs (meta, corrections, units, glossary,
 * redirects, the permalink registry): text → strict YAML or JSON → zod.
 * Every failure becomes "file:line field: message" lines in an InputError;
 * nothing here reads the disk (scripts/lib/input-file.ts does, after checking
 * the file), so the site can parse what Vite inlines with the same rules.
 *
 * YAML is read strictly because a province office edits these files by hand
 * for years and a lenient parser turns a slip into wrong data without a word:
 * aliases and anchors are refused (alias bombs, and nobody needs them here),
 * explicit tags are refused (`!!binary`, `!!js/function`, custom `!tags`
 * would change what a value is), duplicate keys are refused (which one wins
 * is invisible), as are several documents in one file and empty files.
 * Unknown keys are refused by the schemas (strict zod objects).
 */
import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { formatIssues } from './errors';
import { invisibleIn } from '../text/invisible';

/** Input a person must fix: one line per problem, never a stack trace. */
export class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'InputError';
  }
}

const firstLine = (message: string) => message.split('\n')[0]!.trim();

/** Line of a YAML node from its source offset. */
type LineOf = (path: (string | number)[]) => number | undefined;

/** A value already parsed, checked by `schema`; `lineOf` finds a field's line when the caller knows it. */
export function checkValue<T extends z.ZodType>(
  value: unknown,
  schema: T,
  file: string,
  lineOf: LineOf = () => undefined,
): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InputError(formatIssues(file, result.error, lineOf));
}

function yamlAbuse(doc: Document, counter: LineCounter, file: string): string[] {
  const problems: string[] = [];
  const at = (range: readonly number[] | null | undefined) => (range ? `:${counter.linePos(range[0]!).line}` : '');
  visit(doc, {
    Alias(_, node) {
      problems.push(`${file}${at(node.range)} YAML: không dùng bí danh (*${node.source}); hãy viết lại giá trị`);
    },
    Node(_, node) {
      if (node.anchor)
        problems.push(`${file}${at(node.range)} YAML: không dùng neo (&${node.anchor}); hãy viết lại giá trị`);
      if (node.tag)
        problems.push(`${file}${at(node.range)} YAML: không dùng thẻ kiểu "${node.tag}"; hãy viết giá trị thường`);
    },
  });
  return problems;
}

/** Lines holding invisible or control characters: refused in a hand-written file, where they can only hide something. */
function hiddenCharacters(text: string, file: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const found = invisibleIn(line.replace(/\r$/, ''));
    return found.length ? [`${file}:${i + 1} có ký tự ẩn hoặc điều khiển (${found.join(', ')}); hãy xoá`] : [];
  });
}

/**
 * YAML text → value checked by `schema`; `file` names it in messages. Text
 * not in Unicode NFC (decomposed Vietnamese from some editors) is read as NFC,
 * like the sources, and noted in `notes` when given.
 */
export function parseYaml<T extends z.ZodType>(text: string, schema: T, file: string, notes?: string[]): z.infer<T> {
  return parseYamlLines(text, schema, file, notes).data;
}

/** parseYaml, also giving the line of a field path, for checks across entries made after parsing. */
export function parseYamlLines<T extends z.ZodType>(
  text: string,
  schema: T,
  file: string,
  notes?: string[],
): { data: z.infer<T>; lineOf: LineOf } {
  const unmarked = text.replace(/^\uFEFF/, '');
  const hidden = hiddenCharacters(unmarked, file);
  if (hidden.length) throw new InputError(hidden);
  const source = unmarked.normalize('NFC');
  if (source !== unmarked) notes?.push(`${file}: văn bản không ở dạng Unicode NFC (dấu tách rời); đã chuẩn hoá`);
  const counter = new LineCounter();
  const doc = parseDocument(source, {
    lineCounter: counter,
    uniqueKeys: true,
    schema: 'core',
    merge: false,
  });
  const problems = [...doc.errors, ...doc.warnings].map((e) => {
    const line = e.linePos?.[0].line;
    const what = e.code === 'DUPLICATE_KEY' ? 'khoá bị lặp lại (mỗi khoá chỉ được ghi một lần)' : firstLine(e.message);
    return `${file}${line ? `:${line}` : ''} YAML: ${what}`;
  });
  if (problems.length) throw new InputError(problems);
  const abuse = yamlAbuse(doc, counter, file);
  if (abuse.length) throw new InputError(abuse);
  if (doc.contents === null) throw new InputError([`${file}: tệp rỗng`]);
  const lineOf: LineOf = (path) => {
    for (let p = path; p.length; p = p.slice(0, -1)) {
      const node = doc.getIn(p, true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { data: checkValue(doc.toJS({ maxAliasCount: 0 }), schema, file, lineOf), lineOf };
}

/** JSON text → value checked by `schema`. */
export function parseJson<T extends z.ZodType>(text: string, schema: T, file: string): z.infer<T> {
  const source = text.replace(/^\uFEFF/, '');
  if (!source.trim()) throw new InputError([`${file}: tệp rỗng`]);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (e) {
    throw new InputError([`${file} JSON: ${firstLine((e as Error).message)}`]);
  }
  return checkValue(value, schema, file, () => undefined);
}
