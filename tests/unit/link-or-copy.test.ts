/**
 * How the index's part cache puts a cached file in place (scripts/pagefind.mjs):
 * a hard link, or a copy where a link cannot be made (the cache on another
 * device). A copy never goes over an existing file, which might be one the
 * cache shares. The failing links are simulated: a test machine may have one
 * device only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkOrCopy } from '../../scripts/pagefind.mjs';

let dir: string;
let from: string;
let to: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-link-'));
  from = join(dir, 'cached.pf_index');
  to = join(dir, 'site.pf_index');
  writeFileSync(from, 'chỉ mục');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const failing = (code: string) => async () => {
  throw Object.assign(new Error(code), { code });
};

describe('linkOrCopy', () => {
  it('links: the same file under two names', async () => {
    await linkOrCopy(from, to);
    expect(statSync(to).ino).toBe(statSync(from).ino);
  });

  it('copies when the link would cross devices, a file of its own', async () => {
    await linkOrCopy(from, to, failing('EXDEV'));
    expect(readFileSync(to, 'utf8')).toBe('chỉ mục');
    expect(statSync(to).ino).not.toBe(statSync(from).ino);
  });

  it('does not copy over a file already there, nor hide any other error', async () => {
    writeFileSync(to, 'đã có');
    await expect(linkOrCopy(from, to, failing('EXDEV'))).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(linkOrCopy(from, to)).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(linkOrCopy(from, join(dir, 'x'), failing('EACCES'))).rejects.toMatchObject({ code: 'EACCES' });
    expect(readFileSync(to, 'utf8')).toBe('đã có');
    expect(readFileSync(from, 'utf8')).toBe('chỉ mục');
  });
});
