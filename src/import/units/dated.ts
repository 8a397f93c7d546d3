/**
 * Names resolve to the units of the plan's own time. The registry resolver
 * knows names, not dates: "Sở Tài chính" is the one body of that name in
 * units.yaml. A plan signed after the 2025 mergers means the new Sở Tài
 * chính, so an id that no longer existed on the plan's date is replaced by
 * the unit of the same name and jurisdiction that did, and the quality
 * report says so. Nothing printed changes: the raw cell stays as it was.
 */
import type { Abbreviations } from '../../text/glossary';
import type { Diagnostic } from '../../schema/quality';
import type { UnitEntry } from '../../schema/unit';
import { isValidOn, validTo, type Timeline } from '../../lib/units/timeline';
import { formatDate } from '../../lib/time/describe';

export { planDate } from '../../lib/units/timeline';
import type { UnitLookup } from '../task';
import { nameKey } from './names';

export interface DatedUnits {
  /** All units by id: the registry's and those the reorganisation created. */
  units: ReadonlyMap<string, Pick<UnitEntry, 'id' | 'name' | 'jurisdiction'>>;
  timeline: Timeline;
  /** How unit names are keyed (the glossary's abbreviations, see names.unitAbbreviations). */
  abbreviations: Abbreviations;
}

export function datedLookup(
  lookup: UnitLookup,
  dated: DatedUnits,
  plan: { id: string; file: string; date: string },
  diagnostics: Diagnostic[],
): UnitLookup {
  const { units, timeline, abbreviations } = dated;
  const key = (u: { name: string; jurisdiction: string }) =>
    `${u.jurisdiction}\u0000${nameKey(u.name, abbreviations).join(' ')}`;
  const reported = new Set<string>();
  const report = (id: string, d: Omit<Diagnostic, 'plan' | 'file'>) => {
    if (reported.has(id)) return;
    reported.add(id);
    diagnostics.push({ ...d, plan: plan.id, file: plan.file });
  };
  const at = (id: string): string => {
    const unit = units.get(id);
    if (!unit || isValidOn(timeline, id, plan.date)) return id;
    const same = [...units.values()].filter(
      (u) => u.id !== id && key(u) === key(unit) && isValidOn(timeline, u.id, plan.date),
    );
    if (same.length === 1) {
      report(id, {
        level: 'info',
        code: 'unit-by-date',
        message:
          `Tên «${unit.name}» chỉ hai đơn vị ở hai thời điểm; kế hoạch mang ngày ${formatDate(plan.date)} ` +
          `nên hiểu là đơn vị «${same[0]!.id}» (đơn vị «${id}» không còn sau ${formatDate(validTo(timeline, id) ?? '')}).`,
        text: unit.name,
      });
      return same[0]!.id;
    }
    report(id, {
      level: 'warning',
      code: 'unit-not-valid-on-plan-date',
      message: `Kế hoạch mang ngày ${formatDate(plan.date)} nhưng giao việc cho «${unit.name}», đơn vị không còn tồn tại vào ngày đó theo danh mục sự kiện tổ chức.`,
      text: unit.name,
    });
    return id;
  };
  return {
    resolve(cell, jurisdiction) {
      const r = lookup.resolve(cell, jurisdiction);
      return { ...r, units: r.units.map(at), notes: r.notes.map((n) => ({ ...n, unit: at(n.unit) })) };
    },
  };
}
