/**
 * The open data's CSV files, for spreadsheets: RFC 4180 (csv-stringify),
 * UTF-8 BOM so Excel reads Vietnamese. In tasks.csv, `doubtful` lists the
 * fields the importer is not sure of (TASK_FIELDS names), `doubt_reasons`
 * each with its reason codes.
 */
import { stringify } from 'csv-stringify/sync';
import type { FieldDoubt, LegalBasis, Task, Unit, UnitEventRecord } from '../../schema';
import { basisId } from '../units/timeline';

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

// A leading = + - @ would run as a formula in a spreadsheet: source text is untrusted.
const defused = (value: string) => (/^[=+\-@]/.test(value) ? `'${value}` : value);

const table = (columns: readonly string[], rows: (string | number)[][]) =>
  stringify([[...columns], ...rows.map((r) => r.map((v) => defused(String(v))))], {
    bom: true,
    record_delimiter: 'windows',
    // csv-stringify quotes only the record delimiter itself; a lone \n or \r inside a cell needs quotes too (RFC 4180).
    quoted_match: /[\r\n]/,
  });

const EVENT_COLUMNS = [
  'id',
  'unit',
  'unit_name',
  'type',
  'effective',
  'successors',
  'successor_names',
  'basis',
  'confidence',
  'note',
] as const;

/** unit-events.csv: one row per event; successors and bases joined with "; ", bases written out. */
export function unitEventsCsv(events: UnitEventRecord[], units: Map<string, Unit>, bases: LegalBasis[]): string {
  const byId = new Map(bases.map((b) => [b.id, b]));
  const name = (id: string) => units.get(id)?.name ?? id;
  const basis = (ref: UnitEventRecord['basis'][number]) => {
    const b = byId.get(basisId(ref));
    const cite = typeof ref === 'string' ? '' : ` ${ref.cite}`;
    return b ? `${b.number ?? '(số chưa xác định)'}${cite} (${b.issuer}, ${b.date})` : basisId(ref);
  };
  return table(
    EVENT_COLUMNS,
    events.map((e) => [
      e.id,
      e.unit,
      name(e.unit),
      e.type,
      e.effective ?? '',
      e.successors.map((s) => s.unit).join('; '),
      e.successors.map((s) => name(s.unit) + (s.scope ? ` (${s.scope})` : '')).join('; '),
      e.basis.map(basis).join('; '),
      e.confidence,
      e.note ?? '',
    ]),
  );
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
  return table(COLUMNS, rows);
}
