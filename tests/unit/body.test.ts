/**
 * The plan bodies built from the real sources: structure and cross-links,
 * each fact checked by a person against content/sources/ (line quoted).
 */
import { describe, it, expect } from 'vitest';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { importContent } from '../../scripts/lib/pipeline';
import { bodyTree } from '../../src/content/body/tree';
import { crossLink } from '../../src/content/body/links';
import { isoDate } from '../../src/content/body/links';
import { headingAt } from '../../src/lib/site/outline';
import { paragraphs } from '../../src/import/prose/outline';

const corpus = importContent('content');

function body(plan: string) {
  const prose = corpus.prose.get(plan)!;
  const { root, outline } = bodyTree(prose.paragraphs);
  return { root: crossLink(root, prose.links), outline };
}

/** Every node of a tree, depth first. */
function nodes(root: Root): RootContent[] {
  const out: RootContent[] = [];
  const walk = (n: { children?: unknown[] }) =>
    (n.children as RootContent[] | undefined)?.forEach((c) => {
      out.push(c);
      walk(c as { children?: unknown[] });
    });
  walk(root);
  return out;
}
const components = (root: Root, name: string) =>
  nodes(root).filter((n): n is MdxJsxTextElement => n.type === 'mdxJsxTextElement' && n.name === name);
const attr = (el: MdxJsxTextElement, name: string) =>
  el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;

describe('vinh-linh-2021-2025 (Markdown document)', () => {
  const { root, outline } = body('vinh-linh-2021-2025');

  it('keeps bold where the document is bold, with its line break (lines 3–4)', () => {
    // "**ỦY BAN NHÂN DÂN  " / "HUYỆN VĨNH LINH**": bold, broken after the first line.
    const first = root.children[0]!;
    expect(first.type).toBe('paragraph');
    const strong = (first as { children: RootContent[] }).children[0]!;
    expect(strong.type).toBe('strong');
    expect((strong as { children: RootContent[] }).children.map((c) => c.type)).toEqual(['text', 'break', 'text']);
    expect(toString(strong)).toBe('ỦY BAN NHÂN DÂNHUYỆN VĨNH LINH');
  });

  it('has headings where the document has them, by its numbering (lines 58, 78, 430)', () => {
    expect(outline.find((h) => h.lines[0] === 58)).toMatchObject({
      id: 'muc-i',
      depth: 3,
      text: 'I. MỤC TIÊU, YÊU CẦU',
    });
    expect(outline.find((h) => h.lines[0] === 78)).toMatchObject({ id: 'muc-ii', depth: 3 });
    expect(outline.find((h) => h.lines[0] === 430)).toMatchObject({
      id: 'muc-vi-2',
      depth: 4,
      text: '2. Phòng Nội vụ:',
    });
    // "5. Phòng Tài chính- Kế hoạch" is followed by "7. Phòng Văn hóa" (line 474): the printed number is kept.
    expect(outline.map((h) => h.id)).toContain('muc-vi-7');
    expect(outline.map((h) => h.id)).not.toContain('muc-vi-6');
    expect(new Set(outline.map((h) => h.id)).size).toBe(outline.length);
  });

  it('a duty at line 432 ("a) Là cơ quan thường trực ...") comes under "2. Phòng Nội vụ:"', () => {
    expect(headingAt(outline, 432)?.id).toBe('muc-vi-2');
    expect(headingAt(outline, 1)).toBeUndefined();
  });

  it('cites "Nghị quyết số 76/NQ-CP ngày 15/7/2021" with its number and date marked up (line 21)', () => {
    const ref = components(root, 'LegalRef').find((r) => attr(r, 'number') === '76/NQ-CP')!;
    expect(toString(ref)).toBe('Nghị quyết số 76/NQ-CP ngày 15/7/2021');
    expect([attr(ref, 'kind'), attr(ref, 'date')]).toEqual(['Nghị quyết', '2021-07-15']);
    const inner = ref.children.filter((c): c is MdxJsxTextElement => c.type === 'mdxJsxTextElement');
    expect(inner.map((c) => [c.name, toString(c)])).toEqual([
      ['data', '76/NQ-CP'],
      ['time', '15/7/2021'],
    ]);
  });

  it('reads the date "17/11/ 2021" as written, and as 2021-11-17 (line 26)', () => {
    const ref = components(root, 'LegalRef').find((r) => attr(r, 'number') === '3647/QĐ-UBND')!;
    expect(toString(ref)).toBe('Quyết định số 3647/QĐ-UBND ngày 17/11/ 2021');
    expect(attr(ref, 'date')).toBe('2021-11-17');
  });

  it('links "phòng Nội vụ" in Điều 2 to the unit (line 34)', () => {
    const refs = components(root, 'UnitRef').filter((r) => toString(r) === 'phòng Nội vụ');
    expect(refs.length).toBeGreaterThan(0);
    expect(attr(refs[0]!, 'href')).toBe('/don-vi/vinh-linh-phong-noi-vu/');
  });
});

