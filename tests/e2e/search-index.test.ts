/**
 * What the built Pagefind index holds for a page, read from its fragment files
 * (gzip, after Pagefind's "pagefind_dcd" signature): the task's own text and
 * metadata, and none of the citation block (issue 20: its QR code was taken
 * as every task's result image, 4 KB of data URI per fragment, its pieces
 * indexed as words).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { TASK_13, fragmentsIn, type Fragment } from './site';
import { GATHERING_KINDS, KIND_LABELS } from '../../src/lib/search/meta';

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

describe('Pagefind filters the search page relies on', () => {
  it('files the pages that gather tasks under `kind`, and no task page: the rest of the index is tasks', () => {
    // The ranking counts task pages as the index's pages less those filed under `kind`
    // (client.ts): wrong if a page of another kind were indexed without the filter.
    // Each indexed page's type read from its address (docs/URLS.md), not from what the build says of it.
    const kindOf = (url: string): string => {
      const [first, second] = url
        .replace(/^.*?\/(?=(?:don-vi|linh-vuc|chi-tieu|[a-z-]+-\d{4})\/)/, '/')
        .split('/')
        .filter(Boolean);
      if (first === 'don-vi') return KIND_LABELS.unit;
      if (first === 'linh-vuc') return KIND_LABELS.area;
      if (first === 'chi-tieu') return KIND_LABELS.targets;
      return second ? KIND_LABELS.task : KIND_LABELS.plan;
    };
    const gathering = GATHERING_KINDS.map((k) => KIND_LABELS[k]);
    for (const f of fragments) {
      const kind = kindOf(f.url);
      expect(f.meta.kind, f.url).toBe(kind);
      if (kind === KIND_LABELS.task) expect(f.filters, f.url).not.toHaveProperty('kind');
      else expect([f.filters.kind, gathering.includes(kind)], f.url).toEqual([[kind], true]);
    }
    // The five plans of content/sources/, and the eight areas of src/schema/area.ts with "Nội dung khác".
    expect(fragments.filter((f) => f.filters.kind?.[0] === KIND_LABELS.plan)).toHaveLength(5);
    expect(fragments.filter((f) => f.filters.kind?.[0] === KIND_LABELS.area)).toHaveLength(9);
    expect(fragmentOf(TASK_13.path)!.filters).not.toHaveProperty('kind');
  });

  it('files a name under its first word, so a search loads only the names that start with its words', () => {
    // units.yaml so-noi-vu "Sở Nội vụ"; src/schema/area.ts "Cải cách thể chế", also asked as "thể chế".
    expect(fragmentOf('/don-vi/so-noi-vu/')!.filters['name-so']).toContain('so noi vu');
    expect(fragmentOf('/linh-vuc/the-che/')!.filters).toMatchObject({
      'name-cai': ['cai cach the che'],
      'name-the': ['the che'],
    });
    expect(fragments.filter((f) => 'name' in f.filters).map((f) => f.url)).toEqual([]);
  });

  it("says in parts.json how many pages the index holds, which Pagefind's API does not", () => {
    const index = JSON.parse(readFileSync(join(inject('distDir'), 'pagefind', 'parts.json'), 'utf8'));
    expect(index).toEqual({ parts: [], pages: fragments.length });
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
