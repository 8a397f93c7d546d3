/**
 * Documents of the same kind in other shapes (tests/fixtures/tsv/), parsed
 * without code changes. Facts quoted from the fixture files.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parseTsvTable } from '../../src/import/tsv/table';
import { unplacedCells } from './tsv-conservation';

const read = (f: string) => readFileSync(new URL(`../fixtures/tsv/${f}`, import.meta.url), 'utf8');
const parse = (f: string) => parseTsvTable(read(f), { file: f, plan: 'fixture' });

describe('hostile cells', () => {
  const r = parse('hostile.tsv');
  const [t1, t2] = r.tasks;

  it('keeps markup-like and code-like text literally, never dropped or mangled', () => {
    expect(t1!.objective).toBe('<script>alert(1)</script> Mục tiêu an toàn');
    expect(t1!.title).toBe('{props} nhiệm vụ');
    const a = t1!.activities[0]!;
    expect(a.text).toBe("import x from 'y'");
    expect(a.outputs).toEqual(['<iframe src="javascript:alert(2)"></iframe>']);
    expect(a.leadRaw).toBe('Sở Nội vụ <img src=x onerror=alert(3)>');
    expect(a.coordinateRaw).toBe('javascript:alert(4)');
    expect(a.timeRaw).toBe('export const a = 1');
    expect(t1!.budget).toBe('Theo dự toán {budget}');
  });

  it('turns only <b>, <i>, <p> into Markdown-ish text; other tags stay text', () => {
    expect(t2!.objective).toBe('Mục tiêu **đậm** và *nghiêng*');
    expect(t2!.title).toBe('Nhiệm vụ & <notatag>');
    expect(t2!.activities[0]!.text).toBe('Hoạt động </div> đóng');
    expect(t2!.activities[0]!.outputs).toEqual(['Báo cáo', 'Kế hoạch']);
  });

  it('places every cell', () => expect(unplacedCells(read('hostile.tsv'), r)).toEqual([]));
});

describe('district table: other columns and order, Ghi chú, CRLF, NFD', () => {
  const r = parse('district-crlf-nfd.tsv');

  it('reads the columns by name and normalises to NFC', () => {
    expect(r.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4']);
    const t1 = r.tasks[0]!;
    expect(t1.title).toBe('Rà soát thủ tục hành chính nội bộ'.normalize('NFC'));
    expect(t1.leadRaw).toBe('Văn phòng');
    expect(t1.coordinateRaw).toBe('Các phòng');
    expect(t1.timeRaw).toBe('Quý II/2025');
    expect(t1.outputs).toEqual(['Báo cáo']);
    expect(t1.note).toBe('Ưu tiên');
    expect(r.tasks[3]!.note).toBe('Theo Luật Ngân sách');
    expect(r.diagnostics.some((d) => d.code === 'normalized-nfc')).toBe(true);
  });

  it('joins "Các xã và" + "thị trấn" across the repeated header', () => {
    expect(r.tasks[2]!.coordinateRaw).toBe('Các xã và thị trấn');
    expect(r.tasks[2]!.lines).toEqual([9, 12]);
  });

  it('maps "Phần N." sections and checks declared counts ("(3 nhiệm vụ)", "có 5 nhiệm vụ")', () => {
    expect(r.areas.map((a) => [a.number, a.label, a.declaredCount])).toEqual([
      ['1', 'Cải cách thủ tục hành chính', 3],
      ['2', 'Cải cách tài chính công', 2],
    ]);
    expect(r.declaredTaskCount).toBe(5);
    const codes = r.diagnostics.filter((d) => d.level === 'warning').map((d) => `${d.code}:${d.line}`);
    expect(codes).toEqual(['declared-count:5', 'declared-task-count:2']);
  });

  it('places every cell', () => expect(unplacedCells(read('district-crlf-nfd.tsv'), r)).toEqual([]));
});

describe('unknown column, shifted row across a page break, truncated end', () => {
  const r = parse('unknown-column-truncated.tsv');

  it('reports the unknown column once and keeps its cells as notes', () => {
    expect(r.diagnostics.filter((d) => d.code === 'unknown-column').map((d) => d.text)).toEqual(['Chỉ tiêu']);
    expect(r.tasks[0]!.note).toBe('Chỉ tiêu: 100%');
  });

  it('realigns the shifted row 5 and its continuation row 8', () => {
    const t = r.tasks.find((x) => x.number === 'I.2')!;
    expect(t.title).toBe('Tuyên truyền cải cách hành chính đến người dân và doanh nghiệp');
    expect(t.activities[0]!.leadRaw).toBe('Phòng Văn hóa và Thông tin');
    expect(t.activities[0]!.coordinateRaw).toBe('Các xã');
    expect(t.activities[0]!.timeRaw).toBe('Quý III/2025');
    expect(r.diagnostics.filter((d) => d.code === 'shifted-row').map((d) => d.line)).toEqual([5, 8]);
  });

  it('numbers per section because numbering restarts (I.1, I.2, II.1) and flags the bare header at the end', () => {
    expect(r.tasks.map((t) => t.number)).toEqual(['I.1', 'I.2', 'II.1']);
    expect(r.tasks[0]!.activities.map((a) => a.text)).toEqual(['Ban hành Kế hoạch', 'Kiểm tra công tác CCHC']);
    expect(r.diagnostics.filter((d) => d.code === 'truncated').map((d) => d.line)).toEqual([12]);
  });

  it('places every cell', () => expect(unplacedCells(read('unknown-column-truncated.tsv'), r)).toEqual([]));
});
