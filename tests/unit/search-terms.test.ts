import { describe, expect, it } from 'vitest';
import { foldD, foldKey } from '../../src/text/fold';
import { words, searchExtras, unitAliasGroups } from '../../src/lib/search/terms';
import { glossarySchema } from '../../src/schema/glossary';
import type { TermGroup } from '../../src/text/glossary';
import { GLOSSARY } from '../../src/lib/search/glossary';
import { checkValue } from '../../src/schema/read';

const glossary = GLOSSARY;
const none = { glossary: [], unitAliases: [] };
const extras = (text: string, unitAliases: readonly TermGroup[] = []) => searchExtras(text, { glossary, unitAliases });

describe('folding', () => {
  it('folds only đ in foldD, keeping tone marks for Pagefind', () => {
    expect(foldD('Đề án điện tử Đông Hà')).toBe('Dề án diện tử Dông Hà');
  });
  it('folds case, tone marks and đ in foldKey, whatever the normalisation', () => {
    expect(foldKey('Ủy ban')).toBe('uy ban');
    expect(foldKey('Uỷ ban')).toBe('uy ban');
    expect(foldKey('Đông Hà'.normalize('NFD'))).toBe('dong ha');
    expect(foldKey('số hoá')).toBe(foldKey('số hóa'));
  });
  it('splits words on punctuation, "&" included', () => {
    expect(words('Sở TT&TT; 5486/QĐ-UBND (PCI).')).toEqual(['Sở', 'TT', 'TT', '5486', 'QĐ', 'UBND', 'PCI']);
  });
});

describe('searchExtras: đ → d', () => {
  it('emits the d spelling of each đ word once, folded', () => {
    const out = searchExtras('Đề án điện tử ở Đông Hà; đề án thứ hai', none);
    expect(out.split(' · ')).toEqual(['de', 'dien', 'dong']);
  });
  it('emits nothing for a page without đ or abbreviations', () => {
    expect(searchExtras('Chữ ký số cho Sở Nội vụ', none)).toBe('');
  });
  it('skips a d spelling the page already has', () => {
    expect(searchExtras('điện, dien', none)).toBe('');
  });
});

describe('searchExtras: abbreviations', () => {
  it('adds the expansion for an abbreviation, and the reverse', () => {
    expect(extras('Rà soát TTHC')).toContain('thủ tục hành chính');
    expect(extras('Công khai thủ tục hành chính')).toContain('TTHC');
    expect(extras('UBND tỉnh chỉ đạo')).toContain('Ủy ban nhân dân');
    expect(extras('Uỷ ban nhân dân tỉnh')).toContain('UBND');
  });
  it('matches whole words only', () => {
    expect(extras('Kế hoạch DVCTT')).not.toMatch(/(^| · )dịch vụ công( · |$)/);
    expect(extras('PCIe')).toBe('');
  });
  it('matches across tone placement and without accents', () => {
    expect(extras('thu tuc hanh chinh')).toContain('TTHC');
  });
  it('reads "Sở TT&TT" and its expansion both ways', () => {
    expect(extras('Sở TT&TT chủ trì')).toContain('Sở Thông tin và Truyền thông');
    expect(extras('Sở Thông tin và Truyền thông')).toContain('Sở TT&TT');
  });
  it('folds đ in added forms too, so "hdnd" finds HĐND', () => {
    const out = extras('Hội đồng nhân dân tỉnh');
    expect(out).toContain('HĐND');
    expect(out.split(' · ')).toContain('hdnd');
    expect(out.split(' · ')).toContain('dong');
  });
  it('does not add a form the page already contains', () => {
    expect(extras('TTHC và thủ tục hành chính')).not.toContain('TTHC');
  });
});

describe('searchExtras: unit aliases', () => {
  const units = unitAliasGroups([
    { name: 'Phòng Văn hóa và Thông tin', aliases: ['Phòng VH&TT', 'Phòng Văn hóa - Thông tin'] },
    { name: 'UBND huyện Hải Lăng', aliases: ['UBND huyện'] },
    { name: 'Sở Tư pháp', aliases: [] },
  ]);
  it('adds the other names of a unit the page names', () => {
    const out = extras('Phòng VH&TT chủ trì', units);
    expect(out).toContain('Phòng Văn hóa và Thông tin');
  });
  it('never widens a short alias to a full name it shortens', () => {
    expect(extras('UBND huyện ban hành', units)).not.toContain('Hải Lăng');
  });
  it('builds the groups once per units array', () => {
    const list = [{ name: 'Sở Nội vụ', aliases: ['SNV'] }];
    expect(unitAliasGroups(list)).toBe(unitAliasGroups(list));
    expect(unitAliasGroups([...list])).toEqual(unitAliasGroups(list));
  });
  it('gives the same words on every call with the same groups', () => {
    const text = 'Phòng VH&TT và UBND huyện; TTHC, đề án';
    expect(extras(text, units)).toBe(extras(text, units));
    expect(extras(text, units)).toBe(
      extras(
        text,
        units.map((g) => [...g]),
      ),
    );
  });
  it('drops units without aliases', () => {
    expect(units).toHaveLength(2);
  });
});

describe('the glossary', () => {
  it('reads the project glossary into groups', () => {
    expect(glossary.length).toBeGreaterThan(30);
    expect(glossary).toContainEqual(['TTHC', 'thủ tục hành chính']);
  });
  it('keeps forms for unit names only out of search', () => {
    expect(glossary.flat()).not.toContain('TP');
  });
  it('rejects malformed entries', () => {
    const parse = (data: unknown) => checkValue(data, glossarySchema(), 'content/glossary.yaml');
    expect(() => parse({})).toThrow();
    expect(() => parse([{ abbr: 'X' }])).toThrow(/full/);
    expect(() => parse([{ abbr: 'X', full: 'y', other: 1 }])).toThrow(/other: Unrecognized key/);
  });
});
