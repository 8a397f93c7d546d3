import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRedirects } from '../../src/lib/site/redirects';

const file = (text: string) => {
  const f = join(mkdtempSync(join(tmpdir(), 'redir-')), 'redirects.yaml');
  writeFileSync(f, text);
  return f;
};

describe('content/redirects.yaml', () => {
  it('the committed file is valid', () => expect(Array.isArray(readRedirects('content/redirects.yaml'))).toBe(true));
  it('reads entries', () => {
    expect(readRedirects(file('redirects:\n  - from: /a/1/\n    to: /a/\n    reason: đổi số\n'))).toEqual([
      { from: '/a/1/', to: '/a/', reason: 'đổi số' },
    ]);
  });
  it('rejects bad paths, loops and duplicates', () => {
    expect(() => readRedirects(file('redirects:\n  - from: a/1\n    to: /a/\n    reason: đổi số\n'))).toThrow(/from/);
    expect(() => readRedirects(file('redirects:\n  - from: /a/\n    to: /a/\n    reason: đổi số\n'))).toThrow(
      /chính nó/,
    );
    expect(() =>
      readRedirects(file('redirects:\n  - {from: /a/, to: /b/, reason: một}\n  - {from: /a/, to: /c/, reason: hai}\n')),
    ).toThrow(/hai lần/);
  });
});
