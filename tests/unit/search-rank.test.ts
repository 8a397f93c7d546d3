import { describe, expect, it } from 'vitest';
import { foldVariant, spellings } from '../../src/text/fold';
import {
  analyse,
  combine,
  coverage,
  expansions,
  hintedPlans,
  marksMatch,
  queryWords,
  nameCandidates,
  namedPlan,
  pairs,
  type Found,
} from '../../src/lib/search/rank';
import { QUERY_EXPANSIONS } from '../../src/lib/search/glossary';
import { taskNumberQuery } from '../../src/lib/search/query';

describe('spelling variants', () => {
  it('makes final y and i after a consonant one, both ways, keeping "uy"', () => {
    expect(foldVariant('ký')).toBe(foldVariant('kí'));
    expect(foldVariant('quý')).toBe(foldVariant('quí'));
    expect(foldVariant('tỷ')).toBe('ti');
    expect(foldVariant('thủy')).toBe('thuy');
    expect(foldVariant('hoà')).toBe(foldVariant('hòa'));
  });
  it('lists what Pagefind may hold for a syllable as typed', () => {
    expect(spellings('kí')).toEqual(['ki', 'ky']);
    expect(spellings('ký')).toEqual(['ky', 'ki']);
    expect(spellings('dien')).toEqual(['dien', 'đien']);
    expect(spellings('điện')).toEqual(['đien']);
    // Typed with a mark: the writer would have typed "đ" too.
    expect(spellings('dịch')).toEqual(['dich']);
    expect(spellings('DVC')).toEqual(['dvc']);
  });
});

describe('query slots', () => {
  const rules = expansions(
    [['TTHC', 'thủ tục hành chính']],
    [
      { from: ['bưu điện'], to: ['bưu chính công ích'] },
      { from: ['tt'], to: ['trung tâm', 'thông tư'] },
      { from: ['ko'], to: ['không'] },
    ],
  );
  it('keeps the typed form and adds the others, longest form first', () => {
    const slots = analyse('nop ho so qua buu dien', rules);
    expect(slots.map((s) => s.text)).toEqual(['nop', 'ho', 'so', 'qua', 'buu dien']);
    expect(slots[4]!.alts).toEqual(['"buu dien"', '"bưu điện"', '"bưu chính công ích"']);
    expect(analyse('thu tuc hanh chinh', rules)[0]!.alts).toEqual([
      '"thu tuc hanh chinh"',
      '"thủ tục hành chính"',
      'TTHC',
    ]);
  });
  it('expands shorthand one way only', () => {
    expect(analyse('TT', rules)[0]!.alts).toEqual(['TT', 'tt', '"trung tâm"', '"thông tư"']);
    expect(analyse('trung tâm', rules).map((s) => s.text)).toEqual(['trung', 'tâm']);
    expect(analyse('ko', rules)[0]!.alts).toEqual(['ko', 'không']);
    expect(analyse('dich vu cong', QUERY_EXPANSIONS)[0]!.alts).toContain('"dịch vụ công"');
  });
  it('marks everyday words as filler and pairs the rest as quoted phrases', () => {
    const slots = analyse('ai làm chữ ký số', rules);
    expect(slots.map((s) => s.filler)).toEqual([true, true, false, false, false]);
    expect(pairs(slots).map((p) => p.alts[0])).toEqual(['"lam chu"', '"chu ky"', '"ky so"']);
    expect(pairs(slots)[1]!.alts).toContain('"chu ki"');
  });
  it('reads the glossary file both ways and its shorthand one way', () => {
    const slots = analyse('dvc', QUERY_EXPANSIONS);
    expect(slots[0]!.alts).toContain('"dịch vụ công"');
    expect(analyse('ko', QUERY_EXPANSIONS)[0]!.alts).toContain('không');
  });
});

