import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { icsCalendar, icsFeed, rrule, taskEvents } from '../../src/lib/publish/ics';
import { taskSchema, type Task } from '../../src/schema';
import { plans, tasks, units } from '../fixtures/charts/data';
import { expectGolden } from '../fixtures/charts/golden';

const [qt, snv] = plans as [(typeof plans)[0], (typeof plans)[0]];
const byId = (id: string) => tasks.find((t) => t.id === id)!;
const STAMP = '2026-11-21';

describe('taskEvents', () => {
  it('puts a dated deadline on the day it falls due', () => {
    expect(taskEvents(byId('qt-2021-2025/1'), qt)).toMatchObject([
      { start: '2024-03-31', end: '2024-03-31', summary: 'Hạn: 1. Ban hành Kế hoạch CCHC năm 2024' },
    ]);
    expect(taskEvents(byId('qt-2021-2025/7'), qt)).toMatchObject([{ start: '2024-01-15', end: '2024-01-15' }]);
  });

  it('turns "Tháng 12 hàng năm" into a yearly rule in December until the end of the plan', () => {
    const [e] = taskEvents(byId('qt-2021-2025/8'), qt);
    expect(e).toMatchObject({ start: '2021-12-31', rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1;UNTIL=20251231' });
  });

  it('turns "Quý IV hàng năm", "Hàng Quý" and "Hàng năm, đến năm 2023" into rules', () => {
    expect(taskEvents(byId('qt-2021-2025/3'), qt)[0]?.rrule).toBe(
      'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1;UNTIL=20251231',
    );
    expect(taskEvents(byId('qt-2021-2025/2'), qt)[0]).toMatchObject({
      start: '2021-03-31',
      rrule: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1;UNTIL=20251231',
    });
    expect(taskEvents(byId('qt-2021-2025/9'), qt)[0]?.rrule).toBe(
      'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31;UNTIL=20231231',
    );
    expect(rrule({ every: 'month', day: 15 })).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
    expect(rrule({ every: 'half-year' })).toBe('FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1');
  });

  it('skips ongoing, conditional and unknown times, and keeps the dated parts of multiple ones', () => {
    for (const id of ['qt-2021-2025/4', 'qt-2021-2025/5', 'snv-2026/2-1'])
      expect(taskEvents(byId(id), id.startsWith('snv') ? snv : qt)).toEqual([]);
    expect(taskEvents(byId('snv-2026/1-1'), snv).map((e) => [e.uid, e.start])).toEqual([
      ['snv-2026-1-1-1@cchc-explorer', '2026-06-30'],
      ['snv-2026-1-1-2@cchc-explorer', '2026-11-30'],
    ]);
    expect(taskEvents(byId('snv-2026/1-2'), snv).map((e) => e.start)).toEqual(['2026-01-31']);
  });

  it("uses the activities' times when the task has none", () => {
    const t: Task = taskSchema().parse({
      ...byId('qt-2021-2025/1'),
      time: null,
      activities: [
        {
          text: 'a',
          outputs: [],
          lead: [],
          coordinate: [],
          time: { raw: 'Ngày 15/12/2024', kind: 'once', from: '2024-12-15', to: '2024-12-15' },
        },
      ],
    });
    expect(taskEvents(t, qt, { site: 'https://example.vn', lead: 'Sở Nội vụ' })).toMatchObject([
      {
        start: '2024-12-15',
        url: 'https://example.vn/ke-hoach/qt-2021-2025/1/',
        description:
          'Thời gian (nguyên văn): Ngày 15/12/2024\nChủ trì: Sở Nội vụ\nKế hoạch: Kế hoạch CCHC tỉnh Quảng Trị giai đoạn 2021–2025',
      },
    ]);
  });
});

describe('icsCalendar', () => {
  const events = tasks.flatMap((t) =>
    taskEvents(t, t.plan === 'snv-2026' ? snv : qt, { site: 'https://cchc.quangtri.gov.vn' }),
  );
  const ics = icsCalendar({ name: 'Hạn CCHC: Sở Nội vụ', events, stamp: STAMP });

  it('matches the golden file and is stable', () => {
    expectGolden('calendar.ics', ics);
    expect(icsCalendar({ name: 'Hạn CCHC: Sở Nội vụ', events, stamp: STAMP })).toBe(ics);
  });

  it('uses CRLF, folds at 75 octets and has all-day events', () => {
    const lines = ics.split('\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(events.length);
    expect(ics).toContain('DTSTART;VALUE=DATE:20240331\r\nDTEND;VALUE=DATE:20240401\r\n');
    expect(ics).toContain('DTSTAMP:20261121T000000Z');
    expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1;UNTIL=20251231');
  });

  it('parses in a real client (ical.js, the parser of Thunderbird) back to what was written', () => {
    const summary = `Hạn: ${'Cải cách thủ tục hành chính, văn bản; mục \\ 1 '.repeat(4)}😀`;
    const one = icsCalendar({
      name: 'Lịch, thử; nghiệm',
      events: [
        {
          uid: 'p-1@cchc-explorer',
          summary,
          description: 'Dòng 1\nDòng 2',
          start: '2024-12-31',
          end: '2024-12-31',
          rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1;UNTIL=20251231',
        },
      ],
      stamp: STAMP,
    });
    for (const line of one.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(one));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Lịch, thử; nghiệm');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(summary);
    expect(event.description).toBe('Dòng 1\nDòng 2');
    expect(event.startDate.toString()).toBe('2024-12-31');
    expect(event.endDate.toString()).toBe('2025-01-01');
    expect(event.isRecurring()).toBe(true);
    const it = event.iterator();
    expect([it.next()?.toString(), it.next()?.toString()]).toEqual(['2024-12-31', '2025-12-31']);
  });

  it('parses every event of the golden feed in a real client', () => {
    const parsed = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(parsed.map((e) => e.summary)).toEqual(events.map((e) => e.summary));
    expect(parsed.map((e) => e.startDate.toString())).toEqual(events.map((e) => e.start));
  });
});

describe('icsFeed', () => {
  it('gives a unit the deadlines of the tasks it leads or coordinates, with lead names', () => {
    const ics = icsFeed({ name: 'Văn phòng Sở', tasks, plans, units, stamp: STAMP, unit: 'van-phong-so' });
    const uids = [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
    // 1.1 (two dates) and 1.2 (its dated part) it coordinates, 3.1 it leads; 2.1 is "Theo Kế hoạch".
    expect(uids).toEqual([
      'snv-2026-1-1-1@cchc-explorer',
      'snv-2026-1-1-2@cchc-explorer',
      'snv-2026-1-2-1@cchc-explorer',
      'snv-2026-3-1-1@cchc-explorer',
    ]);
    expect(ics.replace(/\r\n /g, '')).toContain('Chủ trì: Phòng Cải cách hành chính');
  });

  it('gives a plan every dated deadline of its tasks', () => {
    const ics = icsFeed({
      name: 'KH 2026',
      tasks: tasks.filter((t) => t.plan === 'snv-2026'),
      plans,
      units,
      stamp: STAMP,
    });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31;UNTIL=20261231');
  });
});
