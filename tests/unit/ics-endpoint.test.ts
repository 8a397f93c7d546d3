import { describe, expect, it } from 'vitest';
import { calendarResponse, feedStamp, withBaseUrls } from '../../src/pages/lich/_feed';
import { icsFeed } from '../../src/lib/publish/ics';
import { plans, tasks, units } from '../fixtures/charts/data';

describe('calendar endpoints (src/pages/lich)', () => {
  it('DTSTAMP: SOURCE_DATE_EPOCH when set, else the first day of the newest plan period', () => {
    expect(feedStamp(plans, '1767225600')).toBe('2026-01-01T00:00:00');
    expect(feedStamp(plans, '1700000000')).toBe('2023-11-14T22:13:20');
    expect(feedStamp(plans, '')).toBe('2026-01-01');
    expect(feedStamp(plans, 'not a number')).toBe('2026-01-01');
    expect(feedStamp(plans.slice(0, 1), undefined)).toBe('2021-01-01');
  });

  it('two builds of the same data give the same bytes', () => {
    const feed = () =>
      icsFeed({
        name: 'Hạn CCHC',
        tasks: withBaseUrls(tasks),
        plans,
        units,
        stamp: feedStamp(plans, undefined),
        site: 'https://example.vn',
      });
    expect(feed()).toBe(feed());
    expect(feed()).toContain('DTSTAMP:20260101T000000Z');
  });

  it('links keep the base path of a subfolder host', () => {
    expect(withBaseUrls(tasks.slice(0, 1), '/')[0]!.url).toBe(tasks[0]!.url);
    const ics = icsFeed({
      name: 'x',
      tasks: withBaseUrls(tasks.slice(0, 1), '/cchc/'),
      plans,
      units,
      stamp: '2026-01-01',
      site: 'https://example.vn',
    });
    expect(ics).toContain(`URL;VALUE=URI:https://example.vn/cchc${tasks[0]!.url}`);
  });

  it('answers as text/calendar', async () => {
    const res = calendarResponse('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await res.text()).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });
});
