/**
 * The grammar of time expressions (docs/DOMAIN.md §7), as rules over folded text
 * (see time-text.ts: no diacritics, lower case). Each rule is anchored where
 * the scanner stands; the scanner keeps the longest match.
 *
 * Conventions, so that no date is invented:
 * - A deadline has only `to` ("Trước ngày 31/01/2024" → to 2024-01-31,
 *   "Đến năm 2030" → to 2030-12-31, "Trước năm 2023" → to 2022-12-31).
 * - A named month, quarter, half or year is `once` with both ends
 *   ("Quý I/2024" → 2024-01-01..2024-03-31); "Cả năm 2024" is a `range`.
 * - A quarter or month without a year takes the year of a one-year plan; in
 *   a multi-year plan the year is unknowable and the rule does not match.
 * - Recurring and periodic work spans the plan period unless the text bounds it.
 */
import type { Recurrence, TimeKind } from '../../schema/time';
import { SEP } from './text';
import {
  isValidDate,
  iso,
  monthEnd,
  monthStart,
  quarterEnd,
  quarterStart,
  yearEnd,
  yearStart,
} from '../../lib/time/calendar';

export interface Period {
  from: number;
  to: number;
}

/** What one expression means, without its wording. */
export interface TimeValue {
  kind: Exclude<TimeKind, 'multiple'>;
  from?: string;
  to?: string;
  recurrence?: Recurrence;
}

export interface Rule {
  name: string;
  re: RegExp;
  build(m: RegExpExecArray, period: Period): TimeValue[] | null;
  /** A condition runs to the end of its item: it may swallow text the scanner cannot place. */
  absorbs?: boolean;
}

// Fragments. Y captures a year; D captures day, month, year; DM day, month.
const Y = '((?:19|20)\\d{2})(?!\\d)';
const SL = '\\s?[/.]\\s?';
const D = `(\\d{1,2})${SL}(\\d{1,2})${SL}${Y}`;
/** "ngày 31 tháng 12 năm 2021", the formal way: day, month, year. */
const D_WORDS = `(\\d{1,2})\\sthang\\s(\\d{1,2})\\snam\\s${Y}`;
const DM = `(\\d{1,2})${SL}(\\d{1,2})(?!\\d|\\s?[/.]\\s?\\d)`;
const QN = '(?:iv|iii|ii|i|[1-4])(?![a-z0-9])';
const Q = `(${QN})`;
/** Between a month or quarter and its year: "/2024", " năm 2024", " 2024". */
const TO_YEAR = '(?:\\s?/\\s?|\\s(?:nam\\s)?)';
const EVERY = '(?:hang|moi)';
const DEADLINE = '(?:hoan thanh\\s)?(?:truoc|den|cham nhat(?: la)?|han(?: chot)?|khong qua)\\s?:?\\s';
/** ", đến năm 2025" after a recurring expression bounds it. */
const UNTIL = `(?:,?\\s(?:den|toi|cho den)\\s(?:het\\s)?(?:nam\\s)?${Y})?`;
const NOT_SEP = `[^${SEP}]*`;

const rx = (source: string) => new RegExp(source, 'y');
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const relYear = (p: Period) => (p.from === p.to ? p.from : undefined);

export function quarterNumber(token: string): number {
  const roman = ['i', 'ii', 'iii', 'iv'].indexOf(token);
  return roman >= 0 ? roman + 1 : Number(token);
}

function once(from: string | undefined, to: string | undefined): TimeValue[] {
  return [{ kind: 'once', ...(from ? { from } : {}), ...(to ? { to } : {}) }];
}

function range(from: string, to: string): TimeValue[] | null {
  return from <= to ? [{ kind: 'range', from, to }] : null;
}

function date(d: string | undefined, m: string | undefined, y: number | undefined): string | null {
  const [dd, mm] = [Number(d), Number(m)];
  if (y === undefined || !isValidDate(y, mm, dd)) return null;
  return iso(y, mm, dd);
}

function validMonth(m: number | undefined): m is number {
  return m !== undefined && m >= 1 && m <= 12;
}

function recurring(period: Period, recurrence: Recurrence | undefined, until?: number, within?: number): TimeValue[] {
  const from = yearStart(within ?? period.from);
  const to = yearEnd(within ?? until ?? period.to);
  return [{ kind: 'recurring', from, to, ...(recurrence ? { recurrence } : {}) }];
}

