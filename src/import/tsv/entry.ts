/**
 * One row's new content (not a continuation): the numbered item itself, a
 * further Nhiệm vụ, or one or more activities. A row can hold several
 * activities whose line breaks were lost; their number comes from the
 * activity cell, from sub-rows that only fill outputs/units/times, from a
 * repeated unit or from a second time expression.
 */
import { repeatedItems, splitInto, strongItems, timeItems } from '../cells';
import type { Field } from './header';
import type { Cell, Row } from './scan';
import type { State } from './state';
import { actPath, extend, fieldSlot, lastOfSlot, newAct, type Slot, type TaskDraft } from './build';
import { ACT_FIELDS, PATH, get, write } from './fields';
import { tableWithoutActivities } from './plain';

export function addEntry(
  state: State,
  rows: Row[],
  i: number,
  task: TaskDraft,
  cells: Cell[],
  isTaskRow: boolean,
): void {
  const row = rows[i] as Extract<Row, { kind: 'data' }>;
  const line = row.line;
  const place = (c: Cell, slot: Slot, text = c.text) =>
    state.ledger.push({ line, column: c.column, text, task, path: slot.path });
  extend(task, line);

  const objective = get(cells, 'objective');
  if (objective) {
    task.objective = task.objective ? `${task.objective}\n\n${objective.text}` : objective.text;
    const slot = fieldSlot(task, 'objective', task, 'objective');
    place(objective, slot, objective.text);
    state.slots.set('objective', [slot]);
  }
  for (const f of ['budget', 'note'] as const) {
    for (const c of cells.filter((x) => x.field === f)) {
      const list = f === 'budget' ? task.budget : task.note;
      for (const item of strongItems(c.text)) list.push(c.label ? `${c.label}: ${item}` : item);
      const slot = lastOfSlot(list, task, f);
      place(c, slot);
      state.slots.set(f, [slot]);
    }
  }

  const titleCell = get(cells, 'task');
  if (!row.hasActivityColumn) return tableWithoutActivities(state, task, cells, titleCell, isTaskRow, line, place);

  let titleLedger: Cell | undefined;
  let titleSlot: Slot | undefined;
  if (titleCell) {
    const title = { text: titleCell.text };
    task.currentTitle = title;
    titleSlot = { get: () => title.text, set: (v) => (title.text = v), task, path: 'title' };
    const slot = titleSlot;
    if (isTaskRow && !task.title) {
      task.title = title;
      place(titleCell, slot);
    } else {
      task.titles.push(title);
      titleLedger = titleCell;
    }
    state.slots.set('task', [slot]);
  }
  const actCell = get(cells, 'activity');
  const present = ACT_FIELDS.filter(([f]) => get(cells, f));
  if (!actCell && !present.length) {
    if (titleLedger) {
      const act = newAct(task, line, '');
      titleSlot!.path = actPath(act, 'task');
      state.ledger.push({ line, column: titleLedger.column, text: titleLedger.text, task, path: titleSlot!.path });
    }
    return;
  }

  const fillIns = actCell ? subRows(rows, i) : [];
  const n = Math.max(actCell ? strongItems(actCell.text).length : 1, 1 + fillIns.length, evidence(cells));
  for (const c of cells.filter((x) => x.field === 'budget')) {
    const count = strongItems(c.text).length;
    if (n > 1 && count !== 1 && count !== n) mismatch(state, line, c, count, n);
  }
  let texts = actCell ? splitInto(actCell.text, n) : undefined;
  if (actCell && !texts) {
    state.diagnostics.push({
      level: 'warning',
      code: 'items-unsplit',
      message: `Ô Hoạt động dường như gộp ${n} hoạt động nhưng không tách được; giữ nguyên trong hoạt động đầu`,
      line,
      field: actCell.header,
      text: actCell.text,
    });
    texts = [actCell.text, ...Array<string>(n - 1).fill('')];
  }
  const acts = (texts ?? Array<string>(n).fill('')).map((t) => newAct(task, line, t));
  if (actCell)
    acts.forEach((a, k) => texts![k] && place(actCell, fieldSlot(a, 'text', task, actPath(a, 'text')), texts![k]));
  if (titleLedger) {
    // A further Nhiệm vụ is recorded on the first activity it heads.
    titleSlot!.path = actPath(acts[0]!, 'task');
    state.ledger.push({ line, column: titleLedger.column, text: titleLedger.text, task, path: titleSlot!.path });
  }
  state.slots.set('activity', [
    fieldSlot(acts[acts.length - 1]!, 'text', task, actPath(acts[acts.length - 1]!, 'text')),
  ]);

  const carried = state.carry;
  state.carry = undefined;
  if (carried && actCell && !get(cells, 'output'))
    for (const item of carried.items) {
      const slot = write(acts[0]!, 'outputs', task, item);
      state.ledger.push({ line: carried.line, column: carried.column, text: item, task, path: slot.path });
    }
  for (const [f, key] of present) {
    const c = get(cells, f)!;
    let items = itemsFor(f, c.text, fillIns.length ? 1 : n);
    if (f === 'output' && !fillIns.length && items.length > n && takesSurplus(rows, i)) {
      state.carry = { line, column: c.column, items: items.slice(n) };
      state.diagnostics.push({
        level: 'info',
        code: 'items-carried',
        message: `Cột "${c.header}" có ${items.length} mục cho ${n} hoạt động; mục thừa thuộc hoạt động ở hàng sau, hàng này để trống ô Kết quả`,
        line,
        field: c.header,
        text: items.slice(n).join('  '),
      });
      items = items.slice(0, n);
    }
    const targets = assign(items.length, n, f !== 'output' && !fillIns.length);
    if (!fillIns.length && n > 1 && items.length !== n && items.length !== 1) mismatch(state, line, c, items.length, n);
    const slots: Slot[] = [];
    targets.forEach((actIndexes, k) => {
      for (const [m, a] of actIndexes.map((x) => [x, acts[x]!] as const)) {
        const slot = write(a, key, task, items[k]!);
        if (m === actIndexes[0]) place(c, slot, items[k]!);
        slots.push(slot);
      }
    });
    state.slots.set(f, fillIns.length ? slots : slots.slice(targets.length > 1 ? -1 : 0));
  }

  // A sub-row with no unit cells sits under merged unit cells: the units of the activity above apply.
  const above = isTaskRow ? undefined : task.acts[acts[0]!.index - 1];
  if (above)
    for (const a of acts) {
      if (!get(cells, 'lead') && !a.lead) a.lead = above.lead;
      if (!get(cells, 'coordinate') && !a.coord) a.coord = above.coord;
    }

  fillIns.forEach((j, k) => {
    state.consumed.add(j);
    const sub = rows[j] as Extract<Row, { kind: 'data' }>;
    const a = acts[k + 1]!;
    extend(task, sub.line, a);
    for (const c of sub.cells) {
      const key = ACT_FIELDS.find(([f]) => f === c.field)?.[1];
      if (!key) {
        const list = c.field === 'budget' ? task.budget : task.note;
        list.push(c.label ? `${c.label}: ${c.text}` : c.text);
        state.ledger.push({
          line: sub.line,
          column: c.column,
          text: c.text,
          task,
          path: c.field === 'budget' ? 'budget' : 'note',
        });
        continue;
      }
      const slot = write(a, key, task, c.text);
      state.ledger.push({ line: sub.line, column: c.column, text: c.text, task, path: slot.path });
      state.slots.set(c.field, [slot]);
    }
    // A unit or time cell left empty under a merged cell: the one above applies.
    if (!a.lead && acts[0]!.lead) a.lead = acts[0]!.lead;
    if (!a.coord && acts[0]!.coord) a.coord = acts[0]!.coord;
    if (!a.time && acts[0]!.time) a.time = acts[0]!.time;
  });
  if (fillIns.length) {
    for (const f of ['lead', 'coordinate'] as const) {
      const key = f === 'lead' ? 'lead' : 'coord';
      const same = acts.filter((a) => a[key] === acts[0]![key] && a[key]);
      if (same.length > 1)
        state.slots.set(
          f,
          same.map((a) => fieldSlot(a, key, task, actPath(a, PATH[key]))),
        );
    }
  }
}

