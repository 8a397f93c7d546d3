/**
 * Reading one table row: is it a section heading, a numbered item, and does a
 * cell continue the cell above (cut by a page break) or start something new.
 */
import { areaKey } from '../areas';
import { foldVietnamese } from '../../text/fold';
import { stripFormatting } from '../cells';
import type { Column, Field } from './header';

export interface Section {
  number: string;
  label: string;
  declaredCount?: number;
}

const ROMAN = /^[IVXLC]+$/;

/** "(13 nhiệm vụ)" at the end of a heading. */
function declared(label: string): { label: string; declaredCount?: number } {
  const m = /\s*\(\s*(\d+)\s*nhiệm vụ\s*\)\s*$/iu.exec(label);
  return m ? { label: label.slice(0, m.index).trim(), declaredCount: Number(m[1]) } : { label };
}

/**
 * Section rows in all printed forms: "<b>I</b> | <b>Cải cách thể chế</b>",
 * "I | CÔNG TÁC ...", "Nội dung 1. Công tác ... (13 nhiệm vụ)" alone in the
 * first cell, "I CÔNG TÁC ..." in one cell. All other cells are empty.
 */
export function sectionOf(cells: string[]): Section | undefined {
  const texts = cells.map(stripFormatting);
  const filled = texts.map((t, i) => [t, i] as const).filter(([t]) => t !== '');
  if (filled.length === 0 || filled.length > 2) return undefined;
  if (filled.length === 2) {
    const [[num, i], [label, j]] = filled as [[string, number], [string, number]];
    if (i !== 0 || j !== 1) return undefined;
    const n = num.replace(/[.:)]$/, '');
    if (!ROMAN.test(n) && !/^(Nội dung|Phần|Mục)\s+\d+$/iu.test(n)) return undefined;
    return { number: n.replace(/^\D+\s+/u, ''), ...declared(label) };
  }
  const [[only, i]] = filled as [[string, number]];
  if (i > 1) return undefined;
  const m =
    /^(?:Nội dung|Phần|Mục|Lĩnh vực)\s+(\d+|[IVX]+)\s*[.:)\-–]?\s*(.+)$/iu.exec(only) ??
    /^([IVX]+)[.:)]?\s+(.+)$/u.exec(only);
  if (m) return { number: m[1]!, ...declared(m[2]!) };
  // A bare heading naming a known area, without a number.
  if (areaKey(only)) return { number: '', ...declared(only) };
  return undefined;
}

/** The printed item number of a row, or '' when the STT cell is empty. */
export const sttOf = (cell: string | undefined): string => stripFormatting(cell ?? '').replace(/[.)]$/, '');

const TERMINAL = /[.;!?:]$/;
/** Words a cell cannot end with when its phrase is complete. */
const OPEN_END =
  /(^|\s)(và|của|cấp|các|về|với|cho|trong|tại|theo|đến|từ|hoặc|thuộc|những|được|là|để|trên|giữa|đối|thi|tiến)$/u;

/**
 * Does this cell (first row after a page header, STT empty) continue the cell
 * above? Lower-case or mid-sentence starts, a list carried on, or a cell above
 * that stopped on a word that needs a continuation.
 */
