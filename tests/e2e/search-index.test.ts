/**
 * What the built Pagefind index holds for a page, read from its fragment files
 * (gzip, after Pagefind's "pagefind_dcd" signature): the task's own text and
 * metadata, and none of the citation block (issue 20: its QR code was taken
 * as every task's result image, 4 KB of data URI per fragment, its pieces
 * indexed as words).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { TASK_13, fragmentsIn, type Fragment } from './site';

let fragments: Fragment[];

beforeAll(() => {
  fragments = fragmentsIn(join(inject('distDir'), 'pagefind'));
});

/** The fragment of a site path, whatever base path the site is built under. */
const fragmentOf = (path: string) => fragments.find((f) => f.url.endsWith(path));

describe('Pagefind index of a task page', () => {
  it('holds the task and its metadata (vp-ubnd-2024.txt lines 226–229)', () => {
    const f = fragmentOf(TASK_13.path);
    expect(f, TASK_13.path).toBeDefined();
    expect(f!.content).toContain('bưu chính công ích');
    expect(f!.content).toContain(TASK_13.lead);
    expect(f!.meta.number).toBe('13');
    expect(f!.meta.lead).toBe(TASK_13.lead);
    expect(f!.filters.plan).toEqual(['vp-ubnd-2024']);
  });

  it('leaves the citation block out: no QR image, no citation text', () => {
    const f = fragmentOf(TASK_13.path)!;
    expect(f.meta).not.toHaveProperty('image');
    expect(f.content).not.toContain('Trích dẫn');
    expect(f.content).not.toContain('Mã QR');
  });

  it('leaves out what every task page repeats: the source line with the plan\'s title, and "no correction"', () => {
    const f = fragmentOf(TASK_13.path)!;
    expect(f.content).not.toContain('Nhiệm vụ này lấy từ');
    expect(f.content).not.toContain('Nội dung trên đúng như văn bản gốc');
  });

  it("leaves out the plan's title, the area link and the build day's deadline status; keeps the issuer and the deadline as printed", () => {
    const f = fragmentOf(TASK_13.path)!;
    // vp-ubnd-2024.txt lines 3–5: the plan's title; lines 226–229: "Từ Quý I đến" / "Quý III".
    expect(f.content).not.toContain('duy trì nâng cao các chỉ số PAR INDEX');
    expect(f.content).toContain('Kế hoạch Văn phòng UBND tỉnh Quảng Trị');
    expect(f.content).not.toContain('trong mọi kế hoạch');
    expect(f.content).not.toContain('tính đến ngày cập nhật');
    expect(f.content).toContain('«Từ Quý I đến Quý III»');
    // The title is indexed on the plan's own page.
    expect(fragmentOf('/vp-ubnd-2024/')!.content).toContain(
      'Kế hoạch cải cách hành chính, duy trì nâng cao các chỉ số PAR INDEX, PAPI, PCI, SIPAS năm 2024',
    );
  });

  it('keeps a correction: the printed text and the reason (snv-2026 task 1.6, line 187 "Trưng ương")', () => {
    const f = fragmentOf('/snv-2026/1-6/')!;
    expect(f.content).toContain('Chỉnh sửa so với văn bản gốc');
    expect(f.content).toContain('Trưng ương');
    expect(f.content).toContain('Lỗi chính tả');
  });

  it('gives no indexed page an image (none of them has one to show)', () => {
    const withImage = fragments.filter((f) => 'image' in f.meta).map((f) => f.url);
    expect(withImage).toEqual([]);
  });
});

describe('Pagefind word index', () => {
  it('is cut in small files (INDEX_CHUNK_SIZE, scripts/pagefind.mjs), so a search loads little beside its words', () => {
    // Measured on this site (314 indexed pages): 13 files with Pagefind's default of
    // 20 000 positions a file, 99 with 2 000. Fewer than 40 means the setting no longer
    // reaches Pagefind (it is read from the environment and called unstable in 1.6).
    const files = readdirSync(join(inject('distDir'), 'pagefind', 'index'));
    expect(files.length).toBeGreaterThan(40);
  });
});
