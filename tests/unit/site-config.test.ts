import { describe, expect, it } from 'vitest';
import { SITE_CONFIG, mailto, parseSiteConfig } from '../../src/lib/site/config';

describe('content/site.yaml', () => {
  it('is read and checked', () => {
    expect(SITE_CONFIG.contactEmail).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(SITE_CONFIG.dataLicence.url).toMatch(/^https:\/\//);
  });
  it('bad input: one line naming the file and the field', () => {
    const good = 'publisher: A\ncontactEmail: a@b.vn\ndataLicence: { name: X, url: "https://x.vn/" }\n';
    expect(parseSiteConfig(good).publisher).toBe('A');
    expect(() => parseSiteConfig(good.replace('a@b.vn', 'không phải thư'))).toThrow(
      /^content\/site\.yaml: contactEmail: /,
    );
    expect(() => parseSiteConfig('publisher: [')).toThrow(/^content\/site\.yaml: không đọc được YAML: [^\n]*$/);
    expect(() => parseSiteConfig('')).toThrow(/^content\/site\.yaml: /);
  });
  it('mailto: subject and body encoded, nothing else in the address', () => {
    const href = mailto('Báo lỗi: https://x.vn/a/1/', 'dòng 1\ndòng 2');
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe(SITE_CONFIG.contactEmail);
    expect(url.searchParams.get('subject')).toBe('Báo lỗi: https://x.vn/a/1/');
    expect(url.searchParams.get('body')).toBe('dòng 1\ndòng 2');
  });
});
