import { describe, it, expect } from 'vitest';
import { evaluate } from '@mdx-js/mdx';
import { escapeMdxText, mdxBody } from '../../src/content/mdx';

// A minimal JSX runtime: renders the MDX tree to plain text so we can see what
// a reader would see, and records every element type that was created.
function runtime(seen: string[]) {
  const jsx = (type: unknown, props: { children?: unknown }) => {
    seen.push(typeof type === 'string' ? type : 'component');
    return { children: props.children };
  };
  return { jsx, jsxs: jsx, Fragment: 'fragment' };
}
function text(node: unknown): string {
  if (node == null || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(text).join('');
  return text((node as { children?: unknown }).children);
}
async function render(body: string) {
  const seen: string[] = [];
  const mod = await evaluate(body, { ...runtime(seen), development: false } as never);
  const tree = (mod.default as (p: object) => unknown)({});
  return { text: text(tree), seen };
}

const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{console.log("x")}',
  'import fs from "node:fs"',
  'export const a = 1',
  '<Component prop={1} />',
  '[bấm vào đây](javascript:alert(1))',
  '<iframe src="https://example.com"></iframe>',
  '# không phải tiêu đề *không nghiêng* `không code`',
  '- không phải danh sách',
  '1. không phải danh sách',
  'a & b &amp; c \\ d',
];

describe('escapeMdxText', () => {
  for (const cell of hostile) {
    it(`keeps ${JSON.stringify(cell)} as literal text`, async () => {
      const { text: out, seen } = await render(escapeMdxText(cell));
      expect(out).toBe(cell);
      // Only the paragraph wrapper may be created: no script, img, iframe, a, h1, code, list or component.
      expect(seen.filter((t) => t !== 'p')).toEqual([]);
    });
  }

  it('keeps Vietnamese text readable and untouched', async () => {
    const cell = 'Sở Thông tin và Truyền thông; UBND cấp huyện (VBQPPL) 100%';
    expect((await render(escapeMdxText(cell))).text).toBe(cell);
  });

  it('joins paragraphs of a body without losing any', async () => {
    const body = mdxBody(['Đoạn một {x}', '', 'import y from "z"']);
    const { text: out } = await render(body);
    expect(out).toContain('Đoạn một {x}');
    expect(out).toContain('import y from "z"');
  });
});
