import { describe, expect, it } from 'vitest';
import { relatedAll, relatedTo, similarity, tokens } from '../../src/lib/related';

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
