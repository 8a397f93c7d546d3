/**
 * iCalendar (RFC 5545) feeds of deadlines, per unit or per plan. Each dated
 * deadline is an all-day event on the day it falls due; a recurring deadline
 * is one event with an RRULE ("Tháng 12 hàng năm" → FREQ=YEARLY;BYMONTH=12).
 * Ongoing, conditional and unknown times have no deadline and are skipped.
 * Output is deterministic: UIDs come from task ids and DTSTAMP from the build
 * date passed in, so an unchanged plan gives an unchanged file.
 */
import { marksOf, occurrenceSpans, spanOf } from '../../charts/marks';
import { addDays, yearsSpan } from '../../charts/dates';
import { plain } from '../../charts/svg';
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

export function icsCalendar({ name, events, stamp }: Calendar): string {
  const dtstamp = `${basic(stamp.slice(0, 10))}T${(stamp.slice(11, 19) || '00:00:00').replace(/:/g, '')}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//CCHC Quang Tri//Explorer//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${text(name)}`,
    `X-WR-CALNAME:${text(name)}`,
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${text(e.uid)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basic(e.start)}`,
      `DTEND;VALUE=DATE:${basic(addDays(e.end, 1))}`,
    );
    if (e.rrule) lines.push(`RRULE:${e.rrule}`);
    lines.push(`SUMMARY:${text(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${text(e.description)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    // A deadline does not make anyone busy all day.
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
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

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets without splitting a UTF-8 character (§3.1).
 * Octets are counted from the code points (1 below U+0080, 2 below U+0800, 4
 * for a surrogate pair, else 3, a lone surrogate too: TextEncoder writes
 * U+FFFD for it), not by encoding each character.
 */
export function fold(line: string): string {
  // Each UTF-16 unit is at most 3 octets: 25 units always fit.
  if (line.length <= 25) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length;) {
    const c = line.charCodeAt(i);
    let size = 1;
    let units = 1;
    if (c >= 0x800) {
      size = 3;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < line.length) {
        const next = line.charCodeAt(i + 1);
        if (next >= 0xdc00 && next < 0xe000) [size, units] = [4, 2];
      }
    } else if (c >= 0x80) size = 2;
    // Continuation lines begin with a space, which counts towards their 75.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
    }
    octets += size;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}
