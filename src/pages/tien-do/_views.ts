/**
 * Which tasks each Gantt view shows, shared by the "Tiến độ" pages (the
 * underscore keeps this file out of the routes).
 */
import type { Task, Unit } from '../../lib/site/data';
import { byVietnamese } from '../../text/collator';
import { roleCounts } from '../../lib/units/roles';

export interface UnitView {
  unit: Unit;
  led: number;
  supported: number;
}

/** Units with at least one task, alphabetical: the per-unit views that exist. */
export function unitViews(tasksByUnit: ReadonlyMap<string, readonly Task[]>, units: readonly Unit[]): UnitView[] {
  return units
    .map((unit) => ({ unit, ...roleCounts(tasksByUnit.get(unit.id) ?? [], unit.id) }))
    .filter((v) => v.led + v.supported > 0)
    .sort(byVietnamese<UnitView>((v) => v.unit.name));
}
