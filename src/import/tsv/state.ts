/** What the TSV table reader carries from row to row (src/import/tsv/table.ts). */
import type { Diagnostic } from '../../schema/quality';
import type { TaskDraft, Slot } from './build';
import type { Field } from './header';
import type { Section } from './rows';

/** A cell waiting for its place in the ledger (where it went, or why nowhere). */
export interface Pending {
  line: number;
  column?: number;
  text: string;
  to?: string;
  task?: TaskDraft;
  path?: string;
}

export interface TsvOptions {
  file: string;
  plan: string;
}

export interface State {
  tasks: TaskDraft[];
  sections: { section: Section; line: number }[];
  ledger: Pending[];
  diagnostics: Omit<Diagnostic, 'plan' | 'file'>[];
  slots: Map<Field, Slot[]>;
  consumed: Set<number>;
  /**
   * Output items a row holds beyond its activities, waiting for the next row:
   * that row starts a further activity and leaves its output cell empty, so
   * the item printed one line too high is its output (000 line 11 → 12).
   */
  carry?: { line: number; column: number; items: string[] };
}
