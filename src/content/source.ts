/**
 * Source text as the importers expect it. Documents pasted from other tools
 * arrive with a BOM, CRLF line ends or decomposed (NFD) Vietnamese; the
 * published file itself is kept unchanged, only the parsed copy is normalised.
 * Line numbers are preserved, so every record still points at the file.
 */
import type { SourceFormat } from '../schema';

export function normalizeSource(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

export { junkRatio } from './encoding';

const TABLE_HEADER = /^(STT|TT)\t/m;
// PDF text: the appendix header arrives one short line per cell, no tabs.
const PDF_HEADER = /^\s*Cơ quan (chủ|phối)\s*$/im;

export function detectFormat(text: string): SourceFormat {
  if (TABLE_HEADER.test(text)) return 'tsv';
  if (PDF_HEADER.test(text)) return 'pdf-text';
  return 'prose';
}
