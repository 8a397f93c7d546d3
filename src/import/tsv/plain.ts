/**
 * Tables without a Hoạt động column (003): the numbered row carries the
 * task's own outputs, units and time; rows below it with an empty STT are its
 * sub-activities (italic or not).
 */
import type { Cell } from './scan';
import type { State } from './state';
import { actPath, fieldSlot, lastOfSlot, newAct, type Slot, type TaskDraft } from './build';
import { ACT_FIELDS, PATH, get, write } from './fields';

export function tableWithoutActivities(
  st: State,
  task: TaskDraft,
  cells: Cell[],
  nvCell: Cell | undefined,
  isTaskRow: boolean,
  line: number,
  put: (c: Cell, slot: Slot, text?: string) => void,
): void {
  const present = ACT_FIELDS.filter(([f]) => get(cells, f));
  if (isTaskRow) {
    if (nvCell) {
      const nv = { text: nvCell.text };
      task.title = nv;
      const slot: Slot = { get: () => nv.text, set: (v) => (nv.text = v), task, path: 'title' };
      put(nvCell, slot);
      st.slots.set('task', [slot]);
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
      put(c, slot);
      st.slots.set(f, [slot]);
    }
    return;
  }
  if (!nvCell && !present.length) return;
  const a = newAct(task, line, nvCell?.text ?? '');
  if (nvCell) {
    const slot = fieldSlot(a, 'text', task, actPath(a, 'text'));
    put(nvCell, slot);
    st.slots.set('task', [slot]);
  } else
    st.diagnostics.push({
      level: 'info',
      code: 'activity-without-text',
      message: 'Hàng phụ không có nội dung nhiệm vụ; tạo một hoạt động không tên để giữ các ô còn lại',
      line,
    });
  for (const [f, key] of present) {
    const c = get(cells, f)!;
    const slot = write(a, key, task, c.text);
    put(c, slot);
    st.slots.set(f, [slot]);
  }
}
