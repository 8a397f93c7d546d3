/** tasks.csv: one row per task, for spreadsheets. RFC 4180 (csv-stringify), UTF-8 BOM so Excel reads Vietnamese. */
import { stringify } from 'csv-stringify/sync';
import type { Task, Unit } from '../../schema';

const COLUMNS = [
  'id',
  'plan',
  'area',
  'number',
  'title',
  'objective',
  'lead',
  'coordinate',
  'time',
  'time_kind',
  'time_from',
  'time_to',
  'budget',
  'note',
  'url',
  'source_file',
  'source_lines',
] as const;

// A leading = + - @ would run as a formula in a spreadsheet: source text is untrusted.
const defused = (value: string) => (/^[=+\-@]/.test(value) ? `'${value}` : value);

export function tasksCsv(tasks: Task[], units: Map<string, Unit>, siteUrl: string): string {
  const names = (ids: string[]) => ids.map((id) => units.get(id)?.name ?? id).join('; ');
  const rows = tasks.map((t) => [
    t.id,
    t.plan,
    t.area,
    t.number,
    t.title,
    t.objective,
    names(t.lead),
    names(t.coordinate),
    t.time?.raw ?? '',
    t.time?.kind ?? '',
    t.time?.from ?? '',
    t.time?.to ?? '',
    t.budget,
    t.note,
    new URL(t.url.replace(/^\//, ''), siteUrl).href,
    t.source.file,
    `${t.source.lines[0]}-${t.source.lines[1]}`,
  ]);
  return stringify([[...COLUMNS], ...rows.map((r) => r.map((v) => defused(String(v))))], {
    bom: true,
    record_delimiter: 'windows',
    // csv-stringify quotes only the record delimiter itself; a lone \n or \r inside a cell needs quotes too (RFC 4180).
    quoted_match: /[\r\n]/,
  });
}
