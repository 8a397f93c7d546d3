/**
 * The appendix table of a plan whose text was extracted from a PDF (source
 * hai-lang-2024): cells arrive one short line at a time with no delimiter. The stream
 * (pdf-cells) gives sections, numbered items and pieces; the layout
 * (pdf-rows) cuts each item's pieces into rows of cells; this turns the rows
 * into tasks and activities, and accounts for every line in the ledger.
 */
import type { Diagnostic } from '../../schema/quality';
import type { Cues } from './cues';
import { type Item, type Piece, readTable } from './cells';
import { layoutItems } from './rows';
import { mendFragments } from './mend';
import { checkRow } from './checks';
import type { Row } from './layout';
import { cellLines, joinLines } from './wrap';
import { emptyResult, type LedgerEntry, type ParseResult, type RawActivity, type RawTask } from '../raw';

export interface PdfTableOptions extends Cues {
  file: string;
  plan: string;
}

interface Block {
  section: { number: string; label: string };
  row: Extract<Item, { kind: 'row' }>;
  pieces: Piece[];
}

/**
 * Outputs of one cell: "- " items each on their own line. Without bullets the
 * cell is one output, since "; " and "," also join the parts of one title
 * ("Kế hoạch CCHC của các cơ quan, đơn vị; UBND cấp xã").
 */
function outputsOf(cell: Row[number] | undefined): string[] {
  if (!cell) return [];
  const items: string[][] = [];
  for (const l of cellLines(cell.pieces)) {
    const bullet = /^[-+•]\s*/.exec(l.text);
    if (bullet || items.length === 0) items.push([]);
    items[items.length - 1]!.push(bullet ? l.text.slice(bullet[0].length) : l.text);
  }
  const texts = items.map((i) => joinLines(i).trim()).filter((i) => i !== '');
  // The separators of a "- " list ("- Kế hoạch kiểm tra;") are not part of its items.
  return texts.length > 1 ? texts.map((t) => t.replace(/[;,]$/, '')) : texts;
}

const FIELD: Record<string, string> = {
  activity: 'text',
  output: 'outputs',
  lead: 'leadRaw',
  coord: 'coordinateRaw',
  time: 'timeRaw',
  task: 'task',
};

function lastLine(rows: readonly Row[], fallback: number): number {
  return Math.max(fallback, ...rows.flatMap((r) => r.flatMap((c) => c.pieces.map((p) => p.line))));
}

/** One numbered item: its first row's Nhiệm vụ is the title; each row is an activity. */
function buildTask(block: Block, rows: readonly Row[], ledger: LedgerEntry[]): RawTask {
  const n = block.row.number;
  const task: RawTask = {
    section: block.section.number,
    areaLabel: block.section.label,
    number: n,
    title: '',
    objective: '',
    activities: [],
    leadRaw: '',
    coordinateRaw: '',
    timeRaw: '',
    budget: '',
    note: '',
    lines: [block.row.line, lastLine(rows, block.row.line)],
  };
  ledger.push({ line: block.row.line, text: block.row.text, to: `task:${n}.number` });
  const notes: string[] = [];
  const budgets: string[] = [];
  rows.forEach((row, r) => {
    const get = (role: string) => row.find((c) => c.role === role)?.text ?? '';
    const lines = row.flatMap((c) => c.pieces.map((p) => p.line));
    const subTask = r > 0 ? get('task') : '';
    if (r === 0) [task.title, task.objective] = [get('task'), get('objective')];
    if (get('note')) notes.push(get('note'));
    if (get('budget')) budgets.push(get('budget'));
    const hasActivity = row.some((c) => c.role in FIELD && c.role !== 'task') || subTask !== '';
    const k = task.activities.length;
    if (hasActivity) {
      const activity: RawActivity = {
        text: get('activity'),
        outputs: outputsOf(row.find((c) => c.role === 'output')),
        leadRaw: get('lead'),
        coordinateRaw: get('coord'),
        timeRaw: get('time'),
        lines: [Math.min(...lines), Math.max(...lines)],
      };
      if (subTask) activity.task = subTask;
      task.activities.push(activity);
    }
    for (const cell of row) {
      const to =
        cell.role === 'task' && r === 0
          ? 'title'
          : cell.role === 'objective' || cell.role === 'note' || cell.role === 'budget'
            ? cell.role
            : `activities[${k}].${FIELD[cell.role]}`;
      for (const p of cell.pieces) ledger.push({ line: p.line, text: p.text, to: `task:${n}.${to}` });
    }
  });
  // Per-row notes and budgets; a value repeated on every row is said once.
  task.note = [...new Set(notes)].join('; ');
  task.budget = [...new Set(budgets)].join('; ');
  return task;
}

