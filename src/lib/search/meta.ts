/**
 * What each indexed page tells Pagefind besides its text: metadata shown with
 * a result (task number, plan, lead unit) and filter values (plan, area, lead
 * unit, year). Filter values are ids, so the search page's URL stays short
 * and stable (`?plan=vp-ubnd-2024&unit=so-noi-vu`); labels come from the page.
 */
import type { Plan } from '../../schema/plan';
import type { Task } from '../../schema/task';
import type { Unit } from '../../schema/unit';
import { timeYears } from '../time/format';
import { jurisdictionLabel } from '../units/jurisdiction';
import { foldKey, foldVariant } from '../../text/fold';
import { words } from './terms';
import { AREAS } from '../../schema/area';

export type PageKind = 'task' | 'unit' | 'plan' | 'area' | 'targets';

export const KIND_LABELS: Readonly<Record<PageKind, string>> = {
  task: 'Nhiệm vụ',
  unit: 'Đơn vị',
  plan: 'Kế hoạch',
  area: 'Lĩnh vực',
  targets: 'Chỉ tiêu',
};

/** The filter keys, in the order the search page shows them. */
export const FILTER_KEYS = ['plan', 'area', 'unit', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Filters the search page uses itself, never shown: `number` finds the task
 * a reader cites by number ("nhiệm vụ 13"), `name` the unit or area whose
 * name the query is. Ranking alone cannot: "sở nội vụ" folds to words found
 * on most pages, and a bare number matches every longer one ("130/2005").
 */
export type HiddenFilterKey = 'kind' | 'number' | 'name';

/**
 * The kinds of page the `kind` filter is set on: those that gather many
 * tasks' words, which the ranking puts below a task with the same words.
 * A task page has no `kind` filter (its meta still says "Nhiệm vụ"):
 * Pagefind keeps each filter in one file that every search using it loads,
 * and listing every task there cost 13 KB of each first search at 5 900
 * tasks; the gathering pages alone are a few hundred. A page not listed is a
 * task (the search page counts them as the index's pages less these).
 */
export const GATHERING_KINDS = ['unit', 'plan', 'area', 'targets'] as const satisfies readonly PageKind[];

export interface SearchFacets {
  /** `data-pagefind-meta`: one value per key. */
  meta: Record<string, string>;
  /** `data-pagefind-filter`: several values per key. */
  filters: Partial<Record<FilterKey | HiddenFilterKey, string[]>>;
}

/** A task number as readers type it: "II.3", "ii-3", "ii 3" → "ii.3". */
export function numberKey(number: string): string {
  return foldKey(number)
    .trim()
    .replace(/[\s\-–]+/g, '.')
    .replace(/\.+/g, '.');
}

/** A name as a query: folded words, so "Sở TT&TT" and "so tt tt" meet, and "Kỹ"/"Kĩ" too (foldVariant). */
export function nameKey(name: string): string {
  return words(name).map(foldVariant).join(' ');
}

/**
 * The Pagefind filter a name key is filed under: one per first word
 * ("name-so" holds "so noi vu", "so tu phap" …). Pagefind keeps each filter in
 * one file that a search using it loads whole: every unit's and area's names
 * in one `name` filter were 8.6 KB of each first search at 5 900 tasks. A
 * query's candidate names start with its own words (nameCandidates), so it
 * loads only those words' files, and none for a word no name starts with.
 */
export function nameFilter(key: string): string {
  return `name-${key.split(' ', 1)[0]}`;
}

/** A unit's name and aliases, alone and followed by its jurisdiction ("… hải lăng"). */
export function unitNameKeys(unit: Pick<Unit, 'name' | 'aliases' | 'jurisdiction'>): string[] {
  const names = [unit.name, ...unit.aliases].map(nameKey);
  const place = nameKey(unit.jurisdiction);
  // "huyện Hải Lăng" is also said "Hải Lăng".
  const bare = place.replace(/^(tinh|huyen|thanh pho|thi xa|xa|so|van phong|ban|trung tam) /, '');
  // "Văn phòng UBND tỉnh Quảng Trị" is also said "Văn phòng UBND".
  const short = place.replace(/ (tinh|huyen) .*$/, '');
  // "Bộ phận Một cửa huyện" is also "bộ phận một cửa Hải Lăng".
  const own = names.map((n) => n.replace(/ (tinh|huyen|xa)$/, ''));
  return uniq([
    ...names,
    ...names.flatMap((n) => [`${n} ${place}`, `${n} ${bare}`, `${n} ${short}`]),
    ...own.map((n) => `${n} ${bare}`),
  ]).filter(Boolean);
}

type PlanLike = Pick<Plan, 'id' | 'issuer' | 'period' | 'horizon'>;

/** A plan in a few words: issuer and period ("UBND huyện Hải Lăng, 2024"). */
export function planLabel(plan: Pick<Plan, 'issuer' | 'period'>): string {
  const { from, to } = plan.period;
  return `${plan.issuer}, ${from === to ? from : `${from}–${to}`}`;
}

export function periodYears(plan: Pick<Plan, 'period'>): number[] {
  const out: number[] = [];
  for (let y = plan.period.from; y <= plan.period.to; y++) out.push(y);
  return out;
}

/**
 * Years a task falls in: the years its time touches, kept within the plan's
 * period and horizon (a 2030 target stays in 2030); the plan's period when
 * the time has no date ("Thường xuyên", conditional).
 */
export function taskYears(task: Pick<Task, 'time'>, plan: PlanLike): number[] {
  const last = Math.max(plan.period.to, plan.horizon ?? plan.period.to);
  const years = task.time ? timeYears(task.time, plan.period).filter((y) => y >= plan.period.from && y <= last) : [];
  return years.length ? years : periodYears(plan);
}

/** Lead units of a task: its own, else those of its activities. */
export function taskLeads(task: Pick<Task, 'lead' | 'activities'>): string[] {
  const ids = task.lead.length ? task.lead : task.activities.flatMap((a) => a.lead);
  return [...new Set(ids)];
}

const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
const strings = (xs: readonly (string | number)[]): string[] => uniq(xs.map(String));

export function taskFacets(task: Task, plan: PlanLike, unitName: (id: string) => string | undefined): SearchFacets {
  const leads = taskLeads(task);
  const leadNames = leads.map((id) => unitName(id) ?? id);
  return {
    meta: {
      kind: KIND_LABELS.task,
      number: task.number,
      plan: planLabel(plan),
      // The canonical name: plans print it in capitals or in their own words.
      area: AREAS.find((a) => a.key === task.area)?.name ?? task.areaLabel,
      ...(leadNames.length ? { lead: leadNames.join('; ') } : task.leadRaw ? { lead: task.leadRaw } : {}),
    },
    filters: {
      plan: [plan.id],
      area: [task.area],
      unit: leads,
      year: strings(taskYears(task, plan)),
      number: [numberKey(task.number)],
    },
  };
}

/** A unit page: found under the plans it has tasks in, and under its own id. */
export function unitFacets(
  unit: Pick<Unit, 'id' | 'name' | 'aliases' | 'jurisdiction'>,
  tasks: readonly Task[],
  plans: readonly PlanLike[],
): SearchFacets {
  const planIds = new Set(tasks.map((t) => t.plan));
  const used = plans.filter((p) => planIds.has(p.id));
  return {
    meta: { kind: KIND_LABELS.unit, jurisdiction: jurisdictionLabel(unit.jurisdiction) },
    filters: {
      kind: [KIND_LABELS.unit],
      plan: used.map((p) => p.id),
      area: uniq(tasks.map((t) => t.area)),
      unit: [unit.id],
      year: strings(used.flatMap(periodYears)),
      name: unitNameKeys(unit),
    },
  };
}

export function planFacets(plan: PlanLike & Pick<Plan, 'areas'>): SearchFacets {
  return {
    meta: { kind: KIND_LABELS.plan, plan: planLabel(plan) },
    filters: {
      kind: [KIND_LABELS.plan],
      plan: [plan.id],
      area: uniq(plan.areas.map((a) => a.key)),
      year: strings(periodYears(plan)),
    },
  };
}

/** An area page gathers one area across plans: found under each of them, and by its names as printed. */
export function areaFacets(area: string, names: readonly string[], plans: readonly PlanLike[]): SearchFacets {
  return {
    meta: { kind: KIND_LABELS.area },
    filters: {
      kind: [KIND_LABELS.area],
      plan: plans.map((p) => p.id),
      area: [area],
      year: strings(plans.flatMap(periodYears)),
      name: uniq(names.flatMap(topicKeys)).filter(Boolean),
    },
  };
}

// What an area's name does to its topic: "Xây dựng và phát triển …", "Cải cách …".
const AREA_VERB = /^(?:(?:xay dung|ung dung)(?: va phat trien)?|phat trien|cai cach|duy tri nang cao) /;

/**
 * An area's name as a query, whole and by topic: "Xây dựng và phát triển
 * chính quyền điện tử, chính quyền số" is also asked as "chính quyền điện
 * tử" and "chính quyền số"; "Cải cách thể chế" as "thể chế".
 */
export function topicKeys(name: string): string[] {
  const parts = name.split(',').map(nameKey);
  const topics = parts.map((p, i) => (i === 0 ? p.replace(AREA_VERB, '') : p));
  return uniq([nameKey(name), ...(parts.length > 1 || topics[0] !== parts[0] ? topics : [])]).filter(Boolean);
}

export function targetsFacets(areas: readonly string[], plans: readonly PlanLike[]): SearchFacets {
  return {
    meta: { kind: KIND_LABELS.targets },
    filters: {
      kind: [KIND_LABELS.targets],
      plan: plans.map((p) => p.id),
      area: uniq(areas),
      year: strings(plans.flatMap(periodYears)),
    },
  };
}

/** The words that name a plan, for the search page to tell which plan a query means (src/lib/search/rank.ts). */
export function planWords(plan: Pick<Plan, 'id' | 'title' | 'issuer' | 'jurisdiction' | 'period' | 'horizon'>): {
  id: string;
  words: string[];
} {
  const years = periodYears(plan).map(String);
  if (plan.horizon) years.push(String(plan.horizon));
  const named = words([plan.title, plan.issuer, plan.jurisdiction].join(' ')).map(foldVariant);
  return { id: plan.id, words: uniq([...named, ...years]) };
}
