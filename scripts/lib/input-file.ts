/**
 * The disk side of the one input reader (src/schema/read.ts): a file is read
 * only when it is a regular file inside the content folder. A symbolic link
 * would publish whatever it points at (a `.txt` link to a system file was
 * published in full), a named pipe hangs the build forever, a directory or
 * device is not a document at all.
 */
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import type { z } from 'zod';
import { InputError, parseJson, parseYaml, parseYamlLines } from '../../src/schema/read';

export { InputError };

function kindOf(path: string): string | undefined {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return 'là liên kết tượng trưng (symlink), không phải tệp thật';
  if (stat.isDirectory()) return 'là thư mục, không phải tệp';
  if (stat.isFIFO()) return 'là ống có tên (named pipe), không phải tệp';
  if (!stat.isFile()) return 'không phải tệp thường (thiết bị hoặc socket)';
  return undefined;
}

/** Throws an InputError unless `path` is a regular file whose real location is inside `root`. */
export function checkRegularFile(path: string, root: string, file = path): void {
  let problem: string | undefined;
  try {
    problem = kindOf(path);
    if (!problem) {
      const inside = relative(realpathSync(root), realpathSync(path));
      if (inside.startsWith('..') || isAbsolute(inside)) problem = `nằm ngoài thư mục ${root}`;
    }
  } catch (e) {
    problem = `không đọc được (${(e as NodeJS.ErrnoException).code ?? 'lỗi'})`;
  }
  if (problem) throw new InputError([`${file}: ${problem}; chỉ nhận tệp thường trong ${root}`]);
}

/** The bytes of a checked file. */
export function readBytes(path: string, root: string, file = path): Buffer {
  checkRegularFile(path, root, file);
  return readFileSync(path);
}

export function readYaml<T extends z.ZodType>(
  path: string,
  schema: T,
  file = path,
  root = '.',
  notes?: string[],
): z.infer<T> {
  return parseYaml(readBytes(path, root, file).toString('utf8'), schema, file, notes);
}

/** readYaml, also giving the line of a field path (see parseYamlLines). */
export function loadYaml<T extends z.ZodType>(path: string, schema: T, file = path, root = '.') {
  return parseYamlLines(readBytes(path, root, file).toString('utf8'), schema, file);
}

export function readJson<T extends z.ZodType>(path: string, schema: T, file = path, root = '.'): z.infer<T> {
  return parseJson(readBytes(path, root, file).toString('utf8'), schema, file);
}
