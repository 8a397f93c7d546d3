/** content/glossary.yaml, parsed once per build (Vite inlines the file) by the one strict reader. */
import raw from '../../../content/glossary.yaml?raw';
import { glossarySchema } from '../../schema/glossary';
import { abbreviations, termGroups, type Abbreviations, type TermGroup } from '../../text/glossary';
import { parseYaml } from '../../schema/read';

const FILE = 'content/glossary.yaml';

const entries = parseYaml(raw, glossarySchema(), FILE);

/** Groups of equal forms, for the search index and query. */
export const GLOSSARY: readonly TermGroup[] = termGroups(entries);

/** Word-by-word expansions, for related tasks. */
export const ABBREVIATIONS: Abbreviations = abbreviations(entries);
