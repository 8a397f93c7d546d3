/**
 * The body tree → MDX source, written by the remark serializer with the MDX
 * and GFM extensions: it escapes whatever would otherwise read as an
 * expression (`{`), JSX (`<`) or Markdown. Two words it cannot know about are
 * added: `import` and `export` at the start of a line would be read as ESM.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Options } from 'mdast-util-to-markdown';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';

const options: Options = {
  // Written as a character reference ("&#x69;mport"): MDX reads it as the letter, never as ESM.
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport\\b' },
    { character: 'e', atBreak: true, after: 'xport\\b' },
  ],
  bullet: '-',
  emphasis: '*',
  strong: '*',
};

const serializer = unified().use(remarkMdx).use(remarkGfm).use(remarkStringify, options).freeze();

/**
 * MDX syntax has no way to give a Markdown heading an id, so a heading is
 * written as its HTML element, alone in its paragraph (MDX then unwraps it):
 * `<h3 id="muc-ii">II. NHIỆM VỤ</h3>`.
 */
function anchored(node: Heading): RootContent {
  const id = (node.data?.hProperties as { id?: string } | undefined)?.id;
  if (!id) return node;
  const element: MdxJsxTextElement = {
    type: 'mdxJsxTextElement',
    name: `h${node.depth}`,
    attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
    children: node.children,
  };
  return { type: 'paragraph', children: [element] };
}

export function toMdx(root: Root): string {
  const tree: Root = {
    type: 'root',
    children: root.children.map((c) => (c.type === 'heading' ? anchored(c) : c)),
  };
  return serializer.stringify(tree);
}
