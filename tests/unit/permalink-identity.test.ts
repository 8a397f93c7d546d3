/**
 * The permalink promise as identity, scripted as a province office would
 * meet it: version 1 of a plan is imported and its addresses registered; then
 * a re-issued source is imported against that registry. A row inserted with a
 * repeated printed number would shift an address onto another task: the build
 * stops with one message naming the address, both tasks and the two ways out.
 * A spelling correction of a title keeps every address. A removed task keeps
 * its address as a "no longer in the current version" page.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importContent, type Corpus } from '../../scripts/lib/pipeline';
import { InputError } from '../../scripts/lib/input-file';
import { readRegistry, recordTasks, writeRegistry } from '../../scripts/lib/registry';
import { similarTitles, titleFingerprint } from '../../src/import/identity';

const FIXTURES = 'tests/fixtures/permalinks';

/** A content folder holding `version`'s sources, the real units, and the registry of v1 when `registered`. */
function content(version: string, redirects = ''): string {
  const dir = mkdtempSync(join(tmpdir(), `perma-${version}-`));
  cpSync(join(FIXTURES, version), dir, { recursive: true });
  cpSync('content/units.yaml', join(dir, 'units.yaml'));
  if (redirects) writeFileSync(join(dir, 'redirects.yaml'), redirects);
  return dir;
}

function registerV1(dir: string): void {
  const v1 = importContent(content('v1'));
  const file = join(dir, 'permalinks.json');
  writeRegistry(file, recordTasks(readRegistry(file), v1.tasks).registry);
}

function reimport(version: string, redirects = ''): { corpus?: Corpus; errors?: string[] } {
  const dir = content(version, redirects);
  registerV1(dir);
  try {
    return { corpus: importContent(dir, dir) };
  } catch (e) {
    if (e instanceof InputError) return { errors: e.lines };
    throw e;
  }
}

const titleAt = (corpus: Corpus, url: string) => corpus.tasks.find((t) => t.url === url)?.title;

describe('version 1 registers what each address shows', () => {
  it('records plan, printed number, area and a folded fingerprint', () => {
    const dir = content('v1');
    registerV1(dir);
    const { tasks } = readRegistry(join(dir, 'permalinks.json'));
    expect(tasks.find((t) => t.url === '/thu/2/')).toEqual({
      url: '/thu/2/',
      plan: 'thu',
      number: '2',
      area: 'the-che',
      title: 'Kiểm tra vản bản quy pham pháp luật của tỉnh',
      fingerprint: 'kiem tra van ban quy pham phap luat cua tinh',
    });
  });
});

