/** content/glossary.yaml, parsed once per build (Vite inlines the file) by the one strict reader. */
import raw from '../../../content/glossary.yaml?raw';
import { glossarySchema } from '../../schema/glossary';
import { checkValue, parseYaml } from '../../schema/read';
import type { TermGroup } from './terms';

const FILE = 'content/glossary.yaml';

/** Glossary entries (parsed YAML) as groups of forms that name the same thing. */
export function parseGlossary(data: unknown, file = FILE): TermGroup[] {
  return checkValue(data, glossarySchema(), file);
}

export const GLOSSARY: readonly TermGroup[] = parseYaml(raw, glossarySchema(), FILE);
