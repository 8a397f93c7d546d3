/**
 * Cache keys of the incremental build (src/lib/site/cache-key.ts, issue 20):
 * a page is copied from the last build while its key is unchanged, so a key
 * must change with everything the page shows and should not change with what
 * it does not. The cases follow the audit of what the plan pages, unit
 * timelines and unit calendars read (docs/SCALE.md, "Incremental rebuild").
 */
import { describe, expect, it } from 'vitest';
import type { Site, Task } from '../../src/lib/site/data';
import { keyed, planPageKey, taskPageKey, unitFeedKey, unitTimelineKey } from '../../src/lib/site/cache-key';

const SOURCE = 'content/sources/vp-ubnd-2024.txt';

interface Options {
  title1?: string;
  period1?: { from: number; to: number };
  activity1?: string;
  activity0?: string;
  unitName?: string;
  notesBefore?: number;
  today?: string;
  truncated?: boolean;
}

/** Two plans (p0, p1) of one task each, both led by unit u; `notesBefore` import notes for a plan listed before them. */
function siteWith(o: Options = {}): Site {
  const plan = (id: string, title: string, period = { from: 2024, to: 2024 }) => ({
    id,
    title,
    issuer: 'UBND tỉnh',
    period,
    sourceFile: SOURCE,
    areas: [],
  });
  const plans = [
    plan('pa', 'Kế hoạch trước'),
    plan('p0', 'Kế hoạch 0'),
    plan('p1', o.title1 ?? 'Kế hoạch 1', o.period1),
  ];
  const task = (p: string, activity: string) =>
    ({
      id: `${p}/1`,
      plan: p,
      number: '1',
      url: `/${p}/1/`,
      lead: ['u'],
      coordinate: [],
      activities: [{ text: activity }],
      doubts: [],
      source: { lines: [1, 2] },
    }) as unknown as Task;
  const tasks = [task('p0', o.activity0 ?? 'Rà soát'), task('p1', o.activity1 ?? 'Công bố')];
  const quality = [
    ...Array.from({ length: o.notesBefore ?? 0 }, (_, k) => ({
      id: `q${k}`,
      plan: 'pa',
      level: 'warning',
      message: `${k}`,
    })),
    { id: 'qz', plan: 'p0', level: 'warning', message: 'ghi chú của p0' },
    ...(o.truncated ? [{ id: 'qt', plan: 'p0', code: 'truncated', level: 'warning', message: 'văn bản bị cắt' }] : []),
  ];
  const units = [{ id: 'u', name: o.unitName ?? 'Sở Nội vụ', duties: [] }];
  return {
    plans,
    planById: new Map(plans.map((p) => [p.id, p])),
    tasks,
    taskById: new Map(tasks.map((t) => [t.id, t])),
    // p0's task is related to p1's (relatedAll gives copies of the tasks, with their text).
    related: new Map([['p0/1', [{ item: { ...tasks[1]!, text: 'công bố' }, score: 0.5 }]]]),
    tasksByPlan: new Map(plans.map((p) => [p.id, tasks.filter((t) => t.plan === p.id)])),
    tasksByUnit: new Map([['u', tasks]]),
    targetsByPlan: new Map(),
    units,
    quality,
    timeline: { events: [], bases: new Map() },
    today: o.today ?? '2026-12-07',
  } as unknown as Site;
}

const p0 = (s: Site) => planPageKey(s.planById.get('p0')!, s, '# Thân văn bản');

describe('planPageKey (the five pages of a plan)', () => {
  it('stays the same when another plan’s task changes, and the same input gives the same key', () => {
    expect(p0(siteWith({ activity1: 'Công bố lại' }))).toBe(p0(siteWith()));
  });

  it('changes with the plan’s own tasks and its body', () => {
    expect(p0(siteWith({ activity0: 'Rà soát lại' }))).not.toBe(p0(siteWith()));
    const s = siteWith();
    expect(planPageKey(s.planById.get('p0')!, s, '# Thân khác')).not.toBe(p0(s));
  });

  it('changes with what reaches it from elsewhere: another plan’s title or period, a unit’s name, the quality page, today', () => {
    const base = p0(siteWith());
    // The network page lists every plan.
    expect(p0(siteWith({ title1: 'Kế hoạch 1 (sửa đổi)' }))).not.toBe(base);
    // The calendar's DTSTAMP is the newest plan's first year.
    expect(p0(siteWith({ period1: { from: 2026, to: 2026 } }))).not.toBe(base);
    expect(p0(siteWith({ unitName: 'Sở Nội vụ tỉnh Quảng Trị' }))).not.toBe(base);
    // 600 notes of the plan before it move p0's notes to page 2 of /chat-luong/.
    expect(p0(siteWith({ notesBefore: 600 }))).not.toBe(base);
    expect(p0(siteWith({ today: '2026-12-08' }))).not.toBe(base);
  });
});

describe('unitTimelineKey and unitFeedKey', () => {
  const timeline = (s: Site, plan: string) =>
    unitTimelineKey(
      {
        unit: s.units[0]!,
        page: { number: 1, count: 1 } as never,
        tasks: s.tasks.filter((t) => t.plan === plan),
        total: 2,
      },
      s,
    );
  it('a timeline page changes with its own tasks, not with the tasks of other pages', () => {
    expect(timeline(siteWith({ activity1: 'Công bố lại' }), 'p0')).toBe(timeline(siteWith(), 'p0'));
    expect(timeline(siteWith({ activity0: 'Rà soát lại' }), 'p0')).not.toBe(timeline(siteWith(), 'p0'));
  });

  it('a unit calendar changes with its tasks and with every plan’s period (DTSTAMP)', () => {
    const feed = (s: Site) => unitFeedKey(s.units[0]!, s.tasks, s);
    expect(feed(siteWith({ activity1: 'Công bố lại' }))).not.toBe(feed(siteWith()));
    expect(feed(siteWith({ period1: { from: 2026, to: 2026 } }))).not.toBe(feed(siteWith()));
    expect(feed(siteWith())).toBe(feed(siteWith()));
  });
});

describe('taskPageKey', () => {
  const t0 = (s: Site) => taskPageKey(s.tasks[0]!, s);
  it('is the same for the same input, and changes with the task, a related task of another plan, or its plan’s truncation note', () => {
    expect(t0(siteWith())).toBe(t0(siteWith()));
    expect(t0(siteWith({ activity0: 'Rà soát lại' }))).not.toBe(t0(siteWith()));
    // The related list shows p1's task: its change reaches p0's task page.
    expect(t0(siteWith({ activity1: 'Công bố lại' }))).not.toBe(t0(siteWith()));
    expect(t0(siteWith({ truncated: true }))).not.toBe(t0(siteWith()));
    expect(t0(siteWith({ unitName: 'Sở Nội vụ tỉnh Quảng Trị' }))).not.toBe(t0(siteWith()));
  });
});

describe('keyed', () => {
  it('gives a key only to an incremental build, which alone reads it', () => {
    const before = process.env.BUILD_INCREMENTAL;
    try {
      delete process.env.BUILD_INCREMENTAL;
      expect(keyed(() => 'k')).toBeUndefined();
      process.env.BUILD_INCREMENTAL = '1';
      expect(keyed(() => 'k')).toBe('k');
    } finally {
      if (before === undefined) delete process.env.BUILD_INCREMENTAL;
      else process.env.BUILD_INCREMENTAL = before;
    }
  });
});