export function parsePdfTable(text: string, opts: PdfTableOptions): ParseResult {
  const result = emptyResult();
  const where = { plan: opts.plan, file: opts.file };
  const diag = (d: Omit<Diagnostic, 'plan' | 'file'>) => result.diagnostics.push({ ...where, ...d });
  const stream = readTable(text, opts);
  if (!stream) {
    diag({ level: 'info', code: 'pdf-no-table', message: 'Không tìm thấy bảng phụ lục (dòng tiêu đề "TT ...").' });
    return result;
  }
  for (const h of stream.header) result.ledger.push({ line: h.line, text: h.text, to: 'header' });
  // One notice per page top: the page number and the repeated header under it.
  let lastFurniture = -Infinity;
  for (const f of stream.furniture) {
    result.ledger.push({ line: f.line, text: f.text, to: 'quality' });
    const d = result.diagnostics.at(-1);
    if (d?.code === 'pdf-page-furniture' && f.line - lastFurniture <= 3) d.text += ` ${f.text}`;
    else
      diag({
        level: 'info',
        code: 'pdf-page-furniture',
        message: 'Số trang và tiêu đề bảng lặp lại ở đầu trang: đã bỏ qua.',
        line: f.line,
        text: f.text,
      });
    lastFurniture = f.line;
  }

  const blocks: Block[] = [];
  let section = { number: '', label: '' };
  for (const item of stream.items) {
    if (item.kind === 'section') {
      section = { number: item.number, label: item.label };
      const last = item.lines[item.lines.length - 1]!.line;
      result.areas.push({ number: item.number, label: item.label, statements: [], lines: [item.line, last] });
      for (const l of item.lines) result.ledger.push({ line: l.line, text: l.text, to: `area:${item.number}` });
    } else if (item.kind === 'row') blocks.push({ section, row: item, pieces: [] });
    else if (blocks.length > 0 && blocks[blocks.length - 1]!.section === section)
      blocks[blocks.length - 1]!.pieces.push(item.piece);
    else {
      result.ledger.push({ line: item.piece.line, text: item.piece.text, to: 'quality' });
      diag({
        level: 'warning',
        code: 'pdf-orphan-text',
        message: 'Chữ nằm ngoài mọi nhiệm vụ có số thứ tự: không xếp được vào ô nào.',
        line: item.piece.line,
        text: item.piece.text,
      });
    }
  }

  const roles = stream.columns.filter((r) => r !== 'tt');
  const laid = layoutItems(
    blocks.map((b) => b.pieces),
    roles,
    opts,
  );
  blocks.forEach((block, k) => {
    const { rejoined } = laid[k]!;
    const { rows, mended } = mendFragments(laid[k]!.rows, roles, opts);
    const task = buildTask(block, rows, result.ledger);
    for (const line of mended)
      diag({
        level: 'info',
        code: 'pdf-fragment-mended',
        message: `Nhiệm vụ ${task.number}: dòng ngắn đầu viết tắt là phần cuối của ô đứng trước; ô sau được tách ở chỗ xuống dòng còn chỗ trống.`,
        line,
      });
    result.tasks.push(task);
    for (const line of rejoined)
      diag({
        level: 'warning',
        code: 'pdf-row-rejoined',
        message: `Nhiệm vụ ${task.number}: hàng bị ngắt trang; phần sau trang đã được nối vào các ô phía trên theo độ rộng cột, cần kiểm tra lại.`,
        line,
      });
    rows.forEach((row, r) => checkRow(row, r, task.number, roles, opts).forEach(diag));
  });
  for (const area of result.areas)
    if (!result.tasks.some((t) => t.section === area.number))
      diag({
        level: 'warning',
        code: 'pdf-empty-section',
        message: `Mục ${area.number} không có nhiệm vụ nào.`,
        line: area.lines[0],
        text: area.label,
      });
  return result;
}