/** "Quý III, IV" → one run 3..4; "Quý I, III" → two runs; "Quý I - III" → one run 1..3. */
function quarterRuns(listed: string): [number, number][] {
  const tokens = [...listed.matchAll(/(iv|iii|ii|i|[1-4])(?![a-z0-9])|(-|–|den)/g)];
  const quarters = new Set<number>();
  let last: number | undefined;
  let pendingRange = false;
  for (const t of tokens) {
    if (t[2]) {
      pendingRange = true;
      continue;
    }
    const q = quarterNumber(t[1] as string);
    if (pendingRange && last !== undefined)
      for (let k = Math.min(last, q); k <= Math.max(last, q); k++) quarters.add(k);
    quarters.add(q);
    last = q;
    pendingRange = false;
  }
  const sorted = [...quarters].sort();
  const runs: [number, number][] = [];
  for (const q of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[1] === q - 1) run[1] = q;
    else runs.push([q, q]);
  }
  return runs;
}

const FINEST: Recurrence['every'][] = ['month', 'quarter', 'half-year', 'year'];

function periodicUnit(word: string): Recurrence['every'] {
  if (word.includes('6 thang')) return 'half-year';
  if (word.includes('quy')) return 'quarter';
  if (word.includes('thang')) return 'month';
  return 'year';
}

