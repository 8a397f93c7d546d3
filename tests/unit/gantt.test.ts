import { describe, expect, it } from 'vitest';
import { ganttData } from '../../src/charts/gantt/data';
import { ganttLabelsSvg, ganttSvg, tooltip } from '../../src/charts/gantt/chart';
import { dayX, todayLabel } from '../../src/charts/gantt/today';
import { taskSchema } from '../../src/schema';
import { plans, tasks, units } from '../fixtures/charts/data';
import { expectGolden, xmlProblems } from '../fixtures/charts/golden';

const TODAY = '2024-06-15';
const data = ganttData(tasks, plans, units);
const svg = (zoom: 'year' | 'quarter' = 'year', today = TODAY) =>
  ganttSvg(data.rows, { period: data.period, today, zoom, title: 'Tiến độ CCHC', id: `g-${zoom}` });

describe('ganttData', () => {
  it('groups rows by reform area in the national order, keeping source order within', () => {
    expect([...new Set(data.rows.map((r) => r.area))]).toEqual(['chi-dao', 'the-che', 'tthc', 'cong-vu', 'so']);
    expect(data.rows.filter((r) => r.area === 'chi-dao').map((r) => r.taskId)).toEqual([
      'qt-2021-2025/1',
      'qt-2021-2025/2',
      'snv-2026/1-1',
      'snv-2026/1-2',
    ]);
  });

  it('lists conditional and unknown times separately with their raw text', () => {
    expect(data.undated.map((u) => [u.taskId, u.raw, u.understood])).toEqual([
      ['snv-2026/1-2', 'Theo thời gian quy định', 'Có điều kiện'],
      ['snv-2026/2-1', 'Theo Kế hoạch', 'Chưa rõ'],
      ['qt-2021-2025/5', 'Sau khi có Thông tư hướng dẫn của Bộ Tài chính', 'Có điều kiện'],
    ]);
    expect(data.rows.some((r) => r.taskId === 'qt-2021-2025/5' || r.taskId === 'snv-2026/2-1')).toBe(false);
  });

  it('spans every plan period and names leads', () => {
    expect(data.period).toEqual({ from: '2021-01-01', to: '2026-12-31' });
    expect(data.rows.find((r) => r.taskId === 'qt-2021-2025/7')?.leadNames).toBe('Sở Tư pháp; Sở Nội vụ');
    expect(data.rows.find((r) => r.taskId === 'qt-2021-2025/9')?.years).toEqual([2021, 2022, 2023]);
  });

  it("uses the activities' times when the task has none, and lists a task with no time at all", () => {
    const base = tasks[0]!;
    const withActivities = taskSchema().parse({
      ...base,
      id: 'qt-2021-2025/10',
      time: null,
      activities: [
        {
          text: 'Dự thảo',
          outputs: [],
          lead: ['so-noi-vu'],
          coordinate: [],
          time: { raw: 'Tháng 01/2024', kind: 'once', from: '2024-01-01', to: '2024-01-31' },
        },
        {
          text: 'Ban hành',
          outputs: [],
          lead: ['so-noi-vu'],
          coordinate: [],
          time: { raw: 'Theo Kế hoạch', kind: 'unknown' },
        },
      ],
    });
    const none = taskSchema().parse({ ...base, id: 'qt-2021-2025/11', time: null });
    const d = ganttData([withActivities, none], plans, units);
    expect(d.rows.map((r) => [r.taskId, r.raw, r.marks.length])).toEqual([
      ['qt-2021-2025/10', 'Tháng 01/2024 · Theo Kế hoạch', 1],
    ]);
    expect(d.undated.map((u) => [u.taskId, u.raw, u.understood])).toEqual([
      ['qt-2021-2025/10', 'Theo Kế hoạch', 'Chưa rõ'],
      ['qt-2021-2025/11', '', 'Không ghi thời gian'],
    ]);
  });
});

