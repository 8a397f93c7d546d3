/**
 * The synthetic corpus behind `npm run bench` must import like real plans:
 * every task the generator wrote comes back, in every source shape, with no
 * error; otherwise the benchmark would measure a site smaller than it says.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateContent } from '../../bench/corpus/corpus';
import { importContent } from '../../scripts/lib/pipeline';
import { wrap } from '../../bench/corpus/pdf';

// Small plans keep the suite quick; they still cover every layout (the rotation of five).
const TASKS = 60;

describe('synthetic plans', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gen-'));
  const plans = generateContent(dir, { tasks: TASKS, seed: 7, planTasks: [8, 13] });
  const corpus = importContent(dir, dir);

  it('cover the three source shapes and the requested number of tasks', () => {
    expect(new Set(plans.map((p) => p.shape))).toEqual(new Set(['tsv-9', 'tsv-8', 'tsv-6', 'pdf-text', 'prose']));
    expect(plans.reduce((n, p) => n + p.tasks, 0)).toBe(TASKS);
    expect(new Set(corpus.plans.map((p) => p.format))).toEqual(new Set(['tsv', 'pdf-text', 'prose']));
  });

  it('import with the tasks each plan was given, and no error', () => {
    const got = Object.fromEntries(plans.map((p) => [p.id, corpus.tasks.filter((t) => t.plan === p.id).length]));
    expect(got).toEqual(Object.fromEntries(plans.map((p) => [p.id, p.tasks])));
    expect(corpus.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  });

  it('name units of the registry, so unit pages scale as with real data', () => {
    expect(corpus.units.filter((u) => u.discovered)).toEqual([]);
    expect(corpus.tasks.every((t) => t.activities.every((a) => a.lead.length > 0) || t.leadRaw !== '')).toBe(true);
  });

  it('keep the real quirks: repeated page headers and rows continued after them', () => {
    const text = readdirSync(join(dir, 'sources'))
      .filter((n) => n.endsWith('.txt'))
      .map((n) => readFileSync(join(dir, 'sources', n), 'utf8'))
      .join('\n');
    expect(text.match(/\nSTT\t1- Mục tiêu/g)?.length).toBeGreaterThan(1);
    expect(text).toMatch(/\n\t\p{Ll}[^\t]*\t\t/u);
    expect(text).toMatch(/\n\n\n\d+ \n\nTT Nhiệm vụ cụ thể Hoạt động/);
  });

  it('are the same for the same seed', () => {
    const again = mkdtempSync(join(tmpdir(), 'gen-'));
    generateContent(again, { tasks: TASKS, seed: 7, planTasks: [8, 13] });
    for (const n of readdirSync(join(dir, 'sources')))
      expect(readFileSync(join(again, 'sources', n), 'utf8')).toBe(readFileSync(join(dir, 'sources', n), 'utf8'));
  });
});

describe('PDF wrapping', () => {
  it('never leaves a bare number on a line, which would read as a row number', () => {
    expect(wrap('Kế hoạch tuyên truyền CCHC năm 12', 18)).toEqual(['Kế hoạch tuyên', 'truyền CCHC năm 12']);
    expect(wrap('Báo cáo 3 lần trong năm', 7)[0]).toBe('Báo cáo');
  });
});
