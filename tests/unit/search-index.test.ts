import { describe, expect, it } from 'vitest';
import { partition, searchPart, separateBlocks } from '../../scripts/pagefind.mjs';

describe('HTML handed to Pagefind', () => {
  it('separates text of adjacent cells, terms and list items', () => {
    expect(separateBlocks('<dl><dt>Cấp</dt><dd>Tỉnh</dd></dl><p>a</p>b')).toBe(
      '<dl><dt>Cấp</dt> <dd>Tỉnh</dd> </dl> <p>a</p> b',
    );
    expect(separateBlocks('<tr><th>Số</th><th>Nhiệm vụ</th></tr>')).toBe('<tr><th>Số</th> <th>Nhiệm vụ</th> </tr>');
    expect(separateBlocks('a<br>b<br/>c')).toBe('a<br> b<br/> c');
  });
  it('leaves inline markup and existing spaces alone', () => {
    expect(separateBlocks('<b>Đề</b><i>án</i> <li>x</li> y')).toBe('<b>Đề</b><i>án</i> <li>x</li> y');
  });
  it('keeps only the title and the indexed <main> of a page', () => {
    const page =
      '<!DOCTYPE html><html lang="vi"><head><title>Nhiệm vụ 13</title><style>x{}</style></head><body>' +
      '<header>Trang chủ</header><main id="noi-dung" data-pagefind-body><h1>Nhiệm vụ 13</h1></main><footer>Liên hệ</footer></body></html>';
    expect(searchPart(page)).toBe(
      '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Nhiệm vụ 13</title></head>' +
        '<body><main id="noi-dung" data-pagefind-body><h1>Nhiệm vụ 13</h1></main></body></html>',
    );
  });
  it('passes a page whole when its indexed element is not <main>', () => {
    const page = '<html><body><header>x</header><div data-pagefind-body>y</div></body></html>';
    expect(searchPart(page)).toBe(page);
  });
});

describe('partition', () => {
  it('fills parts in order up to the limit, never cuts a folder, and gives an oversized folder a part of its own', () => {
    const f = (name: string, files: number) => ({ name, files });
    expect(partition([f('', 2), f('a', 5), f('b', 4), f('c', 20), f('d', 1)], 10)).toEqual([
      { folders: ['', 'a'], files: 7 },
      { folders: ['b'], files: 4 },
      { folders: ['c'], files: 20 },
      { folders: ['d'], files: 1 },
    ]);
    expect(partition([f('a', 3), f('b', 3)], 10)).toEqual([{ folders: ['a', 'b'], files: 6 }]);
  });
});
