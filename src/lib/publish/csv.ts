/**
 * tasks.csv: one row per task, for spreadsheets. RFC 4180 quoting, UTF-8 BOM
 * so Excel reads Vietnamese. `doubtful` lists the fields the importer is not
 * sure of (TASK_FIELDS names), `doubt_reasons` each with its reason codes.
 */
import type { FieldDoubt, Task, Unit } from '../../schema';

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
  'doubtful',
  'doubt_reasons',
] as const;

function cell(value: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet: source text is untrusted.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function doubtColumns(doubts: readonly FieldDoubt[]): [string, string] {
  const byField = new Map<string, Set<string>>();
  for (const d of doubts) byField.set(d.field, (byField.get(d.field) ?? new Set()).add(d.reason));
  return [
    [...byField.keys()].join('; '),
    [...byField].map(([field, reasons]) => `${field}: ${[...reasons].join(', ')}`).join('; '),
  ];
}

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
    ...doubtColumns(t.doubts),
  ]);
  return (
    '\uFEFF' +
    [COLUMNS as readonly string[], ...rows].map((r) => r.map((v) => cell(String(v))).join(',')).join('\r\n') +
    '\r\n'
  );
}
