import { describe, expect, it } from 'vitest';
import { separateBlocks } from '../../scripts/pagefind.mjs';

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
});
