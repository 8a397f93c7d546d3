/**
 * The inline content a plan document keeps: text, emphasis, strong,
 * strikethrough, line breaks and safe links. Anything else the Markdown
 * parser found (raw HTML, images, code, unsafe links, references) becomes
 * the text it was written as: source text is untrusted and never markup.
 */
import type { PhrasingContent, Text } from 'mdast';

/** Links kept as links: the web and mail only, never javascript:, data: or relative paths. */
const SAFE_URL = /^(https?:\/\/|mailto:)/i;

const text = (value: string): Text => ({ type: 'text', value });

/** The source slice a node was parsed from (its own text when it has no position). */
export type Slice = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) => string;

export function keepPhrasing(nodes: readonly PhrasingContent[], slice: Slice): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const push = (node: PhrasingContent) => {
    const last = out.at(-1);
    // Adjacent text merges, so that later passes (cross-links) see whole phrases.
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else out.push(node);
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        push(text(node.value));
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        push({ type: node.type, children: keepPhrasing(node.children, slice) } as PhrasingContent);
        break;
      case 'break':
        push({ type: 'break' });
        break;
      case 'link':
        if (SAFE_URL.test(node.url))
          push({ type: 'link', url: node.url, children: keepPhrasing(node.children, slice) });
        else push(text(slice(node)));
        break;
      case 'html':
        push(text(node.value));
        break;
      default:
        // image, references, footnote calls: as written.
        push(text(slice(node)));
    }
  }
  return out;
}
