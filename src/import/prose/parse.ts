/**
 * Prose of a plan (vinh-linh-2021-2025 entirely; the body of vp-ubnd-2024, snv-2026, hai-lang-2024 before their
 * appendix) → statements per area, targets, duties and, for a plan with no
 * task table, tasks from the "Nhiệm vụ" bullets. Every non-empty paragraph
 * ends in the ledger: a record, plan body text ('prose') or 'quality'.
 */
import type { ParseResult } from '../raw';
import { areaKey } from '../areas';
import { paragraphs, fromCleaned, shapeOf, type Paragraph, type Shape } from './outline';
import { ProseBuilder } from './builder';
import { dutyStep } from './duties';
import { tasksFromStatements } from './tasks';

export interface ProseOptions {
  file: string;
  plan: string;
  period: { from: number; to: number };
  /** Pre-cleaned paragraphs (PDF text); default: the text's own lines. */
  lines?: { text: string; line: number }[];
  /** The plan has no task table: each "Nhiệm vụ" bullet is also a task. */
  tasksFromBullets?: boolean;
}

// Sentences that close the plan body rather than assign anything.
const CLOSING = /^(Trên đây là|Trong quá trình (triển khai )?thực hiện|Quá trình thực hiện)/u;
const SIGNATURE = /^(Nơi nhận|TM\.|KT\.)/u;

/** The prose ends where the appendix starts (PHỤ LỤC, or the first tab-separated row). */
function untilAppendix<T extends string | { text: string }>(lines: T[]): T[] {
  const i = lines.findIndex((l) => {
    const t = typeof l === 'string' ? l : l.text;
    return /^\s*(\*\*)?PHỤ LỤC\b/u.test(t) || t.includes('\t');
  });
  return i < 0 ? lines : lines.slice(0, i);
}

/** The paragraph's text without its bullet or letter. */
const bodyOf = (shape: Shape, p: Paragraph) =>
  shape.kind === 'bullet' || shape.kind === 'text' ? shape.text : shape.kind === 'letter' ? shape.title : p.text;

/** The paragraphs of the prose before the appendix: the text's own lines, or pre-cleaned ones (PDF text). */
export function proseParagraphs(text: string, lines?: { text: string; line: number }[]): Paragraph[] {
  return lines ? fromCleaned(untilAppendix(lines)) : paragraphs(untilAppendix(text.split(/\r?\n/)));
}

export function parseProse(text: string, opts: ProseOptions): ParseResult {
  const b = new ProseBuilder(opts);
  const paras = proseParagraphs(text, opts.lines);
  let unit: string | null = null;
  let closed = false;

  for (const p of paras) {
    const shape = shapeOf(p);
    if (b.part && SIGNATURE.test(p.text)) closed = true;
    if (closed || CLOSING.test(p.text)) {
      b.ledger(p, 'prose');
      continue;
    }
    if (shape.kind === 'part') {
      b.startPart(shape.numeral, shape.title);
      unit = null;
      b.ledger(p, 'prose');
      continue;
    }
    const part = b.part;
    if (!part || part.kind === 'budget' || part.kind === 'other') {
      b.ledger(p, 'prose'); // preamble, legal bases, budget
      continue;
    }
    if (shape.kind === 'footnote') {
      const why = 'Chú thích cuối trang nằm giữa nội dung; các gạch đầu dòng ngay sau có thể thuộc chú thích';
      b.diag('warning', 'footnote-in-body', why, p);
      b.ledger(p, 'quality');
      continue;
    }
    if (part.kind === 'duties') {
      if (shape.kind === 'numbered') b.count('tổ chức thực hiện', shape.number, p);
      const step = dutyStep(p, shape.kind === 'numbered', bodyOf(shape, p), unit);
      unit = step.unit;
      if (step.duty) {
        b.res.duties.push(step.duty);
        b.targets(step.duty.text, p, 'duty');
      }
      b.ledger(p, step.to);
      continue;
    }
    if (shape.kind === 'numbered' && part.kind === 'tasks' && (shape.heading || areaKey(shape.title))) {
      b.startArea(shape.number, shape.title, p);
      continue;
    }
    if ((shape.kind === 'numbered' || shape.kind === 'letter') && shape.heading) {
      b.startGroup(shape.kind === 'numbered' ? shape.number : shape.letter, shape.title, p);
      continue;
    }
    // "(Chi tiết các nhiệm vụ CCHC tại Phụ lục kèm theo)": a pointer, not a statement.
    if (/^\(.*\)\.?$/su.test(p.text)) {
      b.ledger(p, 'prose');
      continue;
    }
    const g = b.ensureGroup(p);
    if (shape.kind === 'leadin') {
      g.leadin = null;
      const s = b.addStatement(p, shape.title);
      g.leadin = { year: shape.year, raw: shape.title, statement: s };
      g.parent = s;
    } else if (shape.kind === 'numbered') {
      // "1. Tăng cường ...": a numbered item (a solution) keeps the document's own number.
      b.count(`mục ${g.prefix}`, shape.number, p);
      g.parent = b.addStatement(p, shape.title, `${g.prefix}.${shape.number}`);
    } else if (g.leadin) b.addChild(g.leadin.statement, p, bodyOf(shape, p));
    else if (shape.kind === 'bullet' && shape.mark === '+' && g.parent) b.addChild(g.parent, p, shape.text);
    else {
      if (shape.kind === 'text' && g.count > 0 && !opts.lines)
        b.diag('info', 'bullet-missing', 'Đoạn không có dấu gạch đầu dòng giữa danh sách; coi như một mục riêng', p);
      g.parent = b.addStatement(p, shape.kind === 'letter' ? p.text : bodyOf(shape, p));
    }
  }

  b.reportNumbering();
  if (opts.tasksFromBullets) b.res.tasks = tasksFromStatements(b.res.areas, b.res.duties, b.childLines);
  return b.res;
}