export function continues(cell: string, above: string | undefined, prose = false): boolean {
  if (above === undefined || above.trim() === '') return false;
  const text = stripFormatting(cell);
  const prev = stripFormatting(above);
  if (!text || !prev) return false;
  if (/^\p{Ll}/u.test(text)) return true;
  if (/^[-+•]\s/.test(text) && /(^|\s)[-+•]\s/.test(prev)) return true;
  if (TERMINAL.test(prev)) return false;
  if (/^[(,]/.test(text)) return true;
  // In running text an acronym rarely opens a new entry ("Đánh giá" + "CBCCVC theo ...").
  if (prose && /^\p{Lu}{2,}\b/u.test(text)) return true;
  return OPEN_END.test(prev) || /[,\-–]$/.test(prev);
}

// ---- Column types, to notice rows shifted by one column -----------------

const UNIT =
  /^[-+•]?\s*(Sở|Phòng|UBND|Ủy ban|Văn phòng|Trung tâm|Ban |Cổng|Công Thông tin|Bưu điện|HĐND|Đơn vị|Bộ |Tổ |Cơ quan|Thanh tra|Kho bạc|Các (sở|Sở|cơ quan|phòng|đơn vị|tổ chức|ban|huyện|xã))/u;
const TIME =
  /^(Hàng|Quý|Tháng|Trước|Thường xuyên|Năm|Cả năm|Định kỳ|Theo định kỳ|Sau khi|Từ|Giai đoạn|Trong|Đến|Khi|Nhiệm vụ thường xuyên|Ngày)\b|^\(?\d{4}\s*[-–]\s*\d{4}|^\d{4}$/u;
const BUDGET = /dự toán|ngân sách|kinh phí|nguồn vốn/iu;
const OUTPUT =
  /^[-+•]?\s*(Kế hoạch|Báo cáo|Quyết định|Công văn|Thông báo|Nghị quyết|Tờ trình|Đề án|Văn bản|Hướng dẫn|Lớp|Phần mềm|Hệ thống|Biên bản|Phiếu|Hồ sơ|Kết luận|Chỉ thị|Bài viết)/u;

type Kind = 'unit' | 'time' | 'budget' | 'output' | 'text';

function kindOf(text: string): Kind {
  if (TIME.test(text)) return 'time';
  if (UNIT.test(text)) return 'unit';
  if (BUDGET.test(text)) return 'budget';
  if (OUTPUT.test(text) && text.split(' ').length <= 12) return 'output';
  return 'text';
}

const EXPECTS: Partial<Record<Field, Kind>> = {
  output: 'output',
  lead: 'unit',
  coordinate: 'unit',
  time: 'time',
  budget: 'budget',
};

/** +1 for each typed cell whose text fits its column, −1 when it fits another typed column. */
function fit(cells: string[], columns: Column[]): number {
  let score = 0;
  columns.forEach((col, j) => {
    const want = EXPECTS[col.field as Field];
    const text = stripFormatting(cells[j] ?? '');
    if (!want || !text) return;
    const kind = kindOf(text);
    if (kind === want) score++;
    else if (kind !== 'text' && !(want === 'output' && kind === 'budget')) score--;
  });
  return score;
}

export interface Shift {
  cells: string[];
  /** Original column index of each realigned cell (−1 when the cell is a gap). */
  from: number[];
  direction: 'right' | 'left';
  at: number;
}

/**
 * A row whose cells from some column on sit one column off (qt-2021-2025 line 20 to
 * the right, line 97 to the left). Realigns it when that makes clearly more
 * typed cells fit their columns.
 */
export function realign(cells: string[], columns: Column[]): Shift | undefined {
  const width = columns.length;
  const base = fit(cells, columns);
  let best: Shift | undefined;
  let bestScore = base + 1;
  for (let at = 1; at < width - 1; at++) {
    // Right shift: the gap at `at` is where the cell went missing.
    if ((cells[at] ?? '').trim() === '') {
      const from = columns.map((_, j) => (j < at ? j : j + 1 < cells.length ? j + 1 : -1));
      const moved = from.map((f) => (f < 0 ? '' : (cells[f] ?? '')));
      const s = fit(moved, columns);
      if (s >= bestScore) {
        bestScore = s;
        best = { cells: moved, from, direction: 'right', at };
      }
    }
    // Left shift: the last column is empty and everything from `at` moves right.
    if ((cells[width - 1] ?? '').trim() === '') {
      const from = columns.map((_, j) => (j < at ? j : j === at ? -1 : j - 1));
      const moved = from.map((f) => (f < 0 ? '' : (cells[f] ?? '')));
      const s = fit(moved, columns);
      if (s >= bestScore) {
        bestScore = s;
        best = { cells: moved, from, direction: 'left', at };
      }
    }
  }
  return best && bestScore - base >= 2 ? best : undefined;
}

export const folded = foldVietnamese;
