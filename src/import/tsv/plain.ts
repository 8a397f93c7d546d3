/**
 * Tables without a Hoạt động column (snv-2026): the numbered row carries the
 * task's own outputs, units and time; rows below it with an empty STT are its
 * sub-activities (italic or not).
 */
import type { Cell } from './scan';
import type { State } from './state';
import { actPath, fieldSlot, lastOfSlot, newAct, type Slot, type TaskDraft } from './build';
import { ACT_FIELDS, PATH, get, write } from './fields';

export function tableWithoutActivities(
  state: State,
  task: TaskDraft,
  cells: Cell[],
  titleCell: Cell | undefined,
  isTaskRow: boolean,
  line: number,
  place: (c: Cell, slot: Slot, text?: string) => void,
): void {
  const present = ACT_FIELDS.filter(([f]) => get(cells, f));
  if (isTaskRow) {
    if (titleCell) {
      const title = { text: titleCell.text };
      task.title = title;
      const slot: Slot = { get: () => title.text, set: (v) => (title.text = v), task, path: 'title' };
      place(titleCell, slot);
      state.slots.set('task', [slot]);
    }
    for (const [f, key] of present) {
      const c = get(cells, f)!;
      let slot: Slot;
      if (key === 'outputs') {
        task.outputs.push(c.text);
        slot = lastOfSlot(task.outputs, task, 'outputs');
      } else {
        task[key] = c.text;
        slot = fieldSlot(task, key, task, PATH[key]);
      }
      place(c, slot);
      state.slots.set(f, [slot]);
    }
    return;
  }
  if (!titleCell && !present.length) return;
  const a = newAct(task, line, titleCell?.text ?? '');
  if (titleCell) {
    const slot = fieldSlot(a, 'text', task, actPath(a, 'text'));
    place(titleCell, slot);
    state.slots.set('task', [slot]);
  } else
    state.diagnostics.push({
      level: 'info',
      code: 'activity-without-text',
      message: 'Hàng phụ không có nội dung nhiệm vụ; tạo một hoạt động không tên để giữ các ô còn lại',
      line,
    });
  for (const [f, key] of present) {
    const c = get(cells, f)!;
    const slot = write(a, key, task, c.text);
    place(c, slot);
    state.slots.set(f, [slot]);
  }
}