describe('ganttSvg', () => {
  it('matches the golden files (year and quarter zoom)', () => {
    expectGolden('gantt-year.svg', svg('year'));
    expectGolden('gantt-quarter.svg', svg('quarter'));
  });

  it('gives byte-identical output for the same input', () => {
    expect(svg('quarter')).toBe(
      ganttSvg(ganttData(tasks, plans, units).rows, {
        period: data.period,
        today: TODAY,
        zoom: 'quarter',
        title: 'Tiến độ CCHC',
        id: 'g-quarter',
      }),
    );
  });

  it('is well-formed and escapes source text', () => {
    const out = svg();
    expect(xmlProblems(out)).toEqual([]);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&quot;tự kiểm tra&quot; &lt;script&gt;');
    expect(out).not.toContain('NaN');
  });

  it('makes every row one focusable link to its task page, with task, lead and raw time', () => {
    const out = svg();
    const links = [...out.matchAll(/<a href="([^"]+)" aria-label="([^"]+)">/g)];
    expect(links.map((m) => m[1])).toEqual(data.rows.map((r) => r.url));
    expect(links[1]?.[2]).toContain('Thời gian: Hàng Quý');
    expect(out).toContain(`<title>${tooltip(data.rows[0]!).replace(/&/g, '&amp;')}</title>`);
  });

  it('uses hrefOf when given', () => {
    const out = ganttSvg(data.rows.slice(0, 1), { period: data.period, title: 't', hrefOf: (id) => `/x/${id}/` });
    expect(out).toContain('href="/x/qt-2021-2025/1/"');
  });

  it('draws one mark per Q4 for "Quý IV hàng năm"', () => {
    const row = svg().split('data-task="qt-2021-2025/3"')[1]!.split('</g>')[0]!;
    expect(
      [...row.matchAll(/data-kind="recurring" data-from="(\d{4})-10-01" data-to="\d{4}-12-31"/g)].map((m) => m[1]),
    ).toEqual(['2021', '2022', '2023', '2024', '2025']);
  });

  it('draws ongoing work as a band and conditional tasks not at all', () => {
    const out = svg();
    expect(out.split('data-task="qt-2021-2025/4"')[1]).toMatch(
      /^[^]*?data-kind="band" data-from="2021-01-01" data-to="2025-12-31"/,
    );
    expect(out).not.toContain('data-task="qt-2021-2025/5"');
  });

  it('draws the label column row for row beside a chart drawn without labels', () => {
    const rowsAt = (out: string) =>
      [...out.matchAll(/data-task="([^"]+)"[^>]*?transform="translate\(0,(\d+)\)"/g)].map((m) => `${m[1]}@${m[2]}`);
    for (const zoom of ['year', 'quarter'] as const) {
      const chart = ganttSvg(data.rows, { period: data.period, title: 't', zoom, labels: false });
      const labels = ganttLabelsSvg(data.rows, { zoom });
      expect(rowsAt(labels)).toEqual(rowsAt(chart));
      expect(rowsAt(labels)).toHaveLength(data.rows.length);
      expect(/height="(\d+)"/.exec(labels)![1]).toBe(/height="(\d+)"/.exec(chart)![1]);
      // The chart keeps its links (named by task); the label column is text only, hidden from screen readers.
      const labelText = `<text x="12" y="15" fill="`;
      expect(chart).not.toContain(labelText);
      expect(labels.split(labelText)).toHaveLength(data.rows.length + 1);
      expect(labels).toContain('aria-hidden="true"');
      expect(labels).not.toContain('<a ');
      expect(xmlProblems(labels)).toEqual([]);
    }
  });

  it('labels the line of the build date as such (not "today": a script moves it), inside the drawing near the end of the axis', () => {
    const width = (out: string) => Number(/viewBox="0 0 (\d+)/.exec(out)![1]);
    const label = (out: string) => /<g class="today"[^]*?<text ([^>]*)>([^<]*)<\/text>/.exec(out)!;
    const mid = svg('year', TODAY);
    expect(label(mid)[2]).toBe('Ngày cập nhật 15/06/2024');
    expect(label(mid)[1]).not.toContain('text-anchor');
    // 20 December of the last year: a label to the right of the line would run off the drawing.
    const end = svg('year', `${data.period.to.slice(0, 4)}-12-20`);
    const [, at, text] = label(end);
    expect(text).toMatch(/^Ngày cập nhật 20\/12\/\d{4}$/);
    expect(at).toContain('text-anchor="end"');
    expect(Number(/x="([\d.]+)"/.exec(at!)![1])).toBeLessThan(width(end));
  });

  it('draws the today line only inside the period', () => {
    expect(svg('year', TODAY)).toContain('Ngày cập nhật 15/06/2024');
    expect(svg('year', '2030-01-01')).not.toContain('class="today"');
  });

  it("gives the browser the axis to move the line to the reader's day: same x as drawn at build time", () => {
    const at = (day: string) => {
      const g = /<g class="today"([^>]*)><line ([^>]*)>/.exec(svg('year', day))!;
      const get = (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(g[1]!)![1]!;
      return {
        axis: {
          from: get('data-from'),
          until: get('data-until'),
          x0: Number(get('data-x0')),
          x1: Number(get('data-x1')),
        },
        x: Number(/x1="([\d.]+)"/.exec(g[2]!)![1]),
      };
    };
    const a = at(TODAY);
    const b = at(`${data.period.to.slice(0, 4)}-12-20`);
    expect(a.axis).toEqual(b.axis);
    expect(dayX(TODAY, a.axis)).toBe(a.x);
    expect(dayX(`${data.period.to.slice(0, 4)}-12-20`, a.axis)).toBe(b.x);
    expect(dayX(data.period.from, a.axis)).toBe(a.axis.x0);
    expect(dayX('2030-01-01', a.axis)).toBeUndefined();
    expect(todayLabel(a.x, 600, TODAY, false).text).toBe('Hôm nay 15/06/2024');
  });

  it('labels quarters in Vietnamese when zoomed', () => {
    const out = svg('quarter');
    for (const q of ['Quý I<', 'Quý II<', 'Quý III<', 'Quý IV<']) expect(out).toContain(q);
    expect(svg('year')).not.toContain('class="axis-quarter"');
  });
});
