/**
 * Source text as the importers expect it. Documents pasted from other tools
 * arrive with a BOM, CRLF line ends or decomposed (NFD) Vietnamese; the
 * published file itself is kept unchanged, only the parsed copy is normalised.
 * Line numbers are preserved, so every record still points at the file.
 */
export function normalizeSource(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

export { junkRatio } from './encoding';
