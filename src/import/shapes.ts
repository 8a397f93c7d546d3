/**
 * What the importer does with each source shape of src/schema/shapes.ts:
 * how to recognise it, and which parsers read it. A parser that throws on a
 * document it was not built for must not take the whole site down: the plan
 * is published without those records and the failure is reported.
 */
import type { Diagnostic, SourceFormat } from '../schema';
import { SOURCE_SHAPES } from '../schema/shapes';
import { emptyResult, type ParseResult } from './raw';
import { parseTsvTable } from './tsv/table';
import { parsePdfTable } from './pdf/table';
import { cleanPdfText } from './pdf/text';
import { parseProse, proseParagraphs, type ProseOptions } from './prose/parse';
import { paragraphs, type Paragraph } from './prose/outline';

export interface ShapeOptions {
  id: string;
  file: string;
  period: { from: number; to: number };
}

interface Parser {
  /** Named in the report when it fails. */
  name: string;
  run: (text: string, opts: ShapeOptions) => ParseResult;
}

interface Reader {
  /** Whether a text has this shape; shapes are tried in the order of SOURCE_SHAPES. */
  detect: (text: string) => boolean;
  parsers: Parser[];
  /** The plan page's body: the document's prose before the appendix's table, as paragraphs. */
  body: (text: string) => Paragraph[];
}

const TABLE_HEADER = /^(STT|TT)\t/m;
// PDF text: the appendix header arrives one short line per cell, no tabs.
const PDF_HEADER = /^\s*Cơ quan (chủ|phối)\s*$/im;

/** The prose of a PDF extract ends where its appendix heading stands alone on a line. */
function beforeAppendix(text: string): string {
  const at = text.search(/^\s*PHỤ LỤC\s*$/mu);
  return at >= 0 ? text.slice(0, at) : text;
}

/** A PDF extract's prose rebuilt into lines (hard wraps and page furniture gone). */
const pdfLines = (text: string) => cleanPdfText(beforeAppendix(text));

/** A table source's text before its first row: the prose and the appendix's title, as printed. */
function beforeTable(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => l.includes('\t'));
  return at >= 0 ? lines.slice(0, at) : lines;
}

const prose = (
  extra: Pick<ProseOptions, 'tasksFromBullets'>,
  prepare?: (text: string) => NonNullable<ProseOptions['lines']>,
): Parser => ({
  name: 'văn xuôi',
  run: (text, o) =>
    parseProse(text, {
      file: o.file,
      plan: o.id,
      period: o.period,
      ...extra,
      ...(prepare ? { lines: prepare(text) } : {}),
    }),
});

const READERS: Record<SourceFormat, Reader> = {
  tsv: {
    detect: (text) => TABLE_HEADER.test(text),
    parsers: [
      { name: 'bảng', run: (text, o) => parseTsvTable(text, { file: o.file, plan: o.id }) },
      prose({ tasksFromBullets: false }),
    ],
    body: (text) => paragraphs(beforeTable(text)),
  },
  'pdf-text': {
    detect: (text) => PDF_HEADER.test(text),
    parsers: [
      { name: 'bảng PDF', run: (text, o) => parsePdfTable(text, { file: o.file, plan: o.id }) },
      prose({ tasksFromBullets: false }, pdfLines),
    ],
    body: (text) => proseParagraphs(text, pdfLines(text)),
  },
  prose: {
    detect: () => true,
    parsers: [prose({ tasksFromBullets: true })],
    body: (text) => proseParagraphs(text),
  },
};

/** The shape of a text whose metadata does not name one. */
export function detectFormat(text: string): SourceFormat {
  return SOURCE_SHAPES.find((s) => READERS[s.id].detect(text))?.id ?? 'prose';
}

export function parseSource(
  text: string,
  opts: ShapeOptions & { format: SourceFormat },
): { results: ParseResult[]; diagnostics: Diagnostic[]; paragraphs: Paragraph[] } {
  const diagnostics: Diagnostic[] = [];
  const reader = READERS[opts.format];
  const results = reader.parsers.map((parser) => {
    try {
      return parser.run(text, opts);
    } catch (e) {
      diagnostics.push({
        level: 'warning',
        code: 'parser-failed',
        message: `Bộ đọc ${parser.name} không đọc được văn bản: ${(e as Error).message}`,
        plan: opts.id,
        file: opts.file,
      });
      return emptyResult();
    }
  });
  return { results, diagnostics, paragraphs: reader.body(text) };
}
