/**
 * From drafts to ParseResult: printed numbers qualified where numbering
 * restarts per section, cells converted to Markdown-ish text, declared counts
 * and truncation checked, ledger entries pointed at the final task numbers.
 */
import { areaKey } from '../areas';
import { outputItems, stripFormatting, toInline, toMarkdown } from '../cells';
import type { ParseResult, RawArea, RawTask } from '../raw';
import type { TaskDraft } from './build';
import type { Row } from './scan';
import type { State, TsvOptions } from './state';
import { pairByKind } from './pairing';

const int = (s: string) => (/^\d+$/.test(s) ? Number(s) : NaN);

/** Numbers restart per section when a later section starts at or below a number already used. */
function restarts(state: State): boolean {
  let max = 0;
  let current: unknown = Symbol('none');
  for (const t of state.tasks) {
    const n = int(t.printed);
    if (t.section !== current) {
      current = t.section;
      if (max > 0 && n <= max) return true;
    }
    if (n > max) max = n;
  }
  return false;
}

function numbers(state: State): Map<TaskDraft, string> {
  const qualify = restarts(state);
  const out = new Map<TaskDraft, string>();
  const used = new Set<string>();
  for (const t of state.tasks) {
    let n = qualify && t.section?.number ? `${t.section.number}.${t.printed}` : t.printed;
    if (used.has(n)) {
      let k = 2;
      while (used.has(`${n}-${k}`)) k++;
      state.diagnostics.push({
        level: 'warning',
        code: 'duplicate-number',
        message: `Số thứ tự "${n}" lặp lại; bản ghi thứ hai được đánh số "${n}-${k}"`,
        line: t.lines[0],
        field: 'STT',
        text: t.printed,
      });
      n = `${n}-${k}`;
    }
    used.add(n);
    out.set(t, n);
  }
  return out;
}

const distinct = (xs: string[]) => [...new Set(xs.map(toInline).filter(Boolean))];

function toRaw(t: TaskDraft, number: string): RawTask {
  const several = t.titles.length > 0;
  const objective = toMarkdown(t.objective);
  const outputs = t.outputs.flatMap(outputItems);
  return {
    section: t.section?.number ?? '',
    areaLabel: t.section ? stripFormatting(t.section.label) : '',
    number,
    title: t.title ? toMarkdown(t.title.text) : objective,
    objective,
    activities: t.acts.map((a) => ({
      ...(several && a.title ? { task: toMarkdown(a.title.text) } : {}),
      text: toMarkdown(a.text),
      outputs: a.outputs.flatMap(outputItems),
      leadRaw: toInline(a.lead),
      coordinateRaw: toInline(a.coord),
      timeRaw: toInline(a.time),
      lines: a.lines,
    })),
    ...(outputs.length ? { outputs } : {}),
    leadRaw: toInline(t.lead),
    coordinateRaw: toInline(t.coord),
    timeRaw: toInline(t.time),
    budget: distinct(t.budget).join('; '),
    note: distinct(t.note).join('; '),
    lines: t.lines,
  };
}

export function finish(state: State, rows: Row[], lines: string[], opts: TsvOptions, result: ParseResult): ParseResult {
  const nums = numbers(state);
  for (const t of pairByKind(state))
    state.diagnostics.push({
      level: 'info',
      code: 'outputs-paired-by-kind',
      message: `Nhiệm vụ ${nums.get(t)}: cột Hoạt động và Kết quả xuống dòng khác nhau; mỗi kết quả được ghép với hoạt động nêu cùng loại văn bản`,
      line: t.lines[0],
      field: 'Kết quả/Sản phẩm',
    });
  result.tasks = state.tasks.map((t) => toRaw(t, nums.get(t)!));
  result.areas = state.sections.map(({ section, line }): RawArea => {
    const listed = state.tasks.filter((t) => t.section === section).length;
    if (section.declaredCount !== undefined && section.declaredCount !== listed)
      state.diagnostics.push({
        level: 'warning',
        code: 'declared-count',
        message: `Mục "${section.label}" ghi ${section.declaredCount} nhiệm vụ nhưng bảng liệt kê ${listed}`,
        line,
        field: 'STT',
        text: stripFormatting(section.label),
      });
    return {
      number: section.number,
      label: stripFormatting(section.label),
      ...(section.declaredCount !== undefined ? { declaredCount: section.declaredCount } : {}),
      statements: [],
      lines: [line, line],
    };
  });
  declaredTotal(state, rows, result);
  truncation(state, rows, lines);
  result.ledger = state.ledger.map((p) => ({
    line: p.line,
    ...(p.column !== undefined ? { column: p.column } : {}),
    text: p.text,
    to: p.task ? `task:${nums.get(p.task)}.${p.path}` : p.to!,
  }));
  result.diagnostics = state.diagnostics.map((d) => ({ ...d, plan: opts.plan, file: opts.file }));
  return result;
}

/** "Phụ lục có 29 nhiệm vụ" anywhere outside the table. */
function declaredTotal(state: State, rows: Row[], result: ParseResult): void {
  for (const r of rows) {
    if (r.kind !== 'text') continue;
    const m = /(?:phụ lục|bảng|kế hoạch|danh mục)[^\n]{0,40}?\bcó\s+(\d+)\s+nhiệm vụ/iu.exec(r.raw);
    if (!m) continue;
    result.declaredTaskCount = Number(m[1]);
    if (result.declaredTaskCount !== state.tasks.length)
      state.diagnostics.push({
        level: 'warning',
        code: 'declared-task-count',
        message: `Văn bản ghi ${result.declaredTaskCount} nhiệm vụ nhưng bảng liệt kê ${state.tasks.length}`,
        line: r.line,
        text: r.raw.trim(),
      });
    return;
  }
}

/**
 * A document cut short: it ends in a header row, or the table runs to the end
 * of the file while the plan's own text names more areas than the table has.
 */
function truncation(state: State, rows: Row[], lines: string[]): void {
  const tableRows = rows.filter((r) => r.kind === 'header' || r.kind === 'section' || r.kind === 'data');
  const last = tableRows[tableRows.length - 1];
  if (!last) return;
  const warn = (message: string): void => {
    state.diagnostics.push({
      level: 'warning',
      code: 'truncated',
      message,
      line: last.line,
      text: lines[last.line - 1] ?? '',
    });
  };
  if (last.kind === 'header') return warn('Văn bản kết thúc bằng một hàng tiêu đề bảng trống: có thể bị cắt cụt');
  const after = rows.filter((r) => r.line > last.line && r.kind === 'text');
  if (after.length) return;
  const proseAreas = new Set<string>();
  for (const r of rows) {
    if (r.kind !== 'text' || r.line >= tableRows[0]!.line) continue;
    const key = /^\s*(#+\s*)?\**\s*(\d+|[IVX]+)[.)]\s/.test(r.raw) ? areaKey(r.raw) : undefined;
    if (key) proseAreas.add(key);
  }
  const tableAreas = new Set(state.sections.map((s) => areaKey(s.section.label) ?? s.section.label));
  if (proseAreas.size > tableAreas.size)
    warn(
      `Bảng kết thúc ở cuối tệp, không có phần kết, và chỉ có ${tableAreas.size} lĩnh vực trong khi phần văn bản nêu ${proseAreas.size}: văn bản có thể bị cắt cụt`,
    );
}
