/**
 * Which tasks each Gantt view shows, shared by the "Tiến độ" pages (the
 * underscore keeps this file out of the routes).
 */
import type { Task, Unit } from '../../lib/data';
import { byVietnamese } from '../../lib/collator';
import { leads, supports } from '../../lib/units';

export interface UnitView {
  unit: Unit;
  led: number;
  supported: number;
}

/** Units with at least one task, alphabetical: the per-unit views that exist. */
export function unitViews(tasks: readonly Task[], units: readonly Unit[]): UnitView[] {
  return units
    .map((unit) => ({
      unit,
      led: tasks.filter((t) => leads(t, unit.id)).length,
      supported: tasks.filter((t) => supports(t, unit.id)).length,
    }))
    .filter((v) => v.led + v.supported > 0)
    .sort(byVietnamese<UnitView>((v) => v.unit.name));
}
