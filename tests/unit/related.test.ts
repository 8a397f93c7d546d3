import { describe, expect, it } from 'vitest';
import { relatedAll, relatedTo, similarity, tokens } from '../../src/lib/search/related';

// Texts from the sources: vp-ubnd-2024.txt:224 (task 11), qt-2021-2025 TTHC rows, hai-lang-2024.
const tasks = [
  {
    id: 'vp/11',
    plan: 'vp',
    area: 'tthc',
    text: 'Tối thiểu 80% hồ sơ giải quyết TTHC được luân chuyển trong nội bộ bằng phương thức điện tử',
  },
  {
    id: 'qt/1',
    plan: 'qt',
    area: 'tthc',
    text: 'Hồ sơ giải quyết thủ tục hành chính được luân chuyển bằng phương thức điện tử',
  },
  { id: 'qt/2', plan: 'qt', area: 'tthc', text: 'Kiểm tra văn bản quy phạm pháp luật' },
  { id: 'hl/1', plan: 'hl', area: 'the-che', text: 'Hồ sơ giải quyết TTHC luân chuyển bằng phương thức điện tử' },
  { id: 'vp/12', plan: 'vp', area: 'tthc', text: 'Hồ sơ giải quyết TTHC luân chuyển điện tử' },
];

describe('related tasks', () => {
  it('folds accents and keeps syllable pairs', () => {
    const t = tokens('Phương thức điện tử');
    expect(t.has('dien_tu')).toBe(true);
    expect(t.has('phuong')).toBe(true);
  });
  it('scores overlap between 0 and 1', () => {
    expect(similarity(tokens('a b c'), tokens('x y z'))).toBe(0);
    expect(similarity(tokens('điện tử'), tokens('dien tu'))).toBe(1);
  });
  it('finds tasks of other plans in the same area only', () => {
    const r = relatedTo(tasks[0]!, tasks);
    expect(r.map((x) => x.item.id)).toEqual(['qt/1']);
  });
  it('computes all at once with the same result', () => {
    expect(
      relatedAll(tasks)
        .get('vp/11')!
        .map((x) => x.item.id),
    ).toEqual(['qt/1']);
  });
});

describe('abbreviations', () => {
  it('match their full forms', () => {
    expect(similarity(tokens('Cải cách TTHC'), tokens('Cải cách thủ tục hành chính'))).toBe(1);
  });
});

describe('relatedAll', () => {
  // Texts drawn from a small vocabulary, so that most tasks share tokens and the bounds are put to work.
  const vocabulary =
    'thủ tục hành chính cải cách điện tử hồ sơ giải quyết dịch vụ công trực tuyến một cửa liên thông kiểm tra văn bản quy phạm pháp luật công chức viên chức vị trí việc làm chuyển đổi số'.split(
      ' ',
    );
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const many = Array.from({ length: 240 }, (_, i) => ({
    id: `p${i % 9}/${i}`,
    plan: `p${i % 9}`,
    area: ['tthc', 'so', 'cong-vu'][i % 3]!,
    text: Array.from(
      { length: 3 + Math.floor(random() * 25) },
      () => vocabulary[Math.floor(random() * vocabulary.length)],
    ).join(' '),
  }));
  it.each([
    [5, 0.08],
    [3, 0.3],
    [1, 0.001],
    [20, 0.01],
    [0, 0.08],
  ])('is relatedTo of every item (limit %i, threshold %f)', (limit, threshold) => {
    const all = relatedAll(many, limit, threshold);
    for (const t of many) expect(all.get(t.id)).toEqual(relatedTo(t, many, limit, threshold));
  });
});