describe('the other four plans', () => {
  it('vp-ubnd-2024: plain-text headings and bold signature (lines 9, 190–191, 195)', () => {
    const { root, outline } = body('vp-ubnd-2024');
    expect(outline.find((h) => h.lines[0] === 9)).toMatchObject({ id: 'muc-i', text: 'I. MỤC ĐÍCH, YÊU CẦU' });
    expect(outline.find((h) => h.lines[0] === 195)?.text).toBe('PHỤ LỤC');
    const strong = nodes(root)
      .filter((n) => n.type === 'strong')
      .map((n) => toString(n));
    expect(strong).toContain('KT. CHÁNH VĂN PHÒNG\nPHÓ VĂN PHÒNG');
  });

  it('hai-lang-2024: hard-wrapped PDF lines are one paragraph (lines 5–11), "2.1. Phòng Nội vụ" a heading (534)', () => {
    const { root, outline } = body('hai-lang-2024');
    const intro = root.children.find(
      (c) => c.type === 'paragraph' && toString(c).startsWith('Thực hiện Kế hoạch số 250'),
    );
    expect(toString(intro!)).toMatch(/năm 2024 như sau:$/);
    expect(outline.find((h) => h.lines[0] === 534)).toMatchObject({ depth: 5, text: '2.1. Phòng Nội vụ' });
    // The PDF's own line breaks ("Kế hoạch số 14/KH-" / "UBND") do not cut the citation.
    const numbers = components(root, 'LegalRef').map((r) => attr(r, 'number'));
    expect(numbers).toContain('14/KH-UBND');
  });

  it('snv-2026: a blank document number ("Số: /KH-SNV", line 3) is no citation', () => {
    const { root } = body('snv-2026');
    expect(components(root, 'LegalRef').some((r) => String(attr(r, 'number')).includes('SNV'))).toBe(false);
  });

  it('qt-2021-2025: the appendix title before the table is the whole text (lines 3–7)', () => {
    const { root, outline } = body('qt-2021-2025');
    expect(outline.map((h) => h.text)).toEqual(['PHỤ LỤC']);
    expect(
      nodes(root)
        .filter((n) => n.type === 'strong')
        .map((n) => toString(n)),
    ).toEqual(['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH CỦA TỈNH QUẢNG TRỊ GIAI ĐOẠN 2021 - 2025, ĐỊNH HƯỚNG ĐẾN 2030']);
  });
});

describe('cross-links on a small text', () => {
  const links = {
    locate: (t: string) =>
      [...t.matchAll(/Phòng Nội vụ/g)].map((m) => ({ id: 'pnv', start: m.index, end: m.index + 12 })),
    unitHref: (id: string) => `/don-vi/${id}/`,
    tasks: new Map([
      ['13', '/kh/13/'],
      ['II.3', '/kh/ii-3/'],
    ]),
    appendixHref: '#muc-luc',
  };
  const link = (text: string) => crossLink(bodyTree(paragraphs([text])).root, links);

  it('links numbered tasks and the appendix; a number the plan lacks stays text', () => {
    const root = link('Thực hiện nhiệm vụ số 13 tại Phụ lục, nhiệm vụ tại mục II.3 và nhiệm vụ số 99.');
    expect(components(root, 'TaskRef').map((r) => [toString(r), attr(r, 'href')])).toEqual([
      ['nhiệm vụ số 13', '/kh/13/'],
      ['Phụ lục', '#muc-luc'],
      ['nhiệm vụ tại mục II.3', '/kh/ii-3/'],
    ]);
  });

  it('gives a legal citation priority over a unit inside it, and leaves links alone', () => {
    const root = link('Căn cứ Công văn số 12/Phòng Nội vụ ngày 30/2/2024 và [Phòng Nội vụ](https://x.vn).');
    const ref = components(root, 'LegalRef')[0]!;
    // 30/2/2024 does not exist: shown as written, not marked up as a date.
    expect(attr(ref, 'date')).toBeUndefined();
    expect(components(ref as unknown as Root, 'time')).toEqual([]);
    expect(components(root, 'UnitRef')).toEqual([]);
  });

  it('isoDate accepts only real days', () => {
    expect(isoDate(29, 2, 2024)).toBe('2024-02-29');
    expect(isoDate(29, 2, 2023)).toBeNull();
    expect(isoDate(31, 4, 2024)).toBeNull();
  });
});
