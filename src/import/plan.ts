/**
 * One plan's parse results → published records (Plan, Task[], Target[],
 * duties). Pure: the build script does the reading and writing.
 */
import type { Correction, Plan, PlanArea, PlanMeta, SourceFormat, Target, Task } from '../schema';
import type { Diagnostic } from '../schema/quality';
import type { ParseResult, RawArea, RawDuty, RawTask } from './raw';
import { areaKey } from './areas';
import { areaByKey } from '../schema/area';
import { applyCorrections } from './corrections';
import { confidenceOf } from './confidence';
import { assembleTask, type UnitLookup } from './task';
import { slugify } from '../text/slug';
import { extractTargets, indicatorKey } from './targets';
import type { RawTarget } from './raw';

export interface PlanInput {
  id: string;
  meta: PlanMeta;
  format: SourceFormat;
  file: string;
  /** The table parse first, then the prose parse (either may be absent). */
  results: ParseResult[];
  units: UnitLookup;
  corrections: Correction[];
}

export interface DutyRecord {
  unit: string;
  role: 'lead' | 'coordinate';
  areas: string[];
  text: string;
  lines: [number, number];
}

export interface PlanOutput {
  plan: Plan;
  tasks: Task[];
  targets: Target[];
  duties: DutyRecord[];
  diagnostics: Diagnostic[];
}

/** Areas of the table and of the prose merged by canonical key, in the order first seen. */
function mergeAreas(areas: RawArea[]): PlanArea[] {
  const byKey = new Map<string, PlanArea>();
  for (const a of areas) {
    // Plan-wide sections ("I. MỤC TIÊU, YÊU CẦU", "IV. GIẢI PHÁP") belong to no reform area.
    const key = areaKey(a.label) ?? 'chung';
    const found = byKey.get(key);
    if (found) {
      found.statements.push(...a.statements);
      found.declaredCount ??= a.declaredCount;
    } else
      byKey.set(key, {
        key,
        label: a.label,
        number: a.number,
        ...(a.declaredCount !== undefined ? { declaredCount: a.declaredCount } : {}),
        statements: [...a.statements],
      });
  }
  return [...byKey.values()];
}

/** Slugs come from the printed number ("II.3" → "ii-3") and must be unique in a plan: a repeated number gets "-2", "-3" and a warning. */
function slugs(numbers: string[], diag: (n: string) => void): string[] {
  const seen = new Map<string, number>();
  return numbers.map((n) => {
    const base = slugify(n) || 'x';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    if (count > 1) diag(n);
    return count > 1 ? `${base}-${count}` : base;
  });
}

function duties(raw: RawDuty[], input: PlanInput): DutyRecord[] {
  return raw.flatMap((d) =>
    input.units.resolve(d.unitRaw, input.meta.jurisdiction).units.map((unit) => ({
      unit,
      role: d.role,
      areas: d.areaLabels.flatMap((l) => areaKey(l) ?? (areaByKey(l) ? l : [])),
      text: d.text,
      lines: d.lines,
    })),
  );
}

/**
 * Tables state targets too, in their Mục tiêu and Nhiệm vụ cells ("Tối thiểu
 * 80% hồ sơ ... được luân chuyển ... bằng phương thức điện tử"). With no year
 * written, a target holds for the plan's own period, as in the prose.
 */
function tableTargets(tasks: RawTask[], endYear: number): RawTarget[] {
  const seen = new Set<string>();
  return tasks.flatMap((t) =>
    [t.objective, t.title]
      .filter((text) => text && !seen.has(text) && seen.add(text))
      .flatMap((text) => extractTargets(text, { areaLabel: t.areaLabel, lines: t.lines, defaultYear: endYear })),
  );
}

/**
 * Names every plain JavaScript object answers to. Text is never used as an
 * object key here (Maps and null-prototype objects), so such a text is kept as
 * written; it is still reported, since in a plan it is almost surely an error
 * of the export, or a probe.
 */
const PROPERTY_NAMES: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  ...Object.getOwnPropertyNames(Function.prototype),
  'prototype',
]);

