/**
 * Chooses the parsers for a source shape and runs them. A parser that throws
 * on a document it was not built for must not take the whole site down: the
 * plan is published without those records and the failure is reported.
 */
import type { Diagnostic, SourceFormat } from '../../src/schema';
import { emptyResult, type ParseResult } from '../../src/import/raw';
import { parseTsvTable } from '../../src/import/tsv/table';
import { parsePdfTable } from '../../src/import/pdf/table';
import { cleanPdfText } from '../../src/import/pdf/text';
import { parseProse, proseParagraphs } from '../../src/import/prose/parse';
import { paragraphs, type Paragraph } from '../../src/import/prose/outline';

interface Options {
  id: string;
  file: string;
  format: SourceFormat;
  period: { from: number; to: number };
}

function guarded(name: string, opts: Options, run: () => ParseResult, diagnostics: Diagnostic[]): ParseResult {
  try {
    return run();
  } catch (e) {
    diagnostics.push({
      level: 'warning',
      code: 'parser-failed',
      message: `Bộ đọc ${name} không đọc được văn bản: ${(e as Error).message}`,
      plan: opts.id,
      file: opts.file,
    });
    return emptyResult();
  }
}

/** The prose of a PDF extract ends where its appendix heading stands alone on a line. */
function beforeAppendix(text: string): string {
  const at = text.search(/^\s*PHỤ LỤC\s*$/mu);
  return at >= 0 ? text.slice(0, at) : text;
}

/** A table source's text before its first row: the prose and the appendix's title, as printed. */
function beforeTable(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => l.includes('\t'));
  return at >= 0 ? lines.slice(0, at) : lines;
}

export function parseSource(
  text: string,
  opts: Options,
): { results: ParseResult[]; diagnostics: Diagnostic[]; paragraphs: Paragraph[] } {
  const diagnostics: Diagnostic[] = [];
  const base = { file: opts.file, plan: opts.id };
  // The PDF extract's prose, rebuilt into paragraphs (hard wraps and page furniture gone).
  const lines = opts.format === 'pdf-text' ? cleanPdfText(beforeAppendix(text)) : undefined;
  const prose = (extra: object) =>
    guarded('văn xuôi', opts, () => parseProse(text, { ...base, period: opts.period, ...extra }), diagnostics);
  const results =
    opts.format === 'tsv'
      ? [guarded('bảng', opts, () => parseTsvTable(text, base), diagnostics), prose({ tasksFromBullets: false })]
      : opts.format === 'pdf-text'
        ? [
            guarded('bảng PDF', opts, () => parsePdfTable(text, base), diagnostics),
            prose({ lines, tasksFromBullets: false }),
          ]
        : [prose({ tasksFromBullets: true })];
  // The body of the plan page: the whole prose before the appendix's table, as paragraphs.
  const body = opts.format === 'tsv' ? paragraphs(beforeTable(text)) : proseParagraphs(text, lines);
  return { results, diagnostics, paragraphs: body };
}
