/**
 * A plan with no task table (vinh-linh-2021-2025): each "Nhiệm vụ" statement of an area is
 * also a task, numbered "<area>.<position>" ("2.3"), its "+" sub-bullets its
 * activities, and its lead the unit whose duty item restates the task, else
 * the unit the duties section puts in charge of the area — marked as derived,
 * since the task itself names nobody.
 */
import type { Statement } from '../../schema/plan';
import type { Lines, RawArea, RawDuty, RawTask } from '../raw';
import { areaKey } from '../areas';
import { leadsByArea } from './duties';
import { specificDuty } from './assign';

export function tasksFromStatements(
  areas: RawArea[],
  duties: RawDuty[],
  childLines: Map<Statement, Lines[]>,
): RawTask[] {
  const leads = leadsByArea(duties);
  return areas.flatMap((a) => {
    const key = areaKey(a.label);
    if (!key) return [];
    return a.statements
      .filter((s) => s.kind === 'task')
      .map((s, i) => [s, i, specificDuty(s.text, duties)] as const)
      .map(([s, i, specific]) => ({
        section: a.number,
        areaLabel: a.label,
        number: `${a.number}.${i + 1}`,
        title: s.text,
        objective: '',
        activities: s.children.map((text, j) => ({
          text,
          outputs: [],
          leadRaw: '',
          coordinateRaw: '',
          timeRaw: '',
          lines: childLines.get(s)?.[j] ?? s.source.lines,
        })),
        leadRaw: specific?.unitRaw ?? leads.get(key) ?? '',
        coordinateRaw: specific?.partnerRaw ?? '',
        timeRaw: '',
        budget: '',
        note: '',
        lines: s.source.lines,
        leadFromDuties: true,
      }));
  });
}
