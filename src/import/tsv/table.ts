/**
 * Appendix tables printed as tab-separated text (sources qt-2021-2025, vp-ubnd-2024, snv-2026):
 * text in, tasks + areas + diagnostics + ledger out. See docs/DOMAIN.md §5 for
 * the quirks handled here. Prose outside the tables is the prose parser's.
 */
import type { ParseResult } from '../raw';
import { emptyResult } from '../raw';
import { scan, type Cell } from './scan';
import { continues, type Section } from './rows';
import { extend, joinCut, newTask, type TaskDraft } from './build';
import { addEntry } from './entry';
import { finish } from './finish';
import type { State, TsvOptions } from './state';

export function parseTsvTable(text: string, opts: TsvOptions): ParseResult {
  const normalized = text.replace(/^\uFEFF/, '').normalize('NFC');
  const lines = normalized.split(/\r\n|\r|\n/);
  const { rows, diagnostics } = scan(lines);
  const state: State = { tasks: [], sections: [], ledger: [], diagnostics, slots: new Map(), consumed: new Set() };
  if (normalized !== text.replace(/^\uFEFF/, ''))
    diagnostics.push({ level: 'info', code: 'normalized-nfc', message: 'Văn bản được chuẩn hóa Unicode NFC' });

  let section: Section | undefined;
  let task: TaskDraft | undefined;
  let afterHeader = false;
  rows.forEach((row, i) => {
    if (state.consumed.has(i)) return;
    if (row.kind === 'header') {
      row.cells.forEach(
        (c, j) => c.trim() && state.ledger.push({ line: row.line, column: j + 1, text: c, to: 'header' }),
      );
      afterHeader = true;
      return;
    }
    if (row.kind === 'section') {
      section = row.section;
      task = undefined;
      state.slots.clear();
      state.sections.push({ section, line: row.line });
      row.cells.forEach(
        (c, j) =>
          c.trim() &&
          state.ledger.push({
            line: row.line,
            column: j + 1,
            text: c,
            to: `area:${section!.number || section!.label}`,
          }),
      );
      afterHeader = false;
      return;
    }
    if (row.kind !== 'data') return;
    if (row.stt) {
      task = newTask(row.stt, row.line, section);
      state.tasks.push(task);
      state.slots.clear();
      const stt = row.cells.find((c) => c.field === 'stt')!;
      state.ledger.push({ line: row.line, column: stt.column, text: stt.text, task, path: 'number' });
      addEntry(
        state,
        rows,
        i,
        task,
        row.cells.filter((c) => c.field !== 'stt'),
        true,
      );
    } else if (!task) {
      for (const c of row.cells) orphan(state, row.line, c, 'Ô nằm ngoài mọi mục đánh số (chưa có STT phía trên)');
    } else {
      const rest = afterHeader ? carryOver(state, task, row.line, row.cells) : row.cells;
      if (rest.length) addEntry(state, rows, i, task, rest, false);
    }
    afterHeader = false;
  });
  return finish(state, rows, lines, opts, emptyResult());
}

/** First row after a repeated page header: cells that continue the cells above are appended to them. */
function carryOver(state: State, task: TaskDraft, line: number, cells: Cell[]): Cell[] {
  const rest: Cell[] = [];
  for (const c of cells) {
    const slots = state.slots.get(c.field);
    const above = slots?.[slots.length - 1]?.get();
    const prose = c.field === 'objective' || c.field === 'task' || c.field === 'activity';
    if (!slots?.length || !continues(c.text, above, prose)) {
      rest.push(c);
      continue;
    }
    for (const s of slots) s.set(joinCut(s.get(), c.text));
    state.ledger.push({ line, column: c.column, text: c.text, task, path: slots[0]!.path });
    extend(task, line);
    for (const s of slots) {
      const m = /^activities\.(\d+)\./.exec(s.path);
      if (m) extend(task, line, task.acts[Number(m[1])]);
    }
  }
  return rest;
}

export function orphan(state: State, line: number, c: Cell, why: string): void {
  state.ledger.push({ line, column: c.column, text: c.text, to: 'quality' });
  state.diagnostics.push({
    level: 'warning',
    code: 'cell-unplaced',
    message: why,
    line,
    field: c.header,
    text: c.text,
  });
}
