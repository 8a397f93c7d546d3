/**
 * First pass over a tab-separated document: which lines are table headers,
 * section rows and data rows, and what each data cell is (by its column).
 */
import type { Diagnostic } from '../../schema/quality';
import { unwrapWhole } from '../cells';
import { columnsOf, isHeaderRow, isSubHeaderRow, sameHeader, type Column, type Field } from './header';
import { realign, sectionOf, sttOf, type Section, type Shift } from './rows';

export interface Cell {
  field: Field;
  text: string;
  /** 1-based column in the source line. */
  column: number;
  /** Header label, for columns of unknown meaning (prefixed to the note). */
  label?: string;
  /** Header text of the column, for diagnostics. */
  header: string;
}

export type Row =
  | { kind: 'text' | 'blank' | 'outside'; line: number; raw: string }
  | { kind: 'header'; line: number; cells: string[] }
  | { kind: 'section'; line: number; cells: string[]; section: Section }
  | { kind: 'data'; line: number; stt: string; cells: Cell[]; italic: boolean; hasActivityColumn: boolean };

export interface Scan {
  rows: Row[];
  diagnostics: Omit<Diagnostic, 'plan' | 'file'>[];
}

export function scan(lines: string[]): Scan {
  const rows: Row[] = [];
  const diagnostics: Scan['diagnostics'] = [];
  let columns: Column[] | undefined;
  let header: string[] | undefined;
  const reported = new Set<string>();
  // A shifted row cut by a page break stays shifted in its continuation row.
  let carry: Shift | undefined;
  let afterHeader = false;
  /** Lines where the header comes again: page breaks do that in every exported plan. */
  const repeated: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (!raw.includes('\t')) {
      rows.push({ kind: raw.trim() ? 'text' : 'blank', line, raw });
      continue;
    }
    const cells = raw.split('\t');
    if (cells.every((c) => c.trim() === '')) {
      rows.push({ kind: 'blank', line, raw });
      continue;
    }
    if (isHeaderRow(cells)) {
      const next = lines[i + 1]?.split('\t');
      const sub = next && isSubHeaderRow(next) ? next : undefined;
      if (header && sameHeader(header, cells)) repeated.push(line);
      if (!header || !sameHeader(header, cells)) {
        columns = columnsOf(cells, sub);
        header = cells;
        columns.forEach((c, j) => {
          if (c.field !== 'unknown' || !c.label || reported.has(c.label)) return;
          reported.add(c.label);
          diagnostics.push({
            level: 'warning',
            code: 'unknown-column',
            message: `Cột "${c.label}" không phải cột đã biết; nội dung của nó được đưa vào Ghi chú`,
            line,
            field: `cột ${j + 1}`,
            text: c.label,
          });
        });
      }
      rows.push({ kind: 'header', line, cells });
      afterHeader = true;
      if (sub) rows.push({ kind: 'header', line: ++i + 1, cells: sub });
      continue;
    }
    if (!columns) {
      rows.push({ kind: 'outside', line, raw });
      continue;
    }
    const section = sectionOf(cells);
    if (section) {
      rows.push({ kind: 'section', line, cells, section });
      continue;
    }
    const inherited = afterHeader && carry && !cells[0]?.trim() ? reuse(carry, cells, columns) : undefined;
    if (cells.length < columns.length)
      diagnostics.push({
        level: 'warning',
        code: 'short-row',
        message: `Dòng có ${cells.length} ô, ít hơn ${columns.length} cột của tiêu đề; các ô được đọc theo thứ tự từ cột đầu, các cột cuối để trống`,
        line,
        text: raw,
      });
    const row = dataRow(cells, columns, line, diagnostics, inherited);
    carry = row.shift;
    afterHeader = false;
    rows.push(row.row);
  }
  // Reported once, as information with every line, not as a warning per page.
  if (repeated.length)
    diagnostics.push({
      level: 'info',
      code: 'header-repeated',
      message: `Dòng tiêu đề bảng lặp lại ${repeated.length} lần giữa bảng (thường do ngắt trang), không đọc thành nhiệm vụ: dòng ${repeated.join(', ')}`,
      line: repeated[0]!,
      field: 'tiêu đề',
    });
  return { rows, diagnostics };
}

/** The same shift applied to another row, when its gap cell is empty too. */
function reuse(shift: Shift, cells: string[], columns: Column[]): Shift | undefined {
  const c = cells.map((x) => x.trim());
  if (shift.direction === 'right' && c[shift.at]) return undefined;
  if (shift.direction === 'left' && c[columns.length - 1]) return undefined;
  const moved = shift.from.map((f) => (f < 0 ? '' : (c[f] ?? '')));
  return { ...shift, cells: moved };
}

function dataRow(
  raw: string[],
  columns: Column[],
  line: number,
  diagnostics: Scan['diagnostics'],
  inherited?: Shift,
): { row: Row; shift?: Shift } {
  let italic = false;
  const unwrapped = raw.map((c) => {
    const u = unwrapWhole(c);
    if (u.style === 'i') italic = true;
    return u.style ? u.text : c.trim();
  });
  const shift = inherited
    ? { ...inherited, cells: inherited.from.map((f) => (f < 0 ? '' : (unwrapped[f] ?? ''))) }
    : realign(unwrapped, columns);
  const from = shift ? shift.from : columns.map((_, j) => j);
  const cells = shift ? shift.cells : unwrapped;
  if (shift)
    diagnostics.push({
      level: 'warning',
      code: 'shifted-row',
      message: `Hàng lệch một cột sang ${shift.direction === 'right' ? 'phải' : 'trái'} từ cột "${columns[shift.at]?.label}"; đã căn lại${inherited ? ' (tiếp nối hàng lệch phía trên)' : ''}`,
      line,
      field: columns[shift.at]?.label ?? '',
      text: raw.join(' | '),
    });
  const out: Cell[] = [];
  let stt = '';
  columns.forEach((col, j) => {
    const text = (cells[j] ?? '').trim();
    if (!text) return;
    if (col.field === 'stt') stt = sttOf(text);
    out.push({
      field: col.field === 'unknown' ? 'note' : col.field,
      text,
      column: from[j]! + 1,
      header: col.label || `cột ${j + 1}`,
      ...(col.field === 'unknown' ? { label: col.label || `cột ${from[j]! + 1}` } : {}),
    });
  });
  // Cells beyond the header's width have no column at all.
  for (let j = columns.length; j < raw.length; j++) {
    if (!raw[j]!.trim() || from.includes(j)) continue;
    out.push({ field: 'note', text: raw[j]!.trim(), column: j + 1, label: `cột ${j + 1}`, header: `cột ${j + 1}` });
    diagnostics.push({
      level: 'warning',
      code: 'extra-cell',
      message: `Hàng có nhiều ô hơn tiêu đề bảng; ô thừa ở cột ${j + 1} được đưa vào Ghi chú`,
      line,
      field: `cột ${j + 1}`,
      text: raw[j]!.trim(),
    });
  }
  const row: Row = {
    kind: 'data',
    line,
    stt,
    cells: out,
    italic,
    hasActivityColumn: columns.some((c) => c.field === 'activity'),
  };
  return shift ? { row, shift } : { row };
}
