/** content/glossary.yaml, parsed once per build (Vite inlines the file) by the one strict reader. */
import raw from '../../../content/glossary.yaml?raw';
import { glossarySchema } from '../../schema/glossary';
import { abbreviations, queryOnly, termGroups, type Abbreviations, type TermGroup } from '../../text/glossary';
import { expansions, type Expansion } from './rank';
import { parseYaml } from '../../schema/read';

const FILE = 'content/glossary.yaml';

const entries = parseYaml(raw, glossarySchema(), FILE);

/** Groups of equal forms, for the search index and query. */
export const GLOSSARY: readonly TermGroup[] = termGroups(entries);

/** Every form the query side expands, both-way groups and readers' shorthand (src/lib/search/rank.ts). */
export const QUERY_EXPANSIONS: readonly Expansion[] = expansions(GLOSSARY, queryOnly(entries));

/** Word-by-word expansions, for related tasks. */
export const ABBREVIATIONS: Abbreviations = abbreviations(entries);
