/**
 * The escaping every chart's text goes through (src/charts/svg.ts): source
 * text is untrusted (docs/DOMAIN.md §5), so markup and XML-forbidden control
 * characters never reach the SVG as they are.
 */
import { describe, expect, it } from 'vitest';
import { attrs, esc } from '../../src/charts/svg';

describe('esc', () => {
  it('escapes markup and drops control characters', () => {
    expect(esc('"tự kiểm tra" <script>&\'')).toBe('&quot;tự kiểm tra&quot; &lt;script&gt;&amp;&#39;');
    expect(esc('a\u0000b\u0008c\u001fd')).toBe('abcd');
    // Tab, line feed and carriage return are allowed in XML and kept.
    expect(esc('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });
  it('gives plain text and numbers back as they are', () => {
    expect(esc('Sở Nội vụ')).toBe('Sở Nội vụ');
    expect(esc(12.5)).toBe('12.5');
    expect(esc(-3)).toBe('-3');
  });
  it('escapes attribute values, leaving out undefined and false', () => {
    expect(attrs({ x: 1, title: 'a"b', hidden: true, y: undefined, open: false })).toBe(
      ' x="1" title="a&quot;b" hidden',
    );
  });
});
