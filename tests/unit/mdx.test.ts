/**
 * Plan bodies as MDX (src/content/body): source text is untrusted, so every
 * hostile construct must come out of MDX as text, and every body generated
 * from the real sources must compile with @mdx-js/mdx and create no element
 * outside the set a plan document needs.
 */
import { describe, it, expect } from 'vitest';
import { compile, evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { paragraphs } from '../../src/import/prose/outline';
import { planBody, type LinkContext } from '../../src/content/body';
import { mdxFile } from '../../src/content/mdx';
import { importContent } from '../../scripts/lib/pipeline';

interface Element {
  type: string;
  props: Record<string, unknown>;
}

// A minimal JSX runtime: renders the MDX tree to the text a reader would see,
// and records every element created (components by name).
function runtime(seen: Element[]) {
  const jsx = (type: unknown, props: Record<string, unknown>) => {
    const name = typeof type === 'string' ? type : ((type as { displayName?: string }).displayName ?? 'component');
    seen.push({ type: name, props });
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
// Components are given by name, so that the record says which one was used.
const named = (name: string) => Object.assign((p: { children?: unknown }) => p, { displayName: name });
const components = { UnitRef: named('UnitRef'), TaskRef: named('TaskRef'), LegalRef: named('LegalRef') };

export async function render(mdx: string) {
  const seen: Element[] = [];
  const mod = await evaluate(mdx, { ...runtime(seen), remarkPlugins: [remarkGfm], development: false } as never);
  const tree = (mod.default as (p: object) => unknown)({ components });
  // The fragment MDX wraps the whole body in is no element of the page.
  return { text: text(tree).replace(/\s+/g, ' ').trim(), seen: seen.filter((e) => e.type !== 'fragment') };
}

const noLinks: LinkContext = {
  locate: () => [],
  unitHref: (id) => `/don-vi/${id}/`,
  tasks: new Map(),
  appendixHref: null,
};
const body = (source: string, links = noLinks) => planBody(paragraphs(source.split('\n')), links);

// Each is a paragraph of a document; each must show exactly as written.
const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'Có <iframe src="javascript:alert(3)"></iframe> giữa câu',
  '{console.log("x")}',
  'Biểu thức {props.x} và {/* chú thích */}',
  'import fs from "node:fs"',
  'export const a = 1',
  'export default {alert(21)}',
  '<Component prop={1} />',
  'Một <Component client:load /> giữa câu',
  '[bấm vào đây](javascript:alert(1))',
  '![ảnh](javascript:alert(15))',
  '<a href="javascript:alert(16)">liên kết</a>',
  'Mã `không phải code` giữa câu',
  'a & b &amp; c \\ d',
];

describe('hostile source text is text in the MDX body', () => {
  for (const source of hostile) {
    it(`keeps ${JSON.stringify(source)} as literal text`, async () => {
      const { text: out, seen } = await render(body(source).mdx);
      // "&amp;" is an entity in Markdown: the parser reads it as "&", as a browser would.
      expect(out).toBe(source.replace('&amp;', '&').replace('\\ ', '\\ '));
      // Only the paragraph wrapper: no script, img, iframe, a, code or component.
      expect(seen.map((e) => e.type)).toEqual(['p']);
    });
  }

  it('keeps http links and drops nothing of an unsafe one', async () => {
    const { seen, text: out } = await render(body('[Cổng](https://dichvucong.gov.vn) và [x](data:text/html,1)').mdx);
    expect(seen.filter((e) => e.type === 'a').map((e) => e.props.href)).toEqual(['https://dichvucong.gov.vn']);
    expect(out).toBe('Cổng và [x](data:text/html,1)');
  });

  it('reads the document Markdown: bold, italic, headings, lists, line breaks', async () => {
    const md = ['**ỦY BAN NHÂN DÂN  ', 'HUYỆN THỬ**', '', '## **I. MỤC TIÊU**', '', '- một *nghiêng*', '- hai'].join(
      '\n',
    );
    const { seen, text: out } = await render(body(md).mdx);
    expect(seen.map((e) => e.type)).toEqual(['br', 'strong', 'p', 'strong', 'h3', 'em', 'li', 'li', 'ul']);
    expect(seen.find((e) => e.type === 'h3')?.props.id).toBe('muc-i');
    expect(out).toBe('ỦY BAN NHÂN DÂN HUYỆN THỬ I. MỤC TIÊU một nghiêng hai');
  });

  it('renders a GFM table and strikethrough (remark-gfm)', async () => {
    const md = ['Bảng:', '', '| Cột | Ghi chú |', '| --- | --- |', '| ~~bỏ~~ | <b>giữ</b> |'].join('\n');
    const { seen, text: out } = await render(body(md).mdx);
    const types = seen.map((e) => e.type);
    expect(types).toContain('table');
    expect(types).toContain('del');
    expect(types).not.toContain('b');
    expect(out).toContain('<b>giữ</b>');
  });

  it('writes a whole MDX file whose frontmatter cannot be broken out of', async () => {
    const file = mdxFile({ title: '---\n<script>' }, body('Đoạn {x}').mdx);
    const { text: out } = await render(file.replace(/^---\n[\s\S]*?\n---\n/, ''));
    expect(file.split('\n').slice(0, 4)).toEqual(['---', '{', '  "title": "---\\n<script>"', '}']);
    expect(out).toBe('Đoạn {x}');
  });
});

describe('every body generated from the real sources', () => {
  const corpus = importContent('content');
  const allowed = new Set([
    'p',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'em',
    'del',
    'br',
    'ul',
    'li',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'a',
    'data',
    'time',
    'UnitRef',
    'TaskRef',
    'LegalRef',
  ]);
  for (const plan of corpus.plans) {
    it(`${plan.id}: compiles with @mdx-js/mdx and uses only document elements`, async () => {
      const prose = corpus.prose.get(plan.id)!;
      const { mdx } = planBody(prose.paragraphs, prose.links);
      await expect(compile(mdx, { remarkPlugins: [remarkGfm] })).resolves.toBeTruthy();
      const { seen } = await render(mdx);
      expect([...new Set(seen.map((e) => e.type))].filter((t) => !allowed.has(t))).toEqual([]);
      expect(seen.some((e) => e.type === 'h3')).toBe(true);
    }, 30_000);
  }
});