describe('a shifted permalink is caught', () => {
  it('stops with one message naming the address, both tasks and the two ways out', () => {
    const { errors, corpus } = reimport('shifted');
    expect(corpus).toBeUndefined();
    expect(errors).toHaveLength(1);
    const [message] = errors!;
    expect(message).toMatch(
      /^permalinks\.json \/thu\/2\/ đã công bố cho nhiệm vụ 2 «Kiểm tra vản bản quy pham pháp luật/,
    );
    expect(message).toContain('nay sẽ hiện nhiệm vụ 2 «Xây dựng cơ sở dữ liệu thủ tục hành chính»');
    expect(message).toContain('sources/thu.txt:6');
    expect(message).toContain('keep trong redirects.yaml');
    expect(message).toContain('khai báo chuyển hướng');
    expect(message).not.toContain('\n');
  });

  it('the build itself exits 1 with that one line and no stack trace', () => {
    const dir = content('shifted');
    registerV1(dir);
    const out = mkdtempSync(join(tmpdir(), 'perma-out-'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: dir,
        GENERATED_DIR: join(out, 'generated'),
        PUBLIC_DATA_DIR: join(out, 'data'),
      },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/thu/2/ đã công bố cho nhiệm vụ 2');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  }, 30_000);

  it('way out 1: keep the old task at its address, the new one gets a fresh one', () => {
    const { corpus, errors } = reimport(
      'shifted',
      'keep:\n  - path: /thu/2/\n    reason: Bản sửa đổi chèn nhiệm vụ 2 mới trước nhiệm vụ 2 cũ\n',
    );
    expect(errors).toBeUndefined();
    expect(titleAt(corpus!, '/thu/2/')).toBe('Kiểm tra vản bản quy pham pháp luật của tỉnh');
    expect(titleAt(corpus!, '/thu/2-2/')).toBe('Xây dựng cơ sở dữ liệu thủ tục hành chính');
    expect(titleAt(corpus!, '/thu/3/')).toBe('Đào tạo công chứcc cấp xã');
  });

  it('way out 2: a declared redirect; no task takes the old address', () => {
    const { corpus, errors } = reimport(
      'shifted',
      'redirects:\n  - from: /thu/2/\n    to: /thu/2-2/\n    reason: Bản sửa đổi chèn nhiệm vụ 2 mới\n',
    );
    expect(errors).toBeUndefined();
    expect(titleAt(corpus!, '/thu/2/')).toBeUndefined();
    expect(titleAt(corpus!, '/thu/2-2/')).toBe('Kiểm tra vản bản quy pham pháp luật của tỉnh');
    expect(titleAt(corpus!, '/thu/2-3/')).toBe('Xây dựng cơ sở dữ liệu thủ tục hành chính');
  });
});

describe('address decisions must name registered addresses', () => {
  it('a keep for an address nobody registered is refused', () => {
    const { errors } = reimport('spelling', 'keep:\n  - path: /thu/9/\n    reason: không có địa chỉ này\n');
    expect(errors).toEqual([
      'redirects.yaml keep: /thu/9/ không phải địa chỉ nhiệm vụ đã đăng ký trong permalinks.json',
    ]);
  });

  it('one address cannot be both kept and redirected', () => {
    const { errors } = reimport(
      'shifted',
      'redirects:\n  - {from: /thu/2/, to: /thu/, reason: chuyển}\nkeep:\n  - {path: /thu/2/, reason: giữ}\n',
    );
    expect(errors).toEqual(['redirects.yaml:4 keep.0.path: "/thu/2/" vừa được giữ vừa được chuyển hướng; chọn một']);
  });
});

describe('a spelling correction is accepted', () => {
  it('keeps every address on its task', () => {
    const { corpus, errors } = reimport('spelling');
    expect(errors).toBeUndefined();
    expect(titleAt(corpus!, '/thu/2/')).toBe('Kiểm tra văn bản quy phạm pháp luật của tỉnh');
    expect(titleAt(corpus!, '/thu/3/')).toBe('Đào tạo công chức cấp xã');
    expect(corpus!.gone).toEqual([]);
  });

  it('the similarity rule of docs/URLS.md', () => {
    const fp = titleFingerprint;
    // Tone marks and case only: the same fingerprint.
    expect(fp('Kiểm tra VẢN BẢN')).toBe(fp('Kiểm tra văn bản'));
    // One letter: within max(3, 20 %).
    expect(similarTitles(fp('Đào tạo công chứcc cấp xã'), fp('Đào tạo công chức cấp xã'))).toBe(true);
    // Another task that shares words: not the same.
    expect(similarTitles(fp('Kiểm tra văn bản quy phạm pháp luật'), fp('Xây dựng cơ sở dữ liệu'))).toBe(false);
    // A different year is a different task, however close the text.
    expect(similarTitles(fp('Báo cáo cải cách hành chính năm 2024'), fp('Báo cáo cải cách hành chính năm 2025'))).toBe(
      false,
    );
  });
});

describe('a removed task keeps its address', () => {
  it('as a page saying it is no longer in the current version', () => {
    const { corpus, errors } = reimport('removed');
    expect(errors).toBeUndefined();
    expect(titleAt(corpus!, '/thu/3/')).toBeUndefined();
    expect(corpus!.gone).toEqual([
      expect.objectContaining({ url: '/thu/3/', slug: '3', plan: 'thu', title: 'Đào tạo công chứcc cấp xã' }),
    ]);
  });
});