function propertyNames(tasks: readonly Task[], plan: string, file: string): Diagnostic[] {
  return tasks.flatMap((t) =>
    (
      [
        ['tên nhiệm vụ', t.title],
        ['chủ trì', t.leadRaw],
        ['phối hợp', t.coordinateRaw],
        ...t.activities.map((a) => ['hoạt động', a.text] as const),
      ] as const
    )
      .filter(([, text]) => PROPERTY_NAMES.has(text.trim()))
      .map(([field, text]) => ({
        level: 'warning' as const,
        code: 'property-name',
        message: `Văn bản "${text.trim()}" trùng tên thuộc tính của đối tượng JavaScript; giữ nguyên như chữ, hãy kiểm tra nguồn`,
        plan,
        file,
        line: t.source.lines[0],
        field,
        text,
      })),
  );
}

export function assemblePlan(input: PlanInput): PlanOutput {
  const { id, meta, file } = input;
  const diagnostics: Diagnostic[] = input.results.flatMap((r) => r.diagnostics);
  const rawTasks = input.results.flatMap((r) => r.tasks);
  const fixes = applyCorrections(rawTasks, input.corrections, { plan: id, file });
  diagnostics.push(...fixes.diagnostics);
  const rawDuties = input.results.flatMap((r) => r.duties);
  const dutyRecords = duties(rawDuties, input);
  // A prose task names no unit: its lead is whoever the duties section puts in charge of its area.
  for (const t of rawTasks.filter((t) => t.leadFromDuties && !t.leadRaw)) {
    const key = areaKey(t.areaLabel);
    const leads = rawDuties.filter(
      (d) => d.role === 'lead' && d.areaLabels.some((l) => areaKey(l) === key || l === key),
    );
    t.leadRaw = leads.map((d) => d.unitRaw).join('; ');
  }
  const ctx = { plan: id, file, jurisdiction: meta.jurisdiction, period: meta.period, units: input.units, diagnostics };
  const taskSlugs = slugs(
    rawTasks.map((t) => t.number),
    (n) =>
      diagnostics.push({
        level: 'warning',
        code: 'number-duplicate',
        message: `Số thứ tự "${n}" lặp lại`,
        plan: id,
        file,
        field: 'STT',
        text: n,
      }),
  );
  const assembled = rawTasks.map((t, i) => assembleTask(t, taskSlugs[i]!, ctx));
  const sure = confidenceOf(assembled, diagnostics);
  const tasks = assembled.map((t, i) => ({
    ...t,
    corrections: fixes.applied.get(rawTasks[i]!) ?? [],
    ...sure[i]!,
  }));
  const targets: Target[] = [...input.results.flatMap((r) => r.targets), ...tableTargets(rawTasks, meta.period.to)].map(
    (t, i) => ({
      id: `${id}/chi-tieu-${i + 1}`,
      plan: id,
      area: areaKey(t.areaLabel) ?? 'khac',
      text: t.text,
      sentence: t.sentence,
      value: t.value,
      valueMax: t.valueMax,
      valueRaw: t.valueRaw,
      unit: t.unit,
      comparator: t.comparator,
      comparatorRaw: t.comparatorRaw,
      deadlineYear: t.deadlineYear,
      deadlineRaw: t.deadlineRaw ?? '',
      indicator: indicatorKey(t.text),
      source: { file, lines: t.lines },
    }),
  );
  diagnostics.push(...propertyNames(tasks, id, file));
  const declared = input.results.find((r) => r.declaredTaskCount !== undefined)?.declaredTaskCount;
  const plan: Plan = {
    ...meta,
    id,
    format: input.format,
    url: `/${id}/`,
    sourceFile: file,
    taskCount: tasks.length,
    // Headings of the body text: known once the body is written (scripts/build-data.ts).
    outline: [],
    ...(declared !== undefined ? { declaredTaskCount: declared } : {}),
    areas: mergeAreas(input.results.flatMap((r) => r.areas)),
  };
  return { plan, tasks, targets, duties: dutyRecords, diagnostics };
}
