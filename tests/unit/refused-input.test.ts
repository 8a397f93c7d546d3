/**
 * Input the import refuses (docs/SECURITY.md): each case of
 * tests/fixtures/bad/ stops the import with exactly the lines expected —
 * one line naming the file (and line and field where there is one) — and
 * nothing is published. A few cases also run the real `npm run data` script
 * to show the exit code and that no stack trace reaches the terminal.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyCase, importDir, runCase } from './bad-content';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The pipe case: git cannot hold a named pipe, so it is made here. */
function pipeCase(): string {
  const dir = copyCase('source-pipe');
  made.push(dir);
  const made_ = spawnSync('mkfifo', [join(dir, 'sources', 'thu.txt')]);
  if (made_.status !== 0) throw new Error('mkfifo thất bại');
  return dir;
}

const refusedWith = (result: ReturnType<typeof importDir>, ...expected: RegExp[]) => {
  expect(result.corpus, 'the import must stop').toBeUndefined();
  expect(result.errors, 'one line per problem').toHaveLength(expected.length);
  result.errors!.forEach((line, i) => {
    expect(line).toMatch(expected[i]!);
    expect(line).not.toContain('\n');
  });
};

describe('only regular files inside content/ are read', () => {
  it.each([
    ['source-symlink', /^sources\/thu\.txt: là liên kết tượng trưng \(symlink\)/],
    ['source-symlink-inside', /^sources\/thu\.txt: là liên kết tượng trưng \(symlink\)/],
    ['source-directory', /^sources\/thu\.txt: là thư mục, không phải tệp/],
    ['meta-symlink', /^sources\/thu\.meta\.yaml: là liên kết tượng trưng/],
  ])('%s', (name, message) => refusedWith(runCase(name), message));

  it('a named pipe is refused at once (it used to hang the build)', () => {
    refusedWith(importDir(pipeCase()), /^sources\/thu\.txt: là ống có tên \(named pipe\)/);
  });
});

describe('a plan id must be free and well formed', () => {
  it.each([
    [
      'plan-id-route',
      /^sources\/tim-kiem\.meta\.yaml: mã kế hoạch "tim-kiem" trùng với một địa chỉ của trang \(\/tim-kiem\/\)/,
    ],
    ['plan-id-data', /^sources\/data\.meta\.yaml: mã kế hoạch "data" trùng với một địa chỉ của trang/],
    ['plan-id-dashes', /^sources\/-thu--2024\.meta\.yaml: mã kế hoạch "-thu--2024" chỉ được gồm/],
  ])('%s', (name, message) => refusedWith(runCase(name), message));
});

describe('dates in metadata must exist', () => {
  it.each([
    ['meta-month-13', /^sources\/thu\.meta\.yaml:5 issuedOn: ngày không có thật/],
    ['meta-february-30', /^sources\/thu\.meta\.yaml:5 issuedOn: ngày không có thật/],
    ['meta-issued-year', /^sources\/thu\.meta\.yaml:5 issuedOn: năm phải từ 1990 đến 2100/],
    ['meta-year-range', /^sources\/thu\.meta\.yaml:4 period\.to: năm phải từ 1990 đến 2100/],
  ])('%s', (name, message) => refusedWith(runCase(name), message));
});

describe('YAML is read strictly', () => {
  it.each([
    [
      'yaml-alias-bomb',
      [
        /^sources\/thu\.meta\.yaml:5 YAML: không dùng neo \(&a\)/,
        /^sources\/thu\.meta\.yaml:6 YAML: không dùng neo \(&b\)/,
        ...Array.from({ length: 9 }, () => /^sources\/thu\.meta\.yaml:6 YAML: không dùng bí danh \(\*a\)/),
      ],
    ],
    ['yaml-binary-tag', [/^sources\/thu\.meta\.yaml:5 YAML: không dùng thẻ kiểu "tag:yaml\.org,2002:binary"/]],
    ['yaml-js-function', [/^sources\/thu\.meta\.yaml:5 YAML: Unresolved tag: tag:yaml\.org,2002:js\/function/]],
    ['yaml-custom-tag', [/^sources\/thu\.meta\.yaml:5 YAML: Unresolved tag: !include/]],
    ['yaml-duplicate-key', [/^sources\/thu\.meta\.yaml:5 YAML: khoá bị lặp lại/]],
    ['yaml-unknown-key', [/^sources\/thu\.meta\.yaml:5 issuedon: Unrecognized key: "issuedon"/]],
    ['yaml-empty', [/^sources\/thu\.meta\.yaml: tệp rỗng$/]],
    ['yaml-invisible', [/^sources\/thu\.meta\.yaml:1 có ký tự ẩn hoặc điều khiển \(U\+202E\); hãy xoá$/]],
    ['registry-unknown-key', [/^permalinks\.json task: Unrecognized key: "task"$/]],
    ['yaml-two-documents', [/^sources\/thu\.meta\.yaml:5 YAML: Source contains multiple documents/]],
  ])('%s', (name, messages) => refusedWith(runCase(name), ...messages));
});

describe('references must point at something', () => {
  it.each([
    [
      'correction-unknown-task',
      /^sources\/thu\.txt \[title\] Sửa lỗi không áp dụng được: kế hoạch không có nhiệm vụ số "9"/,
    ],
    ['correction-unknown-field', /^corrections\/thu\.yaml:3 corrections\.0\.field: /],
    [
      'correction-unknown-plan',
      /^corrections\/khac\.yaml: không có kế hoạch "khac" \(thiếu sources\/khac\.meta\.yaml\)/,
    ],
    ['units-alias-twice', /^units\.yaml: "so noi vu" in tỉnh Quảng Trị: so-noi-vu and so-tu-phap-2/],
  ])('%s', (name, message) => refusedWith(runCase(name), message));
});

describe('npm run data prints the line and no stack trace', () => {
  const data = (dir: string) => {
    const out = mkdtempSync(join(tmpdir(), 'refused-out-'));
    made.push(out);
    return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        CONTENT_DIR: dir,
        GENERATED_DIR: join(out, 'generated'),
        PUBLIC_DATA_DIR: join(out, 'data'),
      },
    });
  };
  it.each([
    ['source-symlink', () => copyCase('source-symlink'), 'là liên kết tượng trưng'],
    ['source-pipe', pipeCase, 'là ống có tên'],
    ['yaml-alias-bomb', () => copyCase('yaml-alias-bomb'), 'không dùng bí danh'],
  ])(
    '%s',
    (_, dir, message) => {
      const run = data(dir());
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stdout).not.toContain('root:');
    },
    60_000,
  );
});
