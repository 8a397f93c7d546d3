/** content/glossary.yaml, parsed once per build (Vite inlines the file). */
import { parse } from 'yaml';
import raw from '../../../content/glossary.yaml?raw';
import { parseGlossary, type TermGroup } from './terms';

export const GLOSSARY: readonly TermGroup[] = parseGlossary(parse(raw));
