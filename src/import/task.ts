/**
 * RawTask (strings as printed) → Task (units resolved to ids, times parsed,
 * area mapped to its canonical key). Everything the resolvers could not place
 * comes back as diagnostics naming the line and field.
 */
import type { Activity, Task, TimeSpec } from '../schema';
import type { Diagnostic } from '../schema/quality';
import type { RawActivity, RawTask } from './raw';
import { areaKey } from './areas';
import { parseTime } from './time/parse';

export interface UnitLookup {
  resolve(
    cell: string,
    jurisdiction: string,
  ): { units: string[]; notes: { unit: string; note: string }[]; unknown: string[]; residual?: string[] };
}

export interface TaskContext {
  plan: string;
  file: string;
  jurisdiction: string;
  period: { from: number; to: number };
  units: UnitLookup;
  diagnostics: Diagnostic[];
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

function units(cell: string, field: string, line: number, ctx: TaskContext) {
  if (!cell.trim()) return { units: [], notes: [] };
  const r = ctx.units.resolve(cell, ctx.jurisdiction);
  const residual = new Set(r.residual ?? []);
  for (const name of r.unknown)
    ctx.diagnostics.push({
      level: 'warning',
      code: residual.has(name) ? 'unit-unplaced' : 'unit-unknown',
      message: residual.has(name)
        ? `Phần văn bản trong ô không phải tên đơn vị, giữ nguyên để người xem xét: "${name}"`
        : `Đơn vị chưa có trong danh mục (content/units.yaml), đã tạo mới: "${name}"`,
      plan: ctx.plan,
      file: ctx.file,
      line,
      field,
      text: name,
    });
  return r;
}

function time(raw: string, line: number, field: string, ctx: TaskContext): TimeSpec | null {
  if (!raw.trim()) return null;
  const spec = parseTime(raw, ctx.period);
  if (spec.kind === 'unknown')
    ctx.diagnostics.push({
      level: 'warning',
      code: 'time-unknown',
      message: `Không hiểu được thời gian "${raw}"; giữ nguyên văn bản gốc`,
      plan: ctx.plan,
      file: ctx.file,
      line,
      field,
      text: raw,
    });
  return spec;
}

function activity(a: RawActivity, ctx: TaskContext): Activity {
  const lead = units(a.leadRaw, 'chủ trì', a.lines[0], ctx);
  const coordinate = units(a.coordinateRaw, 'phối hợp', a.lines[0], ctx);
  return {
    ...(a.task ? { task: a.task } : {}),
    text: a.text,
    outputs: a.outputs,
    lead: lead.units,
    coordinate: coordinate.units,
    leadRaw: a.leadRaw,
    coordinateRaw: a.coordinateRaw,
    time: time(a.timeRaw, a.lines[0], 'thời gian', ctx),
    unitNotes: [...lead.notes, ...coordinate.notes],
  };
}

/** One time for the whole task: its own, the only one of its activities, or all of them as parts. */
function taskTime(own: TimeSpec | null, activities: Activity[]): TimeSpec | null {
  if (own) return own;
  const times = activities.map((a) => a.time).filter((t): t is TimeSpec => t !== null);
  const distinct = [...new Map(times.map((t) => [t.raw, t])).values()];
  if (distinct.length <= 1) return distinct[0] ?? null;
  const parts = distinct.flatMap(({ parts, ...t }) => parts ?? [t]);
  return { raw: distinct.map((t) => t.raw).join(' · '), kind: 'multiple', parts };
}

export function assembleTask(
  raw: RawTask,
  slug: string,
  ctx: TaskContext,
): Omit<Task, 'corrections' | 'confidence' | 'doubts'> {
  const area = areaKey(raw.areaLabel);
  if (!area)
    ctx.diagnostics.push({
      level: 'warning',
      code: 'area-unknown',
      message: `Không xác định được lĩnh vực của mục "${raw.areaLabel}"`,
      plan: ctx.plan,
      file: ctx.file,
      line: raw.lines[0],
      field: 'lĩnh vực',
      text: raw.areaLabel,
    });
  if (!raw.title && !raw.objective && raw.activities.length === 0)
    ctx.diagnostics.push({
      level: 'warning',
      code: 'task-empty',
      message: `Nhiệm vụ số ${raw.number} chỉ có số thứ tự, không có nội dung`,
      plan: ctx.plan,
      file: ctx.file,
      line: raw.lines[0],
      field: 'STT',
      text: raw.number,
    });
  const activities = raw.activities.map((a) => activity(a, ctx));
  const lead = units(raw.leadRaw, 'chủ trì', raw.lines[0], ctx);
  const coordinate = units(raw.coordinateRaw, 'phối hợp', raw.lines[0], ctx);
  return {
    id: `${ctx.plan}/${slug}`,
    plan: ctx.plan,
    area: area ?? 'khac',
    areaLabel: raw.areaLabel,
    number: raw.number,
    slug,
    title: raw.title,
    objective: raw.objective,
    outputs: raw.outputs ?? [],
    activities,
    lead: unique([...lead.units, ...activities.flatMap((a) => a.lead)]),
    coordinate: unique([...coordinate.units, ...activities.flatMap((a) => a.coordinate)]),
    leadRaw: raw.leadRaw || unique(raw.activities.map((a) => a.leadRaw).filter(Boolean)).join('; '),
    coordinateRaw: raw.coordinateRaw || unique(raw.activities.map((a) => a.coordinateRaw).filter(Boolean)).join('; '),
    leadDerived: raw.leadFromDuties ?? false,
    time: taskTime(time(raw.timeRaw, raw.lines[0], 'thời gian', ctx), activities),
    budget: raw.budget,
    note: raw.note,
    url: `/${ctx.plan}/${slug}/`,
    source: { file: ctx.file, lines: raw.lines },
  };
}
