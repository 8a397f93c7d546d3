/**
 * What a source-shape parser (tsv-table, pdf-table, prose) hands to the
 * assembler: strings exactly as understood from the text, before units,
 * times and areas are resolved. Pure data; no I/O anywhere in src/import.
 */
import type { Diagnostic } from '../schema/quality';
import type { Statement } from '../schema/plan';

export type Lines = [first: number, last: number];

export interface RawActivity {
  /** The Nhiệm vụ this activity belongs to when a numbered item holds several. */
  task?: string;
  text: string;
  outputs: string[];
  leadRaw: string;
  coordinateRaw: string;
  timeRaw: string;
  lines: Lines;
}

export interface RawTask {
  /** Section number as printed ("II", "2", "Nội dung 2"). */
  section: string;
  /** Section heading as printed; mapped to a canonical area by src/import/areas.ts. */
  areaLabel: string;
  /** Number as printed, already qualified where numbering restarts per section ("2.3", "II.3"). */
  number: string;
  title: string;
  objective: string;
  activities: RawActivity[];
  /** Outputs (Kết quả/Sản phẩm) of the task row itself, for shapes without an activity column (snv-2026). */
  outputs?: string[];
  /** Row-level fields for shapes whose task has no activity column. */
  leadRaw: string;
  coordinateRaw: string;
  timeRaw: string;
  budget: string;
  note: string;
  lines: Lines;
  /** Set by the prose parser when the lead must come from the duties section. */
  leadFromDuties?: boolean;
}

export interface RawArea {
  number: string;
  label: string;
  declaredCount?: number;
  statements: Statement[];
  lines: Lines;
}

export interface RawTarget {
  /** The clause about this target's quantity (what lines it up with other plans). */
  text: string;
  /** The whole sentence the document states, which holds the clause. */
  sentence: string;
  value: number;
  /** Top of a range ("15% - 25%"), else null. */
  valueMax: number | null;
  /** The quantity as written ("15% - 25%", "1-2 sáng kiến"). */
  valueRaw: string;
  unit: string;
  comparator: 'min' | 'max' | 'exact' | 'more-than' | 'less-than' | 'reduce-by';
  comparatorRaw: string;
  deadlineYear: number | null;
  /** The deadline as written ("Đến năm 2025", "hàng năm"); '' when it is the plan's own period. */
  deadlineRaw?: string;
  areaLabel: string;
  lines: Lines;
}

export interface RawDuty {
  unitRaw: string;
  role: 'lead' | 'coordinate';
  /** Area labels or keys named in the duty text. */
  areaLabels: string[];
  text: string;
  lines: Lines;
}

/**
 * Where each non-empty source cell went: a record field, or the quality
 * report. The conservation test reads this ledger.
 */
export interface LedgerEntry {
  line: number;
  column?: number;
  text: string;
  /** e.g. "task:II.3.objective", "area:II", "header", "quality". */
  to: string;
}

export interface ParseResult {
  tasks: RawTask[];
  areas: RawArea[];
  targets: RawTarget[];
  duties: RawDuty[];
  /** Total tasks the document says it has ("Phụ lục có 29 nhiệm vụ"). */
  declaredTaskCount?: number;
  diagnostics: Diagnostic[];
  ledger: LedgerEntry[];
}

export const emptyResult = (): ParseResult => ({
  tasks: [],
  areas: [],
  targets: [],
  duties: [],
  diagnostics: [],
  ledger: [],
});
