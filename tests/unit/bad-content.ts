/**
 * Runs the importer over a case of the broken-input corpus
 * (tests/fixtures/bad/<case>/, a small content folder) copied to a temporary
 * folder, with the real units registry unless the case brings its own.
 */
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importContent, type Corpus } from '../../scripts/lib/pipeline';
import { InputError } from '../../scripts/lib/input-file';

export const FIXTURES = 'tests/fixtures/bad';

/** A temporary copy of the case; symbolic links are copied as links, untouched. */
export function copyCase(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bad-${name}-`));
  cpSync(join(FIXTURES, name), dir, { recursive: true, verbatimSymlinks: true });
  if (!existsSync(join(dir, 'units.yaml'))) cpSync('content/units.yaml', join(dir, 'units.yaml'));
  return dir;
}

export function importDir(dir: string): { corpus?: Corpus; errors?: string[] } {
  try {
    return { corpus: importContent(dir, dir) };
  } catch (e) {
    if (e instanceof InputError) return { errors: e.lines };
    throw e;
  }
}

export const runCase = (name: string) => importDir(copyCase(name));

export const warnings = (c: Corpus | undefined) => (c?.diagnostics ?? []).filter((d) => d.level === 'warning');
