import { describe, expect, it } from 'vitest';
import { readState, writeState, pagefindFilters, hasFilters, sameState, EMPTY_STATE } from '../../src/lib/search/url';
import { cleanExcerpt, visibleContent, leadExcerpt } from '../../src/lib/search/excerpt';
import { queryVariants, taskNumberQuery, glossaryVariants, searchTerms } from '../../src/lib/search/query';

describe('search state in the URL', () => {
  it('reads and writes the query and filters, leaving out empty ones', () => {
    const state = readState(new URLSearchParams('q=chữ+ký+số&plan=vp-ubnd-2024&area=&year=2024'));
    expect(state).toEqual({ q: 'chữ ký số', scope: '', plan: 'vp-ubnd-2024', area: '', unit: '', year: '2024' });
    expect(writeState(state)).toBe('?q=ch%E1%BB%AF+k%C3%BD+s%E1%BB%91&plan=vp-ubnd-2024&year=2024');
    expect(readState(new URLSearchParams(writeState(state)))).toEqual(state);
  });
  it('keeps a wider scope in the address, last, and reads any other value as the default', () => {
    const state = readState(new URLSearchParams('scope=all&q=camera'));
    expect(state).toEqual({ ...EMPTY_STATE, q: 'camera', scope: 'all' });
    expect(writeState(state)).toBe('?q=camera&scope=all');
    expect(hasFilters(state)).toBe(false);
    expect(readState(new URLSearchParams('q=camera&scope=constructor')).scope).toBe('');
  });
  it('writes nothing for the empty search', () => {
    expect(writeState(EMPTY_STATE)).toBe('');
    expect(sameState(EMPTY_STATE, readState(new URLSearchParams('q=%20')))).toBe(true);
  });
  it('passes only the set filters to Pagefind', () => {
    const state = { ...EMPTY_STATE, q: 'x', unit: 'so-noi-vu' };
    expect(pagefindFilters(state)).toEqual({ unit: 'so-noi-vu' });
    expect(hasFilters(state)).toBe(true);
    expect(hasFilters({ ...EMPTY_STATE, q: 'x' })).toBe(false);
  });
});

describe('excerpts without the hidden extras', () => {
  const content = 'Nhiệm vụ số 13. Triển khai Đề án điện tử. ⟦TTHC · thủ tục hành chính · de · dien⟧ Nguồn: dòng 226.';
  it('keeps an excerpt from the page text as it is', () => {
    expect(cleanExcerpt('Triển khai Đề án <mark>điện</mark> tử.', content)).toBe(
      'Triển khai Đề án <mark>điện</mark> tử.',
    );
  });
  it('cuts the extras out of an excerpt that runs into them', () => {
    const out = cleanExcerpt(
      'Triển khai <mark>Đề</mark> án điện tử. ⟦TTHC · thủ tục hành chính · <mark>de</mark>',
      content,
    );
    expect(out).toBe('Triển khai <mark>Đề</mark> án điện tử.');
  });
  it('falls back to the start of the page when the match is only in the extras', () => {
    expect(cleanExcerpt('⟦TTHC · <mark>thủ</mark> <mark>tục</mark> hành chính · de · dien⟧ Nguồn', content)).toBe(
      leadExcerpt(content),
    );
    expect(cleanExcerpt('hành chính · <mark>de</mark> · dien⟧ Nguồn: dòng 226.', content)).toBe(leadExcerpt(content));
  });
  it('recognises an excerpt wholly inside the extras', () => {
    expect(cleanExcerpt('<mark>TTHC</mark> · thủ tục', content)).toBe(leadExcerpt(content));
  });
  it('reads escaped excerpts against raw content', () => {
    const raw = 'Mẫu <b> số 1. ⟦mau b so⟧';
    expect(cleanExcerpt('Mẫu &lt;b&gt; <mark>số</mark> 1.', raw)).toBe('Mẫu &lt;b&gt; <mark>số</mark> 1.');
  });
  it('shows the page text, escaped, without the extras', () => {
    expect(visibleContent(content)).toBe('Nhiệm vụ số 13. Triển khai Đề án điện tử. Nguồn: dòng 226.');
    expect(leadExcerpt('a <b> ⟦x⟧ c', 30)).toBe('a &lt;b&gt; c');
    expect(leadExcerpt('một hai ba bốn', 2)).toBe('một hai …');
  });
});

describe('query spellings with đ', () => {
  it('adds the đ spellings of words starting with d', () => {
    expect(queryVariants('dien tu')).toEqual(['dien tu', 'đien tu']);
    expect(queryVariants('  De  an ')).toEqual(['De an', 'Đe an']);
    expect(queryVariants('de an dien tu')).toHaveLength(4);
  });
  it('leaves accented words and abbreviations alone', () => {
    expect(queryVariants('dịch vụ')).toEqual(['dịch vụ']);
    expect(queryVariants('DVC dnnn')).toEqual(['DVC dnnn']);
  });
  it('leaves a query with đ, or without d, alone', () => {
    expect(queryVariants('đề án')).toEqual(['đề án']);
    expect(queryVariants('so noi vu')).toEqual(['so noi vu']);
    expect(queryVariants('   ')).toEqual([]);
  });
  it('tries only none and all for many d words', () => {
    expect(queryVariants('da de di do')).toEqual(['da de di do', 'đa đe đi đo']);
  });
});

describe('cited task numbers', () => {
  it('finds the number after "nhiệm vụ (số)", accented or not', () => {
    expect(taskNumberQuery('nhiệm vụ 13')).toEqual({ number: '13', rest: '' });
    expect(taskNumberQuery('Nhiem vu so II.3 ho so')).toEqual({ number: 'II.3', rest: 'ho so' });
    expect(taskNumberQuery('nhiệm vụ số 1.10')).toEqual({ number: '1.10', rest: '' });
  });
  it('ignores words that are not a number', () => {
    expect(taskNumberQuery('nhiệm vụ vi phạm')).toBeNull();
    expect(taskNumberQuery('nhiệm vụ 130/2005')).toBeNull();
    expect(taskNumberQuery('kế hoạch 13')).toBeNull();
  });
});

describe('glossary forms in the query', () => {
  const glossary = [
    ['TTHC', 'thủ tục hành chính'],
    ['DVC', 'dịch vụ công'],
    ['DVCTT', 'dịch vụ công trực tuyến'],
  ];
  it('swaps a form for the others of its group, keeping the rest as typed', () => {
    expect(glossaryVariants('đơn giản hóa TTHC nội bộ', glossary)).toEqual(['đơn giản hóa thủ tục hành chính nội bộ']);
    expect(glossaryVariants('thu tuc hanh chinh noi bo', glossary)).toEqual(['TTHC noi bo']);
  });
  it('prefers the longest form', () => {
    expect(glossaryVariants('dich vu cong truc tuyen', glossary)).toEqual(['DVC truc tuyen', 'DVCTT']);
  });
  it('tries the query first, then its spellings, without varying inserted forms', () => {
    expect(searchTerms('de an TTHC', glossary)).toEqual([
      'de an TTHC',
      'de an thủ tục hành chính',
      'đe an TTHC',
      'đe an thủ tục hành chính',
    ]);
  });
});