describe('scoring', () => {
  const found = (over: Partial<Found>): Found => ({
    slots: [],
    pairs: [],
    whole: [],
    gathering: new Set(['unit']),
    total: 10,
    ...over,
  });
  it('ranks the page with the phrase above the page with the words scattered', () => {
    const slots = analyse('chu ky so', []);
    const all = [
      { id: 'a', score: 1 },
      { id: 'b', score: 1 },
    ];
    const r = combine(
      slots,
      found({ slots: [all, all, all], pairs: [[{ id: 'b', score: 1 }], [{ id: 'b', score: 1 }]] }),
    );
    expect(r.ids).toEqual(['b', 'a']);
    expect(r.partial).toBe(false);
  });
  it('lists the pages holding most words, and says so, when none holds all', () => {
    const slots = analyse('bien che tien luong', []);
    const r = combine(
      slots,
      found({
        slots: [[{ id: 'a', score: 1 }], [{ id: 'a', score: 1 }], [{ id: 'b', score: 1 }], []],
      }),
    );
    expect(r.ids[0]).toBe('a');
    expect(r.partial).toBe(true);
  });
  it('does not require filler words', () => {
    const slots = analyse('ai lam chu ky so', []);
    const hit = [{ id: 'a', score: 1 }];
    const r = combine(slots, found({ slots: [[{ id: 'z', score: 1 }], [], hit, hit, hit] }));
    expect(r.partial).toBe(false);
    // A page holding only "ai" is no result.
    expect(r.ids).toEqual(['a']);
  });
  it('puts a page that gathers many tasks below a task with the same words', () => {
    const slots = analyse('ky so', []);
    const both = [
      { id: 'a', score: 1 },
      { id: 'unit', score: 1 },
    ];
    expect(combine(slots, found({ slots: [both, both] })).ids).toEqual(['a', 'unit']);
  });
});

describe('names, plans and cited numbers', () => {
  const plans = [
    { id: 'snv-2026', words: 'ke hoach cai cach hanh chinh nam 2026 cua so noi vu tinh quang tri 2026'.split(' ') },
    { id: 'vp-ubnd-2024', words: 'ke hoach cai cach hanh chinh van phong ubnd tinh quang tri 2024'.split(' ') },
    { id: 'hai-lang-2024', words: 'ke hoach cai cach hanh chinh nha nuoc huyen hai lang nam 2024'.split(' ') },
    {
      id: 'qt-2021-2025',
      words: 'ke hoach cai cach hanh chinh tinh quang tri 2021 2022 2023 2024 2025 2030'.split(' '),
    },
  ];
  it('offers runs of the query, typed and expanded, as name keys', () => {
    const slots = analyse('p. noi chinh', QUERY_EXPANSIONS);
    const keys = nameCandidates(slots).map((c) => c.key);
    expect(keys).toContain('phong noi chinh');
    expect(coverage(slots, 0, 3)).toBe(1);
  });
  it('knows a plan named by its words, not one merely hinted', () => {
    expect(namedPlan(analyse('kh cchc snv 2026', QUERY_EXPANSIONS), plans)).toBe('snv-2026');
    expect(namedPlan(analyse('Hải Lăng năm 2024', QUERY_EXPANSIONS), plans)).toBe('hai-lang-2024');
    expect(namedPlan(analyse('kế hoạch chuyển đổi số năm 2024', QUERY_EXPANSIONS), plans)).toBeNull();
  });
  it('reads the plan hint of a cited number', () => {
    const cited = taskNumberQuery('nhiệm vụ 13 văn phòng 2024')!;
    expect(cited.number).toBe('13');
    expect(hintedPlans(analyse(cited.rest, QUERY_EXPANSIONS), plans)).toEqual(['vp-ubnd-2024']);
    expect(taskNumberQuery('nv25')).toEqual({ number: '25', rest: '' });
    expect(taskNumberQuery('II.3 tinh 2021')).toEqual({ number: 'II.3', rest: 'tinh 2021' });
    expect(hintedPlans(analyse('tinh 2021', QUERY_EXPANSIONS), plans)).toEqual(['qt-2021-2025']);
    expect(taskNumberQuery('4.6 vinh linh')).toBeNull();
  });
});

describe("a result's marks against the query (search in other shards)", () => {
  const words = (q: string) => queryWords(analyse(q, QUERY_EXPANSIONS), []);
  it('tells a near spelling from the word: "niêm yết" marked "ý" in qt-2021-2025 task VII.7, which lacks both words', () => {
    expect(marksMatch(['ý'], words('niêm yết'))).toBe(false);
    expect(marksMatch(['niêm', 'yết'], words('niêm yết'))).toBe(true);
  });
  it("takes the word typed without marks, a word it begins, and an abbreviation's expansion", () => {
    expect(marksMatch(['yết'], words('niem yet'))).toBe(true);
    expect(marksMatch(['Camera'], words('cam'))).toBe(true);
    expect(marksMatch(['dịch', 'vụ', 'công'], words('dvc'))).toBe(true);
  });
  it('judges nothing when nothing is marked', () => {
    expect(marksMatch([], words('niêm yết'))).toBe(true);
  });
});
