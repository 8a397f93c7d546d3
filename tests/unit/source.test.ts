import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { junkRatio, normalizeSource } from '../../src/content/source';
import { detectFormat } from '../../src/import/shapes';

const read = (id: string) => readFileSync(`content/sources/${id}.txt`, 'utf8');

describe('detectFormat', () => {
  // Checked by eye: qt-2021-2025, vp-ubnd-2024, snv-2026 have a tab-separated header row starting "STT\t" or "TT\t";
  // hai-lang-2024 has no tab at all and its header cells come one per line ("Cơ quan chủ", line 732);
  // vinh-linh-2021-2025 is Markdown prose with no table.
  it.each([
    ['qt-2021-2025', 'tsv'],
    ['vp-ubnd-2024', 'tsv'],
    ['snv-2026', 'tsv'],
    ['hai-lang-2024', 'pdf-text'],
    ['vinh-linh-2021-2025', 'prose'],
  ])('%s is %s', (id, format) => {
    expect(detectFormat(normalizeSource(read(id)))).toBe(format);
  });
});

describe('normalizeSource', () => {
  it('removes a BOM, turns CRLF into LF and composes NFD text', () => {
    const nfd = '\uFEFFSở Nội vụ\r\nHàng năm\r'.normalize('NFD');
    expect(normalizeSource(nfd)).toBe('Sở Nội vụ\nHàng năm\n');
  });
  it('keeps the number of lines, so line references stay true', () => {
    const text = 'a\r\nb\r\n\r\nc';
    expect(normalizeSource(text).split('\n')).toHaveLength(4);
  });
});

describe('junkRatio', () => {
  it('is zero for the real sources', () => {
    for (const id of ['qt-2021-2025', 'hai-lang-2024', 'vinh-linh-2021-2025']) expect(junkRatio(read(id))).toBe(0);
  });
  it('is high for binary junk', () => {
    expect(junkRatio('\u0000\u0001\u0002abc\ufffd\ufffd')).toBeGreaterThan(0.5);
  });
});
