import { describe, expect, it } from 'vitest';
import { marksOf, occurrenceSpans } from '../../src/lib/time/marks';
import { times } from '../fixtures/charts/data';

const p2125 = { from: '2021-01-01', to: '2025-12-31' };
const p2026 = { from: '2026-01-01', to: '2026-12-31' };

describe('marksOf', () => {
  it('draws a dated span as a bar and a deadline with only `to` as a milestone', () => {
    expect(marksOf(times.quarter1, p2125).marks).toEqual([
      { kind: 'bar', from: '2024-01-01', to: '2024-03-31', raw: 'Quý I/2024' },
    ]);
    expect(marksOf(times.before, p2125).marks).toEqual([
      { kind: 'milestone', from: '2024-01-15', to: '2024-01-15', raw: 'Trước ngày 15/01/2024' },
    ]);
  });

  it('puts "Quý IV hàng năm" in every Q4 of the plan period', () => {
    const { marks, undated } = marksOf(times.q4yearly, p2125);
    expect(undated).toEqual([]);
    expect(marks.map((m) => `${m.kind} ${m.from}..${m.to}`)).toEqual(
      [2021, 2022, 2023, 2024, 2025].map((y) => `recurring ${y}-10-01..${y}-12-31`),
    );
  });

  it('takes the period of the plan for relative times, and stops at an explicit end', () => {
    expect(marksOf(times.q4yearly, p2026).marks).toHaveLength(1);
    expect(marksOf(times.yearlyUntil, p2125).marks.map((m) => m.to)).toEqual([
      '2021-12-31',
      '2022-12-31',
      '2023-12-31',
    ]);
    expect(marksOf(times.quarterly, p2125).marks).toHaveLength(20);
    expect(marksOf(times.dec, p2125).marks[4]).toMatchObject({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('draws a recurring day as one-day marks', () => {
    expect(marksOf(times.dec31, p2026).marks).toEqual([
      { kind: 'recurring', from: '2026-12-31', to: '2026-12-31', raw: 'Trước ngày 31/12 hàng năm' },
    ]);
  });

  it('draws ongoing work as one band over the whole period', () => {
    expect(marksOf(times.ongoing, p2125).marks).toEqual([
      { kind: 'band', from: '2021-01-01', to: '2025-12-31', raw: 'Thường xuyên' },
    ]);
  });

  it('never invents a date: conditional and unknown times come back as raw text', () => {
    expect(marksOf(times.conditional, p2125)).toEqual({ marks: [], undated: [times.conditional] });
    expect(marksOf(times.unknown, p2125)).toEqual({ marks: [], undated: [times.unknown] });
    expect(marksOf({ raw: 'Năm 2025', kind: 'once' }, p2125).undated.map((p) => p.raw)).toEqual(['Năm 2025']);
  });

  it('splits multiple times into their parts, keeping undatable parts as text', () => {
    expect(marksOf(times.multiple, p2026).marks.map((m) => m.raw)).toEqual(['Tháng 6/2026', 'tháng 11/2026']);
    expect(marksOf(times.mixed, p2026)).toEqual({
      marks: [{ kind: 'bar', from: '2026-01-01', to: '2026-01-31', raw: 'Tháng 01/2026' }],
      undated: [times.mixed.parts[1]],
    });
  });

  it('draws a recurrence with no stated cycle as a band over its span, not as guessed marks', () => {
    const spec = {
      raw: 'Theo định kỳ trong năm 2024',
      kind: 'recurring',
      from: '2024-01-01',
      to: '2024-12-31',
    } as const;
    expect(marksOf(spec, p2125).marks).toEqual([{ kind: 'band', from: '2024-01-01', to: '2024-12-31', raw: spec.raw }]);
  });

  it('keeps a recurrence to its own written span, even past the plan period', () => {
    const spec = {
      raw: 'Hàng năm, đến năm 2030',
      kind: 'recurring',
      from: '2021-01-01',
      to: '2030-12-31',
      recurrence: { every: 'year', month: 12 },
    } as const;
    expect(marksOf(spec, p2125).marks.map((m) => m.to.slice(0, 4))).toEqual([
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
    ]);
  });

  it('returns nothing for a missing time', () => {
    expect(marksOf(null, p2125)).toEqual({ marks: [], undated: [] });
  });
});

describe('occurrenceSpans', () => {
  it('clamps a monthly day to short months', () => {
    const spans = occurrenceSpans({ every: 'month', day: 31 }, { from: '2024-01-01', to: '2024-04-30' });
    expect(spans.map((s) => `${s.from}..${s.to}`)).toEqual([
      '2024-01-31..2024-01-31',
      '2024-02-29..2024-02-29',
      '2024-03-31..2024-03-31',
      '2024-04-30..2024-04-30',
    ]);
  });

  it('gives two halves a year', () => {
    expect(occurrenceSpans({ every: 'half-year' }, p2026).map((s) => s.to)).toEqual(['2026-06-30', '2026-12-31']);
  });
});
