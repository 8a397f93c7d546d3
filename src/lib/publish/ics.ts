/**
 * iCalendar (RFC 5545) feeds of deadlines, per unit or per plan. Each dated
 * deadline is an all-day event on the day it falls due; a recurring deadline
 * is one event with an RRULE ("Tháng 12 hàng năm" → FREQ=YEARLY;BYMONTH=12).
 * Ongoing, conditional and unknown times have no deadline and are skipped.
 * Output is deterministic: UIDs come from task ids and DTSTAMP from the build
 * date passed in, so an unchanged plan gives an unchanged file.
 */
import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { marksOf, occurrenceSpans, spanOf } from '../time/marks';
import { addDays, yearsSpan } from '../time/dates';
import { plain } from '../../text/plain';
import type { Plan } from '../../schema/plan';
import type { Task } from '../../schema/task';
import type { Unit } from '../../schema/unit';
import type { Recurrence, TimeSpec } from '../../schema/time';

export interface CalendarEvent {
  uid: string;
  summary: string;
  /** All-day: first day (ISO), and the last day inclusive. */
  start: string;
  end: string;
  rrule?: string;
  description?: string;
  url?: string;
}

export interface TaskEventOptions {
  /** Absolute base for the task link ("https://cchc.quangtri.gov.vn"). */
  site?: string;
  /** Lead unit names, as shown on the site. */
  lead?: string;
  /** The predecessor the task was assigned to, when the feed is its successor's. */
  predecessor?: string;
}

export function taskEvents(task: Task, plan: Plan, options: TaskEventOptions = {}): CalendarEvent[] {
  const period = yearsSpan(plan.period);
  const times = task.time ? [task.time] : task.activities.flatMap((a) => (a.time ? [a.time] : []));
  const parts = times.flatMap((t): Omit<TimeSpec, 'parts'>[] =>
    t.kind === 'multiple' && t.parts?.length ? t.parts : [t],
  );
  const events: CalendarEvent[] = [];
  const title = `${task.number}. ${plain(task.title)}`;
  parts.forEach((part, i) => {
    const base = {
      uid: `${task.id.replace(/[^A-Za-z0-9-]+/g, '-')}-${i + 1}@cchc-explorer`,
      summary: options.predecessor ? `Hạn (đơn vị tiền thân ${options.predecessor}): ${title}` : `Hạn: ${title}`,
      description: [
        options.predecessor ? `Giao cho đơn vị tiền thân: ${options.predecessor}` : '',
        `Thời gian (nguyên văn): ${part.raw}`,
        options.lead ? `Chủ trì: ${options.lead}` : '',
        `Kế hoạch: ${plan.title}`,
      ]
        .filter(Boolean)
        .join('\n'),
      ...(options.site ? { url: new URL(task.url, options.site).href } : {}),
    };
    if (part.kind === 'recurring' && part.recurrence) {
      const spans = occurrenceSpans(part.recurrence, spanOf(part, period));
      const first = spans[0];
      const last = spans[spans.length - 1];
      if (first && last)
        events.push({
          ...base,
          start: first.to,
          end: first.to,
          rrule: `${rrule(part.recurrence)};UNTIL=${basic(last.to)}`,
        });
      return;
    }
    if (part.kind !== 'once' && part.kind !== 'range') return;
    const due = marksOf(part, period).marks[0]?.to;
    if (due) events.push({ ...base, start: due, end: due });
  });
  return events;
}

/** The rule that reproduces `occurrenceSpans`' deadlines (the end of each period). */
export function rrule(rec: Recurrence): string {
  const day = rec.day ?? -1;
  switch (rec.every) {
    case 'year':
      if (rec.month) return `FREQ=YEARLY;BYMONTH=${rec.month};BYMONTHDAY=${day}`;
      if (rec.quarter) return `FREQ=YEARLY;BYMONTH=${rec.quarter * 3};BYMONTHDAY=-1`;
      return 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31';
    case 'half-year':
      return 'FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1';
    case 'quarter':
      return 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1';
    case 'month':
      return `FREQ=MONTHLY;BYMONTHDAY=${day}`;
  }
}

export interface Calendar {
  name: string;
  events: readonly CalendarEvent[];
  /** Build date (ISO date or date-time, UTC): the DTSTAMP of every event. */
  stamp: string;
}

/** "2024-03-31" as the UTC midnight ical-generator writes all-day dates from. */
const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * The feed, written by ical-generator (escaping, 75-octet folding, CRLF).
 * Every event is all-day; the end is exclusive in iCalendar, so the day
 * after the last day.
 */
export function icsCalendar({ name, events, stamp }: Calendar): string {
  const dtstamp = new Date(`${stamp.slice(0, 10)}T${stamp.slice(11, 19) || '00:00:00'}Z`);
  const calendar = ical({
    name,
    prodId: { company: 'CCHC Quang Tri', product: 'Explorer', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const e of events)
    calendar.createEvent({
      id: e.uid,
      stamp: dtstamp,
      start: day(e.start),
      end: day(addDays(e.end, 1)),
      allDay: true,
      summary: e.summary,
      ...(e.rrule ? { repeating: e.rrule } : {}),
      ...(e.description ? { description: e.description } : {}),
      ...(e.url ? { url: e.url } : {}),
      // A deadline does not make anyone busy all day.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  // RFC 5545 §3.1: every content line ends in CRLF, the last one too.
  return `${calendar.toString()}\r\n`;
}

export interface FeedOptions {
  name: string;
  tasks: readonly Task[];
  plans: readonly Plan[];
  units: readonly Unit[];
  stamp: string;
  site?: string;
  /** Only the tasks this unit leads or coordinates (a unit's feed); else all given tasks (a plan's feed). */
  unit?: string;
  /** A unit's feed also carries the deadlines of its predecessors (2025 reorganisation), marked as theirs. */
  predecessors?: readonly string[];
}

/** A whole feed: `icsCalendar` of the `taskEvents` of the chosen tasks, for an Astro endpoint. */
export function icsFeed({ name, tasks, plans, units, stamp, site, unit, predecessors = [] }: FeedOptions): string {
  const planById = new Map(plans.map((p) => [p.id, p]));
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const involves = (t: Task, id: string) =>
    [t, ...t.activities].some((a) => a.lead.includes(id) || a.coordinate.includes(id));
  const events = tasks.flatMap((t) => {
    const plan = planById.get(t.plan);
    if (!plan) return [];
    // Its own task, else the first predecessor's it was assigned to.
    const via = !unit || involves(t, unit) ? undefined : predecessors.find((p) => involves(t, p));
    if (unit && !involves(t, unit) && via === undefined) return [];
    const lead = [...new Set([...t.lead, ...t.activities.flatMap((a) => a.lead)])]
      .map((id) => nameOf.get(id) ?? id)
      .join('; ');
    return taskEvents(t, plan, {
      ...(site ? { site } : {}),
      ...(lead ? { lead } : {}),
      ...(via ? { predecessor: nameOf.get(via) ?? via } : {}),
    });
  });
  return icsCalendar({ name, events, stamp });
}

/** "2024-03-31" → "20240331". */
function basic(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}
