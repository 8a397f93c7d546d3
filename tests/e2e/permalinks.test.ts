/**
 * The permalink registry holds on the built site, and the check really
 * fails when a registered address disappears without a declared redirect
 * (proved on a temporary copy of dist/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { check, readRegistry } from '../../scripts/permalinks';

const dist = inject('distDir');
const registry = 'content/permalinks.json';
const redirects = 'content/redirects.yaml';
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'permalinks-'));
  cpSync(dist, join(tmp, 'dist'), { recursive: true, filter: (src) => !src.includes(`${join(dist, 'pagefind')}`) });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/permalinks.ts', ...args], { encoding: 'utf8' });

describe('sổ địa chỉ cố định', () => {
  it('đăng ký các trang nhiệm vụ, kế hoạch, đơn vị', () => {
    const { permalinks } = readRegistry(registry);
    expect(permalinks).toContain('/vp-ubnd-2024/13/');
    expect(permalinks).toContain('/vp-ubnd-2024/');
    expect(permalinks).toContain('/don-vi/');
    expect(permalinks.length).toBeGreaterThan(100);
  });

  it('mọi địa chỉ đã đăng ký đều còn trên bản build', () => {
    expect(check({ dist, registry, redirects }).errors).toEqual([]);
    expect(cli('--check', '--dist', dist).status).toBe(0);
  });

  it('thất bại khi một địa chỉ đã đăng ký biến mất mà không khai báo chuyển hướng', () => {
    const copy = join(tmp, 'dist');
    rmSync(join(copy, 'vp-ubnd-2024', '13'), { recursive: true, force: true });
    const result = check({ dist: copy, registry, redirects });
    expect(result.errors.join('\n')).toContain('/vp-ubnd-2024/13/');
    const run = cli('--check', '--dist', copy);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/vp-ubnd-2024/13/');
  });

  it('đạt lại khi chuyển hướng được khai báo và trang chuyển hướng được tạo', () => {
    const copy = join(tmp, 'dist');
    const yaml = join(tmp, 'redirects.yaml');
    writeFileSync(
      yaml,
      'redirects:\n  - from: /vp-ubnd-2024/13/\n    to: /vp-ubnd-2024/\n    reason: thử nghiệm chuyển hướng\n',
    );
    // Without its page the declared redirect is still a broken promise.
    expect(check({ dist: copy, registry, redirects: yaml }).errors.join('\n')).toContain(
      'trang chuyển hướng không được tạo',
    );
    mkdirSync(join(copy, 'vp-ubnd-2024', '13'), { recursive: true });
    const page = readFileSync(join(dist, 'vp-ubnd-2024', 'index.html'), 'utf8').replace(
      '<head>',
      '<head><meta name="cchc-redirect" content="/vp-ubnd-2024/">',
    );
    writeFileSync(join(copy, 'vp-ubnd-2024', '13', 'index.html'), page);
    expect(check({ dist: copy, registry, redirects: yaml }).errors).toEqual([]);
  });
});
