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
import { parseProse } from '../../src/import/prose/parse';

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

export function parseSource(
  text: string,
  opts: Options,
): { results: ParseResult[]; diagnostics: Diagnostic[]; prose: string[] } {
  const diagnostics: Diagnostic[] = [];
  const base = { file: opts.file, plan: opts.id };
  const prose = (extra: object) =>
    guarded('văn xuôi', opts, () => parseProse(text, { ...base, period: opts.period, ...extra }), diagnostics);
  const results =
    opts.format === 'tsv'
      ? [guarded('bảng', opts, () => parseTsvTable(text, base), diagnostics), prose({ tasksFromBullets: false })]
      : opts.format === 'pdf-text'
        ? [
            guarded('bảng PDF', opts, () => parsePdfTable(text, base), diagnostics),
            prose({ lines: cleanPdfText(beforeAppendix(text)), tasksFromBullets: false }),
          ]
        : [prose({ tasksFromBullets: true })];
  const body = results.flatMap((r) => r.ledger.filter((l) => l.to === 'prose').map((l) => l.text));
  return { results, diagnostics, prose: body };
}
