/**
 * The activity-level columns (outputs, units, time) and how a cell's text is
 * written into an activity draft.
 */
import type { Field } from './header';
import type { Cell } from './scan';
import { actPath, fieldSlot, lastOfSlot, type ActDraft, type Slot, type TaskDraft } from './build';

/** The columns an activity row has of its own besides its text: Chủ trì, Phối hợp, Thời gian. */
export type ActColumn = 'lead' | 'coord' | 'time';
export const ACT_FIELDS: [Field, ActColumn | 'outputs'][] = [
  ['output', 'outputs'],
  ['lead', 'lead'],
  ['coordinate', 'coord'],
  ['time', 'time'],
];
export const PATH: Record<ActColumn | 'outputs', string> = {
  outputs: 'outputs',
  lead: 'leadRaw',
  coord: 'coordinateRaw',
  time: 'timeRaw',
};

export const get = (cells: Cell[], f: Field) => cells.find((c) => c.field === f);

export function write(a: ActDraft, key: ActColumn | 'outputs', task: TaskDraft, text: string): Slot {
  if (key === 'outputs') {
    a.outputs.push(text);
    return lastOfSlot(a.outputs, task, actPath(a, 'outputs'));
  }
  a[key] = a[key] ? `${a[key]}  ${text}` : text;
  return fieldSlot(a, key, task, actPath(a, PATH[key]));
}
