/**
 * The content of one synthetic plan, before it is printed in a source shape:
 * areas, tasks, activities with their units and times.
 */
import type { Rng } from './rng';
import type { Issuer } from './units';
import {
  AREA_WORDS,
  activityText,
  budgetText,
  objectiveText,
  outputText,
  taskTitle,
  timeExpression,
  type AreaWords,
} from './words';

export type Shape = 'tsv-9' | 'tsv-8' | 'tsv-6' | 'pdf-text' | 'prose';

export interface ActivitySpec {
  text: string;
  output: string;
  lead: string;
  coordinate: string;
  time: string;
}
export interface TaskSpec {
  title: string;
  objective: string;
  budget: string;
  activities: ActivitySpec[];
}
export interface AreaSpec {
  words: AreaWords;
  label: string;
  tasks: TaskSpec[];
}
export interface PlanSpec {
  id: string;
  shape: Shape;
  issuer: Issuer;
  title: string;
  from: number;
  to: number;
  areas: AreaSpec[];
}

/** Splits `n` tasks over the seven areas, each area getting at least one. */
function spread(rng: Rng, n: number, areas: number): number[] {
  const counts = Array<number>(areas).fill(1);
  for (let i = areas; i < n; i++) counts[rng.int(0, areas - 1)]!++;
  return counts;
}

export function planSpec(rng: Rng, id: string, shape: Shape, issuer: Issuer, tasks: number, year: number): PlanSpec {
  const multi = rng.chance(0.3);
  const from = multi ? 2021 : year;
  const to = multi ? 2025 : year;
  const ctx = { place: issuer.place, from, to };
  const period = multi ? `giai đoạn ${from}-${to}, định hướng đến năm 2030` : `năm ${from}`;
  const unit = () => rng.pick(issuer.offices);
  const coordinate = () =>
    rng.chance(0.7) ? rng.pick(issuer.groups) : `${rng.pick(issuer.groups)}; ${rng.pick(issuer.offices)}`;
  const areaWords = AREA_WORDS.slice(0, Math.min(AREA_WORDS.length, tasks));
  const counts = spread(rng, tasks, areaWords.length);
  return {
    id,
    shape,
    issuer,
    title: `Kế hoạch cải cách hành chính ${issuer.place} ${period}`,
    from,
    to,
    areas: areaWords.map((words, i) => ({
      words,
      label: rng.pick(words.labels),
      tasks: Array.from({ length: counts[i]! }, (): TaskSpec => {
        const lead = unit();
        return {
          title: taskTitle(rng, words, ctx),
          objective: objectiveText(rng),
          budget: budgetText(rng),
          activities: Array.from({ length: rng.int(1, 3) }, () => ({
            text: activityText(rng, words),
            output: outputText(rng),
            // Most activities keep the task's lead, as in the sources.
            lead: rng.chance(0.7) ? lead : unit(),
            coordinate: coordinate(),
            time: timeExpression(rng, from, to),
          })),
        };
      }),
    })),
  };
}

export const taskCount = (p: PlanSpec) => p.areas.reduce((n, a) => n + a.tasks.length, 0);
