/** content/glossary.yaml, parsed once per build (Vite inlines the file). */
import { parse } from 'yaml';
import raw from '../../../content/glossary.yaml?raw';
import { glossarySchema } from '../../schema/glossary';
import { abbreviations, termGroups, type Abbreviations, type TermGroup } from '../../text/glossary';

const entries = glossarySchema().parse(parse(raw));

/** Groups of equal forms, for the search index and query. */
export const GLOSSARY: readonly TermGroup[] = termGroups(entries);

/** Word-by-word expansions, for related tasks. */
export const ABBREVIATIONS: Abbreviations = abbreviations(entries);
