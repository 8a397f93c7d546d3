/**
 * Explicit fixes of source errors (content/corrections/<plan>.yaml). Applied to
 * the raw strings after parsing, so units and times are resolved from the
 * corrected text, and each one is recorded on its task and in the quality
 * report. A correction whose `from` text is no longer in the source is an
 * error: it would otherwise be dropped silently after the source changes.
 */
import type { Correction, CorrectionApplied } from '../schema';
import type { Diagnostic } from '../schema/quality';
import type { RawTask } from './raw';

type Field = Correction['field'];

function fieldValues(task: RawTask, field: Field): { get: () => string; set: (v: string) => void }[] {
  if (field === 'activity.text') return task.activities.map((a) => ({ get: () => a.text, set: (v) => (a.text = v) }));
  if (field === 'activity.outputs')
    return task.activities.flatMap((a) =>
      a.outputs.map((_, i) => ({ get: () => a.outputs[i]!, set: (v: string) => (a.outputs[i] = v) })),
    );
  if (field === 'leadRaw' || field === 'coordinateRaw' || field === 'timeRaw') {
    const rows = [task, ...task.activities];
    return rows.map((r) => ({ get: () => r[field], set: (v) => (r[field] = v) }));
  }
  return [{ get: () => task[field], set: (v) => (task[field] = v) }];
}

export function applyCorrections(
  tasks: RawTask[],
  corrections: Correction[],
  ctx: { plan: string; file: string },
): { applied: Map<RawTask, CorrectionApplied[]>; diagnostics: Diagnostic[] } {
  const applied = new Map<RawTask, CorrectionApplied[]>();
  const diagnostics: Diagnostic[] = [];
  for (const c of corrections) {
    const task = tasks.find((t) => t.number === c.task);
    const slot = task && fieldValues(task, c.field).find((s) => s.get().includes(c.from));
    if (!task || !slot) {
      diagnostics.push({
        level: 'error',
        code: 'correction-stale',
        message: task
          ? `Sửa lỗi không áp dụng được: không tìm thấy "${c.from}" trong nhiệm vụ ${c.task}, trường ${c.field}`
          : `Sửa lỗi không áp dụng được: kế hoạch không có nhiệm vụ số "${c.task}"`,
        plan: ctx.plan,
        file: ctx.file,
        field: c.field,
      });
      continue;
    }
    slot.set(slot.get().replace(c.from, c.to));
    const record = { field: c.field, from: c.from, to: c.to, reason: c.reason };
    applied.set(task, [...(applied.get(task) ?? []), record]);
    diagnostics.push({
      level: 'info',
      code: 'correction',
      message: `Đã sửa "${c.from}" thành "${c.to}" (nhiệm vụ ${c.task}): ${c.reason}`,
      plan: ctx.plan,
      file: ctx.file,
      line: task.lines[0],
      field: c.field,
    });
  }
  return { applied, diagnostics };
}