export const RULES: Rule[] = [
  {
    name: 'condition',
    re: rx(
      '\\(?\\s?(?:sau khi|khi\\b|trong (?:thoi )?han|ke tu|cho (?:co\\s)?(?:huong dan|van ban|quyet dinh|ke hoach|y kien|chi dao)|' +
        'tuy (?:theo|tinh hinh|thuoc)|dot xuat|phu thuoc|' +
        // Not "theo Quyết định/Nghị định ...": that cites a legal basis ("ban hành kèm theo Quyết định số ...").
        'theo (?:ke hoach|kh\\b|thoi gian|quy dinh|yeu cau|de an|chi dao|huong dan|lo trinh|tien do))' +
        NOT_SEP,
    ),
    build: () => [{ kind: 'conditional' }],
    absorbs: true,
  },
  {
    name: 'ongoing',
    re: rx(
      '(?:nhiem vu\\s)?(?:thuong xuyen|lien tuc)(?:,?\\s(?:hang nam|hang quy|hang thang|trong nam|lien tuc|thuong xuyen))?',
    ),
    build: () => [{ kind: 'ongoing' }],
  },
  {
    name: 'all year, no year',
    re: rx('(?:ca|trong) nam(?!\\s(?:nam\\s)?(?:19|20)\\d\\d)'),
    build: () => [{ kind: 'ongoing' }],
  },
  {
    name: 'every year/quarter/month',
    re: rx(`(?:(?:theo\\s)?dinh ky\\s)?${EVERY}\\s(nam|quy|thang)${UNTIL}`),
    build: (m, p) => recurring(p, { every: periodicUnit(m[1] as string) }, num(m[2])),
  },
  {
    name: 'month every year',
    re: rx(`(?:trong\\s|vao\\s)?thang\\s(\\d{1,2})\\s${EVERY} nam${UNTIL}`),
    build: (m, p) => {
      const month = Number(m[1]);
      return validMonth(month) ? recurring(p, { every: 'year', month }, num(m[2])) : null;
    },
  },
  {
    name: 'quarter every year',
    re: rx(`(?:trong\\s|vao\\s)?quy\\s${Q}\\s${EVERY} nam${UNTIL}`),
    build: (m, p) => recurring(p, { every: 'year', quarter: quarterNumber(m[1] as string) }, num(m[2])),
  },
  {
    name: 'day every year',
    re: rx(`(?:${DEADLINE})?(?:ngay\\s)?${DM}\\s${EVERY} nam${UNTIL}`),
    build: (m, p) => {
      const [day, month] = [Number(m[1]), Number(m[2])];
      // 2024 is a leap year: "29/02 hằng năm" is a valid yearly date.
      if (!isValidDate(2024, month, day)) return null;
      return recurring(p, { every: 'year', month, day }, num(m[3]));
    },
  },
  {
    name: 'periodic list',
    re: rx(
      '(?:theo\\s)?dinh ky\\s?:?\\s((?:hang\\s)?(?:quy|6 thang|thang|nam)(?:(?:,\\s?|\\s(?:va|hoac)\\s)(?:hang\\s)?(?:quy|6 thang|thang|nam))*)' +
        `(?:,?\\s(?:hoac|va)\\s(?:theo|dot|khi|tuy)${NOT_SEP})?`,
    ),
    build: (m, p) => {
      const units = (m[1] as string).split(/,\s?|\s(?:va|hoac)\s/).map(periodicUnit);
      const every = FINEST.find((u) => units.includes(u)) ?? 'year';
      return recurring(p, { every });
    },
  },
  {
    name: 'periodic, cycle not said',
    re: rx(`(?:theo\\s)?dinh ky(?:\\s(?:trong\\s)?(?:nam\\s)?${Y})?`),
    build: (m, p) => recurring(p, undefined, undefined, num(m[1])),
  },
  {
    name: 'deadline date',
    re: rx(`${DEADLINE}(?:ngay\\s)?${D}`),
    build: (m) => {
      const to = date(m[1], m[2], num(m[3]));
      return to ? once(undefined, to) : null;
    },
  },
  {
    name: 'date',
    re: rx(`(?:vao\\s)?(?:ngay\\s)?${D}`),
    build: (m) => {
      const d = date(m[1], m[2], num(m[3]));
      return d ? once(d, d) : null;
    },
  },
  {
    name: 'date in words',
    re: rx(`(${DEADLINE})?ngay\\s${D_WORDS}`),
    build: (m) => {
      const d = date(m[2], m[3], num(m[4]));
      if (!d) return null;
      return m[1] ? once(undefined, d) : once(d, d);
    },
  },
  {
    name: 'deadline day, year of the plan',
    re: rx(`${DEADLINE}(?:ngay\\s)?${DM}`),
    build: (m, p) => {
      const to = date(m[1], m[2], relYear(p));
      return to ? once(undefined, to) : null;
    },
  },
  {
    name: 'day, year of the plan',
    re: rx(`ngay\\s${DM}`),
    build: (m, p) => {
      const d = date(m[1], m[2], relYear(p));
      return d ? once(d, d) : null;
    },
  },
  {
    name: 'date range',
    re: rx(`(?:tu\\s)?(?:ngay\\s)?(\\d{1,2})${SL}(\\d{1,2})(?:${SL}${Y})?\\s?(?:-|–|den)\\s?(?:ngay\\s)?${D}`),
    build: (m) => {
      const to = date(m[4], m[5], num(m[6]));
      const from = date(m[1], m[2], num(m[3] ?? m[6]));
      return from && to ? range(from, to) : null;
    },
  },
  {
    name: 'month',
    re: rx(`(?:trong\\s|vao\\s)?thang\\s(\\d{1,2})${TO_YEAR}${Y}`),
    build: (m) => {
      const [month, y] = [Number(m[1]), Number(m[2])];
      return validMonth(month) ? once(monthStart(y, month), monthEnd(y, month)) : null;
    },
  },
  {
    name: 'month, bare',
    re: rx(`(\\d{1,2})\\s?/\\s?${Y}`),
    build: (m) => {
      const [month, y] = [Number(m[1]), Number(m[2])];
      return validMonth(month) ? once(monthStart(y, month), monthEnd(y, month)) : null;
    },
  },
  {
    name: 'deadline month',
    re: rx(`(truoc|den|cham nhat)\\s(het\\s|cuoi\\s)?thang\\s(\\d{1,2})${TO_YEAR}${Y}`),
    build: (m) => {
      const [month, y] = [Number(m[3]), Number(m[4])];
      if (!validMonth(month)) return null;
      // "Trước tháng 6" means before June begins; "đến (hết) tháng 6" includes June.
      const before = m[1] === 'truoc' && !m[2];
      if (!before) return once(undefined, monthEnd(y, month));
      return once(undefined, month === 1 ? yearEnd(y - 1) : monthEnd(y, month - 1));
    },
  },
  {
    name: 'month, year of the plan',
    re: rx('(?:trong\\s|vao\\s)?thang\\s(\\d{1,2})(?![\\d/])'),
    build: (m, p) => {
      const [month, y] = [Number(m[1]), relYear(p)];
      return validMonth(month) && y !== undefined ? once(monthStart(y, month), monthEnd(y, month)) : null;
    },
  },
  {
    name: 'month range',
    re: rx(`(?:tu\\s)?thang\\s(\\d{1,2})\\s?(?:-|–|den)\\s?(?:thang\\s)?(\\d{1,2})(?:${TO_YEAR}${Y})?`),
    build: (m, p) => {
      const [a, b, y] = [Number(m[1]), Number(m[2]), num(m[3]) ?? relYear(p)];
      if (!validMonth(a) || !validMonth(b) || y === undefined) return null;
      return range(monthStart(y, a), monthEnd(y, b));
    },
  },
  {
    name: 'quarters',
    re: rx(
      `(?:tu\\s|trong\\s|vao\\s)?quy\\s(${QN}(?:(?:,\\s?|\\s?[-–]\\s?|\\s(?:va|den)\\s)(?:quy\\s)?${QN})*)(?:${TO_YEAR}${Y})?`,
    ),
    build: (m, p) => {
      const y = num(m[2]) ?? relYear(p);
      if (y === undefined) return null;
      const runs = quarterRuns(m[1] as string);
      // A "Từ ... đến" span or a list of adjacent quarters is one period of work.
      if (runs.length === 1) {
        const [a, b] = runs[0] as [number, number];
        return a === b ? once(quarterStart(y, a), quarterEnd(y, a)) : range(quarterStart(y, a), quarterEnd(y, b));
      }
      return runs.flatMap(([a, b]) =>
        a === b ? once(quarterStart(y, a), quarterEnd(y, a)) : (range(quarterStart(y, a), quarterEnd(y, b)) ?? []),
      );
    },
  },
  {
    name: 'half year',
    re: rx(`(?:trong\\s)?6 thang (dau|cuoi)(?: nam)?(?:\\s(?:nam\\s)?${Y})?`),
    build: (m, p) => {
      const y = num(m[2]) ?? relYear(p);
      if (y === undefined) return null;
      return m[1] === 'dau' ? once(monthStart(y, 1), monthEnd(y, 6)) : once(monthStart(y, 7), monthEnd(y, 12));
    },
  },
  {
    name: 'year',
    re: rx(`(?:(?:trong|vao)\\s)?(?:nam\\s?)?${Y}`),
    build: (m) => once(yearStart(Number(m[1])), yearEnd(Number(m[1]))),
  },
  {
    name: 'whole year',
    re: rx(`ca nam\\s(?:nam\\s)?${Y}`),
    build: (m) => range(yearStart(Number(m[1])), yearEnd(Number(m[1]))),
  },
  {
    name: 'by year',
    re: rx(`(den|toi|cham nhat|truoc)(\\s(?:het|cuoi))?\\s(?:nam\\s)?${Y}`),
    build: (m) => {
      const y = Number(m[3]);
      // "Trước năm 2023" is before 2023 begins; "đến năm 2030" includes 2030.
      return once(undefined, yearEnd(m[1] === 'truoc' && !m[2] ? y - 1 : y));
    },
  },
  {
    name: 'year range',
    re: rx(
      `(?:(?:tu|trong)\\s)?(?:giai doan\\s)?(?:nam\\s)?${Y}\\s?(?:-|–|den)\\s?(?:nam\\s)?${Y}` +
        '((?:,?\\s(?:va\\s)?(?:giai doan\\s)?(?:nam\\s)?(?:19|20)\\d\\d\\s?[-–]\\s?(?:19|20)\\d\\d)*)',
    ),
    build: (m) => {
      const more = [...(m[3] ?? '').matchAll(/(?:19|20)\d\d/g)].map((x) => Number(x[0]));
      const years = [Number(m[1]), Number(m[2]), ...more];
      // A reversed span ("2030-2021") is a typo we cannot resolve, not a range to reorder.
      if (years.some((y, i) => i > 0 && y < (years[i - 1] as number))) return null;
      return range(yearStart(years[0] as number), yearEnd(years[years.length - 1] as number));
    },
  },
  {
    name: 'start, then finish',
    re: rx(
      `(?:trien khai|bat dau|thuc hien)\\s(?:tu\\s)?(?:nam\\s)?${Y},?\\s(?:va\\s)?(?:hoan thanh|ket thuc)\\s(?:vao\\s|trong\\s)?(?:nam\\s)?${Y}`,
    ),
    build: (m) => range(yearStart(Number(m[1])), yearEnd(Number(m[2]))),
  },
  {
    name: 'through the year, finished by a date',
    re: rx(`(?:ca|trong) nam(?:\\s(?:nam\\s)?${Y})?(?:,?\\s(?:va\\s)?|\\s?;\\s?)${DEADLINE}(?:ngay\\s)?${D}`),
    build: (m) => {
      const to = date(m[2], m[3], num(m[4]));
      if (!to) return null;
      return range(yearStart(num(m[1]) ?? Number(m[4])), to);
    },
  },
];
