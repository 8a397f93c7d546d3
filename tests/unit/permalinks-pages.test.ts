import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPages } from '../../scripts/permalinks';

function page(dist: string, path: string, head = ''): void {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), `<!doctype html><html><head>${head}</head><body></body></html>`);
}

describe('collectPages: what the permalink registry may record', () => {
  it('leaves out page 2, 3… of a long list and keeps redirects apart', () => {
    const dist = mkdtempSync(join(tmpdir(), 'cchc-perma-'));
    page(dist, '');
    page(dist, 'linh-vuc/tthc');
    page(dist, 'linh-vuc/tthc/2', '<meta name="cchc-list-page" content="2" />');
    // A task whose printed number is 2 is a permalink like any other.
    page(dist, 'vp-ubnd-2024/2');
    page(dist, 'cu', '<meta name="cchc-redirect" content="/moi/" />');
    expect(collectPages(dist)).toEqual({
      pages: ['/', '/linh-vuc/tthc/', '/vp-ubnd-2024/2/'],
      redirects: ['/cu/'],
    });
  });
});