/**
 * Whether the very next line starts a further activity of this item with its
 * output cell empty: where an output printed one line too high belongs.
 */
function takesSurplus(rows: Row[], i: number): boolean {
  const next = rows[i + 1];
  if (next?.kind !== 'data' || next.stt) return false;
  const fields = next.cells.map((c) => c.field);
  return fields.includes('activity') && !fields.includes('output');
}

/** Which activities each item goes to: one each, one to all (merged cell), or surplus to the last. */
function assign(items: number, n: number, broadcast: boolean): number[][] {
  if (items === n) return Array.from({ length: n }, (_, k) => [k]);
  if (items === 1) return [broadcast ? Array.from({ length: n }, (_, k) => k) : [0]];
  return Array.from({ length: items }, (_, k) => [Math.min(k, n - 1)]);
}

function itemsFor(f: Field, text: string, n: number): string[] {
  const strong = strongItems(text);
  if (strong.length >= n || strong.length !== 1) return strong;
  const lost = f === 'time' ? timeItems(text) : f === 'output' ? splitInto(text, n) : repeatedItems(text);
  return lost && lost.length === n ? lost : strong;
}

/** Sub-rows holding lost sub-row count: a unit printed twice, or a second time expression. */
function evidence(cells: Cell[]): number {
  const one = (f: Field) => {
    const c = cells.find((x) => x.field === f);
    return c && strongItems(c.text).length === 1 ? c.text : '';
  };
  return Math.max(
    1,
    repeatedItems(one('lead')).length,
    repeatedItems(one('coordinate')).length,
    timeItems(one('time')).length,
  );
}

/** Following rows that only fill outputs, units or times of the activities above. */
function subRows(rows: Row[], i: number): number[] {
  const out: number[] = [];
  for (let j = i + 1; j < rows.length; j++) {
    const r = rows[j]!;
    if (r.kind !== 'data' || r.stt) break;
    const fields = r.cells.map((c) => c.field);
    if (fields.some((f) => f === 'activity' || f === 'task' || f === 'objective')) break;
    if (!fields.some((f) => f === 'output' || f === 'lead' || f === 'coordinate' || f === 'time')) break;
    out.push(j);
  }
  return out;
}

function mismatch(state: State, line: number, c: Cell, got: number, n: number): void {
  state.diagnostics.push({
    level: 'warning',
    code: 'items-count-mismatch',
    message: `Cột "${c.header}" có ${got} mục trong khi hàng có ${n} hoạt động; mục thừa được giữ ở hoạt động cuối, mục thiếu để trống`,
    line,
    field: c.header,
    text: c.text,
  });
}
