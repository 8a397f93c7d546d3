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
import { parseProse, type ProseOptions } from './prose/parse';

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
}

const TABLE_HEADER = /^(STT|TT)\t/m;
// PDF text: the appendix header arrives one short line per cell, no tabs.
const PDF_HEADER = /^\s*Cơ quan (chủ|phối)\s*$/im;

/** The prose of a PDF extract ends where its appendix heading stands alone on a line. */
function beforeAppendix(text: string): string {
  const at = text.search(/^\s*PHỤ LỤC\s*$/mu);
  return at >= 0 ? text.slice(0, at) : text;
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
  },
  'pdf-text': {
    detect: (text) => PDF_HEADER.test(text),
    parsers: [
      { name: 'bảng PDF', run: (text, o) => parsePdfTable(text, { file: o.file, plan: o.id }) },
      prose({ tasksFromBullets: false }, (text) => cleanPdfText(beforeAppendix(text))),
    ],
  },
  prose: { detect: () => true, parsers: [prose({ tasksFromBullets: true })] },
};

/** The shape of a text whose metadata does not name one. */
export function detectFormat(text: string): SourceFormat {
  return SOURCE_SHAPES.find((s) => READERS[s.id].detect(text))?.id ?? 'prose';
}

export function parseSource(
  text: string,
  opts: ShapeOptions & { format: SourceFormat },
): { results: ParseResult[]; diagnostics: Diagnostic[]; prose: string[] } {
  const diagnostics: Diagnostic[] = [];
  const results = READERS[opts.format].parsers.map((parser) => {
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
  const body = results.flatMap((r) => r.ledger.filter((l) => l.to === 'prose').map((l) => l.text));
  return { results, diagnostics, prose: body };
}
