/**
 * One source paragraph → the blocks Markdown reads in it. The paragraph is
 * parsed with remark (CommonMark + GFM); headings, paragraphs, list items and
 * tables are kept, everything else (code, HTML blocks, rules, definitions)
 * becomes a paragraph of the text it was written as.
 */
import type { PhrasingContent, Root, RootContent, Table } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { keepPhrasing, type Slice } from './phrasing';

export type Piece =
  | { kind: 'heading'; depth: number; phrasing: PhrasingContent[] }
  | { kind: 'text'; phrasing: PhrasingContent[] }
  /** A list item; `mark` is its marker as written ("-", "+", "1.", "2)"). */
  | { kind: 'item'; mark: string; ordered: boolean; phrasing: PhrasingContent[] }
  | { kind: 'table'; table: Table };

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

const plain = (value: string): PhrasingContent[] => (value ? [{ type: 'text', value }] : []);

/** The blocks of one paragraph's Markdown, flattened (list items and quotes opened up). */
export function pieces(markdown: string): Piece[] {
  const slice: Slice = (node) => markdown.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const out: Piece[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading')
        out.push({ kind: 'heading', depth: node.depth, phrasing: keepPhrasing(node.children, slice) });
      else if (node.type === 'paragraph') out.push({ kind: 'text', phrasing: keepPhrasing(node.children, slice) });
      else if (node.type === 'list')
        for (const item of node.children) {
          const first = item.children[0];
          const start = item.position?.start.offset ?? 0;
          const mark = markdown.slice(start, first?.position?.start.offset ?? start).trim();
          const at = out.length;
          walk(item.children);
          const head = out[at];
          // The item's first block carries its marker; nested blocks follow as they are.
          if (head && (head.kind === 'text' || head.kind === 'heading'))
            out[at] = { kind: 'item', mark, ordered: node.ordered === true, phrasing: head.phrasing };
          else out.splice(at, 0, { kind: 'item', mark, ordered: node.ordered === true, phrasing: [] });
        }
      else if (node.type === 'blockquote') walk(node.children);
      else if (node.type === 'table') out.push({ kind: 'table', table: keepTable(node, slice) });
      else out.push({ kind: 'text', phrasing: plain(slice(node)) });
    }
  };
  walk(parseMarkdown(markdown).children);
  return out;
}

function keepTable(table: Table, slice: Slice): Table {
  return {
    type: 'table',
    align: table.align ?? null,
    children: table.children.map((row) => ({
      type: 'tableRow',
      children: row.children.map((cell) => ({ type: 'tableCell', children: keepPhrasing(cell.children, slice) })),
    })),
  };
}
