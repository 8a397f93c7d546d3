/**
 * Issue 19's error classes, each from the real row (line quoted, read by a
 * person in content/sources/) and synthetic variants of it; and the
 * per-field confidence: no warning of the quality report points at a field
 * the data publishes as certain.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importContent } from '../../scripts/lib/pipeline';
import { parseTsvTable } from '../../src/import/tsv/table';
import { specificDuty } from '../../src/import/prose/assign';
import { mendFragments } from '../../src/import/pdf/mend';
import { fieldsOf } from '../../src/import/confidence';
import { tasksCsv } from '../../src/lib/publish/csv';
import { doubtNotes } from '../../src/lib/site/doubt';
import type { RawDuty } from '../../src/import/raw';
import type { Row } from '../../src/import/pdf/layout';
import type { Piece } from '../../src/import/pdf/cells';
import { realResolver } from '../fixtures/units/load';
import { unplacedCells } from './tsv-conservation';

const corpus = importContent('content');
const task = (id: string) => {
  const t = corpus.tasks.find((x) => x.id === id);
  if (!t) throw new Error(`no task ${id}`);
  return t;
};
const names = (ids: string[]) => ids.map((id) => corpus.units.find((u) => u.id === id)?.name);

const HEADER = 'STT\tMục tiêu\tNhiệm vụ\tHoạt động\tKết quả/ Sản phẩm\tChủ trì\tPhối hợp\tThời gian';
const table = (...rows: string[]) => [HEADER, 'I\tCải cách thể chế', ...rows].join('\n');
const parse = (text: string) => parseTsvTable(text, { file: 't.tsv', plan: 't' });

describe('activity/output pairing in tables', () => {
  it('000 line 11: the fifth output belongs to line 12, whose output cell is empty', () => {
    const acts = task('qt-2021-2025/i-1').activities;
    // line 11 Kết quả: "… Nghị quyết, Quyết định  Phiếu kiểm tra, Báo cáo nội dung trái pháp luật (nếu có)."
    expect(acts[3]!.outputs).toEqual(['Nghị quyết, Quyết định']);
    // line 12: "Kiểm tra văn bản QPPL | Tự kiểm tra Quyết định của UBND | (empty) | Sở Tư pháp"
    expect(acts[4]!.text).toBe('Tự kiểm tra Quyết định của UBND');
    expect(acts[4]!.outputs).toEqual(['Phiếu kiểm tra, Báo cáo nội dung trái pháp luật (nếu có).']);
    expect(corpus.diagnostics.some((d) => d.code === 'items-count-mismatch' && d.field?.includes('Kết quả'))).toBe(
      false,
    );
  });

  it('carries a surplus output to the next row only when that row starts an activity with no output', () => {
    const two = '1\tMT\tNV\tSoạn thảo  Thẩm định\tTờ trình  Báo cáo  Phiếu\tSở A  Sở B\tSở C  Sở D\tHàng năm  Hàng năm';
    const carried = parse(table(two, '\t\t\tKiểm tra\t\tSở A\tSở C\tHàng năm'));
    const acts = carried.tasks[0]!.activities;
    expect(acts.map((a) => a.outputs)).toEqual([['Tờ trình'], ['Báo cáo'], ['Phiếu']]);
    expect(carried.diagnostics.map((d) => d.code)).toContain('items-carried');
    expect(unplacedCells(table(two, '\t\t\tKiểm tra\t\tSở A\tSở C\tHàng năm'), carried)).toEqual([]);

    // The next row has its own output: the surplus stays with the last activity, with a warning.
    const own = parse(table(two, '\t\t\tKiểm tra\tBiên bản\tSở A\tSở C\tHàng năm'));
    expect(own.tasks[0]!.activities[1]!.outputs).toEqual(['Báo cáo', 'Phiếu']);
    expect(own.diagnostics.map((d) => d.code)).toContain('items-count-mismatch');

    // The next row is a new numbered item: nothing crosses over.
    const next = parse(table(two, '2\tMT\tNV2\tKiểm tra\t\tSở A\tSở C\tHàng năm'));
    expect(next.tasks[1]!.activities[0]!.outputs).toEqual([]);
    expect(next.diagnostics.map((d) => d.code)).toContain('items-count-mismatch');
  });

  it('001 task 4: each output goes to the activity naming the same kind of document', () => {
    // lines 207-211: activities "Báo cáo Tự đánh giá, chấm điểm; Kế hoạch;" + (after the page break) "Công văn đơn đốc";
    // outputs "Kế hoạch, Công văn" and, a sub-row lower (line 208), "Báo cáo"
    expect(task('vp-ubnd-2024/4').activities.map((a) => [a.text, a.outputs])).toEqual([
      ['Báo cáo Tự đánh giá, chấm điểm', ['Báo cáo']],
      ['Kế hoạch', ['Kế hoạch']],
      ['Công văn đơn đốc', ['Công văn']],
    ]);
  });

  it('pairs by kind in any order, and leaves outputs that are not bare document kinds as read', () => {
    const sub = (out: string) => `\t\t\t\t${out}\t\t\t`;
    const swapped = parse(table('1\tMT\tNV\tKế hoạch năm; Báo cáo quý\tBáo cáo\tSở A\tSở C\tQuý I', sub('Kế hoạch')));
    expect(swapped.tasks[0]!.activities.map((a) => a.outputs)).toEqual([['Kế hoạch'], ['Báo cáo']]);
    expect(swapped.diagnostics.map((d) => d.code)).toContain('outputs-paired-by-kind');

    const described = parse(
      table('1\tMT\tNV\tKế hoạch năm; Báo cáo quý\tBáo cáo kết quả\tSở A\tSở C\tQuý I', sub('Kế hoạch chi tiết')),
    );
    expect(described.tasks[0]!.activities.map((a) => a.outputs)).toEqual([['Báo cáo kết quả'], ['Kế hoạch chi tiết']]);

    const aligned = parse(table('1\tMT\tNV\tKế hoạch năm; Báo cáo quý\tKế hoạch\tSở A\tSở C\tQuý I', sub('Báo cáo')));
    expect(aligned.diagnostics.map((d) => d.code)).not.toContain('outputs-paired-by-kind');
  });
});

describe('PDF-text cell boundaries', () => {
  it('Hải Lăng task 24 (lines 2016-2082): "DVC tỉnh" ends the title; activity and output are two cells', () => {
    const t = task('hai-lang-2024/24');
    expect(t.title).toBe(
      '100% hồ sơ giải quyết TTHC trên Hệ thống thông tin Một cửa điện tử tỉnh được công khai tiến độ, kết quả giải quyết trên cổng DVC tỉnh',
    );
    expect(t.activities.map((a) => a.text)).toEqual([
      'Hồ sơ giải quyết TTHC trên Hệ thống thông tin Một cửa điện tử tỉnh được công khai tiến độ, kết quả giải quyết trên Cổng DVC tỉnh',
    ]);
    expect(t.activities[0]!.outputs).toEqual([
      '100% hồ sơ giải quyết TTHC trên HTTT Một cửa điện tử tỉnh được công khai tiến độ, kết quả giải quyết trên Cổng DVC tỉnh',
    ]);
  });

  const piece = (line: number, text: string): Piece => ({ line, text, gap: 'soft' });
  const cell = (role: Row[number]['role'], ...lines: string[]): Row[number] => ({
    role,
    pieces: lines.map((l, k) => piece(k + 1, l)),
    text: lines.join(' '),
  });
  const roles = ['task', 'activity', 'output', 'lead'] as const;
  const lead = cell('lead', 'Phòng Nội vụ');

  it('mends a two-word acronym cell after a title cut mid-sentence, splitting the next cell at a figure', () => {
    const row: Row = [
      cell('task', 'Tỷ lệ hồ sơ được công khai', 'trên Cổng'),
      cell('activity', 'DVC tỉnh'),
      cell('output', 'Cập nhật hồ sơ', 'lên Cổng DVC', '95% hồ sơ được', 'công khai'),
      lead,
    ];
    const { rows, mended } = mendFragments([row], roles, {});
    expect(rows[0]!.map((c) => c.text)).toEqual([
      'Tỷ lệ hồ sơ được công khai trên Cổng DVC tỉnh',
      'Cập nhật hồ sơ lên Cổng DVC',
      '95% hồ sơ được công khai',
      'Phòng Nội vụ',
    ]);
    expect(mended).toHaveLength(1);
  });

  it('leaves the row alone when the cell before ends a sentence, or the next cell has no line that opens a cell', () => {
    const closed: Row = [
      cell('task', 'Tỷ lệ hồ sơ được công khai.'),
      cell('activity', 'DVC tỉnh'),
      cell('output', 'Cập nhật hồ sơ', 'lên Cổng DVC', '95% hồ sơ'),
      lead,
    ];
    expect(mendFragments([closed], roles, {}).mended).toEqual([]);
    const noSplit: Row = [
      cell('task', 'Tỷ lệ hồ sơ', 'trên Cổng'),
      cell('activity', 'DVC tỉnh'),
      cell('output', 'Cập nhật hồ sơ', 'lên trang', 'thông tin'),
      lead,
    ];
    expect(mendFragments([noSplit], roles, {}).rows[0]).toEqual(noSplit);
  });
});

describe('collective lead beside a department', () => {
  const resolver = realResolver();
  const HL = 'huyện Hải Lăng';
  it('Hải Lăng task 28 (lines 2345-2351): "Văn phòng HĐND&UBND huyện; UBND xã, thị trấn" names two units', () => {
    expect(names(task('hai-lang-2024/28').lead)).toEqual(['Văn phòng HĐND và UBND huyện', 'UBND các xã, thị trấn']);
    expect(resolver.resolve('Văn phòng HĐND&UBND huyện; UBND xã, thị trấn', HL).units).toEqual([
      'hai-lang-van-phong-hdnd-va-ubnd-huyen',
      'hai-lang-ubnd-cac-xa-thi-tran',
    ]);
  });
  it.each([
    ['Phòng Nội vụ, UBND xã, thị trấn', ['hai-lang-phong-noi-vu', 'hai-lang-ubnd-cac-xa-thi-tran']],
    ['UBND xã, thị trấn; Phòng Tư pháp', ['hai-lang-ubnd-cac-xa-thi-tran', 'hai-lang-phong-tu-phap']],
    ['UBND các xã, thị trấn', ['hai-lang-ubnd-cac-xa-thi-tran']],
  ])('%s', (cell, ids) => {
    const r = resolver.resolve(cell, HL);
    expect(r.units).toEqual(ids);
    expect(r.unknown).toEqual([]);
  });
});

describe('prose plan: the duty item that restates a task names its lead', () => {
  const duty = (unitRaw: string, text: string, areaLabels: string[] = []): RawDuty => ({
    unitRaw,
    role: 'lead',
    areaLabels,
    text,
    lines: [1, 1],
  });
  it('Vĩnh Linh 7.5 (line 372) is led by Phòng Văn hóa và Thông tin with its centre (line 478), not the area default', () => {
    const t = task('vinh-linh-2021-2025/7-5');
    expect(names(t.lead)).toEqual(['Phòng Văn hóa và Thông tin']);
    expect(names(t.coordinate)).toEqual(['Trung tâm Văn hóa thông tin và Thể dục - thể thao']);
    expect(t.confidence.lead).toBe('doubtful');
    expect(t.doubts.map((d) => d.reason)).toContain('lead-derived');
    // The rest of the area keeps its default lead (line 436: Phòng Nội vụ leads "Công tác chỉ đạo, điều hành").
    expect(names(task('vinh-linh-2021-2025/7-4').lead)).toEqual(['Phòng Nội vụ']);
  });
  const title = 'Đẩy mạnh công tác thông tin, tuyên truyền, nâng cao nhận thức đối với cán bộ';
  it('wins only on the same opening words, from one unit, in a "Chủ trì" item', () => {
    const vh = duty(
      'Phòng Văn hóa',
      'Chủ trì, phối hợp với Trung tâm Văn hóa đẩy mạnh công tác thông tin, tuyên truyền về CCHC',
    );
    expect(specificDuty(title, [vh])).toMatchObject({ unitRaw: 'Phòng Văn hóa', partnerRaw: 'Trung tâm Văn hóa' });
    // Shared words in the middle of the duty are boilerplate, not a restatement.
    const middle = duty('Phòng Y tế', 'Chủ trì nâng cao chất lượng và đẩy mạnh công tác thông tin, tuyên truyền');
    expect(specificDuty(title, [middle])).toBeUndefined();
    // Two units restating the same task: no winner, the area's lead stands.
    const other = duty('Phòng Nội vụ', 'Chủ trì đẩy mạnh công tác thông tin, tuyên truyền trong cơ quan');
    expect(specificDuty(title, [vh, other])).toBeUndefined();
    // A duty that does not say "Chủ trì" assigns no lead.
    expect(specificDuty(title, [duty('Phòng Văn hóa', 'Đẩy mạnh công tác thông tin, tuyên truyền')])).toBeUndefined();
    // A generic partner ("các cơ quan có liên quan") names nobody.
    const generic = duty(
      'Phòng Văn hóa',
      'Chủ trì, phối hợp các cơ quan có liên quan đẩy mạnh công tác thông tin, tuyên truyền',
    );
    expect(specificDuty(title, [generic])?.partnerRaw).toBe('');
  });
});

describe('per-field confidence', () => {
  const warnings = corpus.diagnostics.filter((d) => d.level === 'warning' && d.line !== undefined);

  it('no warning of the quality report points at a field published as certain', () => {
    let checked = 0;
    for (const d of warnings) {
      const t = corpus.tasks.find(
        (x) => x.plan === d.plan && d.line! >= x.source.lines[0] && d.line! <= x.source.lines[1],
      );
      if (!t) continue;
      const fields = fieldsOf(d);
      // Plan-level warnings (a declared count, a truncated table) name no field of the task.
      if (!fields.length) continue;
      const doubtful = fields.filter((f) => t.confidence[f] === 'doubtful');
      // Whole-row warnings leave alone fields the task does not have; a field-named one always lands.
      if (fields.length === 1) expect(doubtful, `${d.plan}:${d.line} ${d.code}`).toEqual(fields);
      else expect(doubtful.length, `${d.plan}:${d.line} ${d.code}`).toBeGreaterThan(0);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it('marks the fields the real warnings name', () => {
    // 000 line 11: Kinh phí has 5 items for 4 activities
    expect(task('qt-2021-2025/i-1').confidence.budget).toBe('doubtful');
    // 004 line 1410: the last line of Sản phẩm đầu ra of task 13 reads like a deadline
    expect(task('hai-lang-2024/13').confidence.outputs).toBe('doubtful');
    // 004 line 2698: task 35 rejoined across a page break
    expect(task('hai-lang-2024/35').confidence.activities).toBe('doubtful');
    // a task with no warning and a lead it names itself is certain throughout
    expect(Object.values(task('vp-ubnd-2024/16').confidence).every((c) => c === 'certain')).toBe(true);
  });

  it('maps warnings to fields by the column they name', () => {
    expect(fieldsOf({ code: 'unit-unplaced', field: 'chủ trì' })).toEqual(['lead']);
    expect(fieldsOf({ code: 'items-count-mismatch', field: '4- Kết quả/ Sản phẩm' })).toEqual(['outputs']);
    expect(fieldsOf({ code: 'shifted-row', field: '5-Chủ trì' })).toEqual([
      'lead',
      'coordinate',
      'time',
      'budget',
      'note',
    ]);
    expect(fieldsOf({ code: 'pdf-fragment', field: 'Hoạt động' })).toEqual(['title', 'activities', 'outputs']);
    expect(fieldsOf({ code: 'declared-count', field: 'STT' })).toEqual([]);
  });

  it('the page note links the one line a doubt points at, else the whole task (the anchors the source page has)', () => {
    const t = task('qt-2021-2025/i-1');
    const notes = doubtNotes(t.doubts, t.source.lines);
    // budget: line 11 (5 items for 4 activities) and line 20 (the shifted row)
    expect(notes.find((n) => n.field === 'budget')!.lines).toEqual(t.source.lines);
    const h = task('hai-lang-2024/13');
    expect(doubtNotes(h.doubts, h.source.lines).find((n) => n.field === 'outputs')).toMatchObject({
      label: 'Kết quả, sản phẩm',
      text: 'Ô này có thể chưa được tách đúng',
      lines: [1410, 1410],
    });
  });

  it('exports doubts in tasks.csv', () => {
    const t = task('vinh-linh-2021-2025/7-5');
    const csv = tasksCsv([t], new Map(corpus.units.map((u) => [u.id, u])), 'https://example.org/');
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header!.endsWith(',doubtful,doubt_reasons')).toBe(true);
    expect(row!.endsWith(',lead; coordinate,lead: lead-derived; coordinate: lead-derived')).toBe(true);
  });
});

describe('conservation after the fixes', () => {
  it('places every cell of the three table plans', () => {
    for (const id of ['qt-2021-2025', 'vp-ubnd-2024', 'snv-2026']) {
      const text = readFileSync(`content/sources/${id}.txt`, 'utf8');
      expect(unplacedCells(text, parseTsvTable(text, { file: id, plan: id }))).toEqual([]);
    }
  });
});
