/**
 * Cross-links, inserted on the syntax tree as MDX components (never by
 * rewriting output text): units the importer resolves → <UnitRef>, numbered
 * tasks and the appendix → <TaskRef>, legal documents cited ("Nghị quyết số
 * 76/NQ-CP ngày 15/7/2021") → <LegalRef> with the number in <data> and the
 * date in <time>. Matching reads plain text nodes only; text inside links and
 * components is left alone.
 */
import type { Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export interface LinkContext {
  /** Units the importer recognises in a text, as offsets into it. */
  locate: (text: string) => readonly { id: string; start: number; end: number }[];
  /** Site-relative address of a unit's page. */
  unitHref: (id: string) => string;
  /** This plan's tasks: printed number ("13", "II.3") → site-relative address. */
  tasks: ReadonlyMap<string, string>;
  /** Where "Phụ lục" (the plan's table of tasks) points; null when the plan has no tasks. */
  appendixHref: string | null;
}

interface Match {
  start: number;
  end: number;
  node: (text: string) => MdxJsxTextElement;
}

const attr = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });
const text = (value: string): Text => ({ type: 'text', value });
const element = (name: string, attributes: MdxJsxAttribute[], children: PhrasingContent[]): MdxJsxTextElement => ({
  type: 'mdxJsxTextElement',
  name,
  attributes,
  children,
});

const KINDS =
  'Bộ luật|Luật|Nghị quyết|Nghị định|Quyết định|Thông tư liên tịch|Thông tư|Chỉ thị|Kế hoạch|Công văn|Chương trình hành động|Chương trình|Kết luận|Thông báo|Hướng dẫn|Tờ trình';
const NUMBER = String.raw`\d[\p{L}\d]*(?:[/.\-][\p{L}\d]+)*`;
const DATE = String.raw`(\d{1,2}) ?/ ?(\d{1,2}) ?/ ?(\d{4})|(\d{1,2}) tháng (\d{1,2}) năm (\d{4})`;
const LEGAL = new RegExp(`(?<![\\p{L}\\d])(${KINDS}) số:? ?(${NUMBER})(?: ngày (${DATE}))?`, 'gdu');
const TASK = /(?<![\p{L}\d])nhiệm vụ (?:số (\d+(?:\.\d+)*)|tại mục ([IVX]+(?:\.\d+)+|\d+(?:\.\d+)*))(?![\p{L}\d])/dgu;
const APPENDIX = /(?<![\p{L}\d])Phụ lục(?![\p{L}\d])/gu;

/** "15/7/2021" → "2021-07-15", only for a day that exists. */
export function isoDate(day: number, month: number, year: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

function legalMatches(value: string): Match[] {
  return [...value.matchAll(LEGAL)].map((m) => {
    const [start, end] = m.indices![0]!;
    const [ns, ne] = m.indices![2]!;
    const dateAt = m.indices![3];
    const number = m[2]!;
    const [day, month, year] = m[4] ? [m[4], m[5], m[6]] : [m[7], m[8], m[9]];
    const iso = dateAt ? isoDate(Number(day), Number(month), Number(year)) : null;
    return {
      start,
      end,
      node: () => {
        const children: PhrasingContent[] = [
          text(value.slice(start, ns)),
          element('data', [attr('value', number)], [text(number)]),
        ];
        if (dateAt) {
          const raw = value.slice(dateAt[0], dateAt[1]);
          children.push(text(value.slice(ne, dateAt[0])));
          // A date that does not exist is shown as written, not marked up as a date.
          children.push(iso ? element('time', [attr('datetime', iso)], [text(raw)]) : text(raw));
        }
        const attributes = [attr('kind', m[1]!), attr('number', number), ...(iso ? [attr('date', iso)] : [])];
        return element('LegalRef', attributes, children);
      },
    };
  });
}

function taskMatches(value: string, ctx: LinkContext): Match[] {
  const out: Match[] = [];
  for (const m of value.matchAll(TASK)) {
    const href = ctx.tasks.get(m[1] ?? m[2]!);
    const [start, end] = m.indices![0]!;
    if (href) out.push({ start, end, node: (t) => element('TaskRef', [attr('href', href)], [text(t)]) });
  }
  if (ctx.appendixHref)
    for (const m of value.matchAll(APPENDIX)) {
      const href = ctx.appendixHref;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        node: (t) => element('TaskRef', [attr('href', href)], [text(t)]),
      });
    }
  return out;
}

function unitMatches(value: string, ctx: LinkContext): Match[] {
  return ctx.locate(value).map(({ id, start, end }) => ({
    start,
    end,
    node: (t) => element('UnitRef', [attr('unit', id), attr('href', ctx.unitHref(id))], [text(t)]),
  }));
}

/** A text split at its matches; an earlier match wins over one it overlaps. */
function split(value: string, matches: Match[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.start < at || m.end <= m.start) continue;
    if (m.start > at) out.push(text(value.slice(at, m.start)));
    out.push(m.node(value.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < value.length) out.push(text(value.slice(at)));
  return out;
}

function walk(parent: Parent, ctx: LinkContext): void {
  parent.children = (parent.children as RootContent[]).flatMap((child): RootContent[] => {
    if (child.type === 'text') {
      // Legal citations first: "Quyết định số 11/2023/QĐ-UBND" must not lose "UBND" to a unit link.
      const matches = [...legalMatches(child.value), ...taskMatches(child.value, ctx)];
      const taken = (s: number, e: number) => matches.some((m) => s < m.end && e > m.start);
      matches.push(...unitMatches(child.value, ctx).filter((m) => !taken(m.start, m.end)));
      return split(
        child.value,
        matches.sort((a, b) => a.start - b.start || b.end - a.end),
      );
    }
    if (child.type !== 'link' && child.type !== 'mdxJsxTextElement' && 'children' in child) walk(child, ctx);
    return [child];
  }) as Parent['children'];
}

export function crossLink(root: Root, ctx: LinkContext): Root {
  walk(root, ctx);
  return root;
}
