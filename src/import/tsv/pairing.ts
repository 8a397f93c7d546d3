/**
 * Outputs paired with activities by what both name. When the activity and
 * output columns break lines differently (001 task 4: activities "Báo cáo Tự
 * đánh giá, chấm điểm; Kế hoạch; Công văn đơn đốc" beside outputs "Kế hoạch,
 * Công văn" and, a sub-row lower, "Báo cáo"), the n-th output is not the
 * n-th activity's. Where every activity opens with a different kind of
 * document and the outputs are exactly those kinds, each output goes to the
 * activity naming it. Anything less clear-cut is left as read.
 */
import { foldVietnamese } from '../../text/fold';
import type { TaskDraft } from './build';
import { actPath } from './build';
import type { Pending, State } from './state';

const KINDS = [
  'bao cao',
  'ke hoach',
  'cong van',
  'quyet dinh',
  'to trinh',
  'nghi quyet',
  'thong bao',
  'de an',
  'phuong an',
  'chuong trinh',
  'huong dan',
];

/** The document kind a text opens with ("Báo cáo Tự đánh giá" → "bao cao"). */
const kindOpening = (text: string) => {
  const f = foldVietnamese(text);
  return KINDS.find((k) => f === k || f.startsWith(`${k} `));
};
/** The kind an output item is, when it is nothing but that kind ("Công văn"). */
const bareKind = (text: string) => KINDS.find((k) => foldVietnamese(text).replace(/[.,;]+$/, '') === k);

const OUTPUT_PATH = /^activities\.(\d+)\.outputs$/;

/** Re-pairs the outputs of each task where the kinds say so; returns the tasks changed. */
export function pairByKind(state: State): TaskDraft[] {
  const changed: TaskDraft[] = [];
  for (const task of state.tasks) {
    if (task.acts.length < 2) continue;
    const kinds = task.acts.map((a) => kindOpening(a.text));
    if (kinds.some((k) => !k) || new Set(kinds).size !== kinds.length) continue;
    const entries = state.ledger.filter((e) => e.task === task && e.path && OUTPUT_PATH.test(e.path));
    // Each ledger text split into its items; every item must be a bare kind.
    const items = entries.flatMap((e) => e.text.split(/[,;]\s*/).map((text) => ({ e, text: text.trim() })));
    const usable = items.filter((x) => x.text);
    if (usable.length !== kinds.length || usable.some((x) => !bareKind(x.text))) continue;
    const target = usable.map((x) => kinds.indexOf(bareKind(x.text)));
    if (target.some((k) => k < 0) || new Set(target).size !== target.length) continue;
    const already = usable.every((x, k) => x.e.path === actPath(task.acts[target[k]!]!, 'outputs'));
    if (already) continue;
    task.acts.forEach((a) => (a.outputs = []));
    usable.forEach((x, k) => task.acts[target[k]!]!.outputs.push(x.text));
    const replaced: Pending[] = usable.map((x, k) => ({
      line: x.e.line,
      ...(x.e.column !== undefined ? { column: x.e.column } : {}),
      text: x.text,
      task,
      path: actPath(task.acts[target[k]!]!, 'outputs'),
    }));
    state.ledger = [...state.ledger.filter((e) => !entries.includes(e)), ...replaced];
    changed.push(task);
  }
  return changed;
}
