import { describe, it, expect } from 'vitest';
import { tasksCsv } from '../../src/lib/publish/csv';
import type { Task, Unit } from '../../src/schema';
import { taskConfidenceSchema } from '../../src/schema';

const task = (over: Partial<Task>): Task => ({
  id: 'p/1',
  plan: 'p',
  area: 'tthc',
  areaLabel: 'TTHC',
  number: '1',
  slug: '1',
  title: 'T',
  objective: '',
  outputs: [],
  activities: [],
  lead: ['u1'],
  coordinate: [],
  leadRaw: 'U',
  coordinateRaw: '',
  leadDerived: false,
  time: { raw: 'Quý I/2024', kind: 'once', from: '2024-01-01', to: '2024-03-31' },
  budget: '',
  note: '',
  url: '/p/1/',
  source: { file: 'content/sources/p.txt', lines: [3, 4] },
  corrections: [],
  confidence: taskConfidenceSchema().parse({}),
  doubts: [],
  ...over,
});
const units = new Map<string, Unit>([
  [
    'u1',
    {
      id: 'u1',
      name: 'Sở Nội vụ',
      jurisdiction: 'tỉnh',
      kind: 'office',
      aliases: [],
      url: '/don-vi/u1/',
      discovered: false,
      duties: [],
    },
  ],
]);

describe('tasksCsv', () => {
  const csv = tasksCsv(
    [task({ title: 'Báo cáo "quý", năm\nmới', note: '=HYPERLINK("x")' })],
    units,
    'https://example.org/cchc/',
  );
  const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
  it('starts with a BOM and a header of the documented columns', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(header).toBe(
      'id,plan,area,number,title,objective,lead,coordinate,time,time_kind,time_from,time_to,budget,note,url,source_file,source_lines,doubtful,doubt_reasons',
    );
  });
  it('quotes commas, quotes and line breaks', () => {
    expect(csv).toContain('"Báo cáo ""quý"", năm\nmới"');
  });
  it('neutralises spreadsheet formulas from source text', () => {
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
  it('names units and gives absolute URLs under the site base', () => {
    expect(row).toContain('Sở Nội vụ');
    expect(csv).toContain('https://example.org/cchc/p/1/');
    expect(csv).toContain('content/sources/p.txt,3-4');
  });
});
