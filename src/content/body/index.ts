/**
 * A plan's body: its prose paragraphs → syntax tree → cross-links → MDX.
 */
import type { Paragraph } from '../../import/prose/outline';
import { bodyTree, type BodyHeading } from './tree';
import { crossLink, type LinkContext } from './links';
import { toMdx } from './serialize';

export type { BodyHeading, LinkContext };

export interface PlanBody {
  mdx: string;
  outline: BodyHeading[];
}

/** `tree`: bodyTree itself, or its cache in an incremental build (scripts/lib/import-cache.ts). */
export function planBody(paragraphs: readonly Paragraph[], links: LinkContext, tree = bodyTree): PlanBody {
  const { root, outline } = tree(paragraphs);
  return { mdx: toMdx(crossLink(root, links)), outline };
}
