import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/text/slug';

describe('slugify', () => {
  it.each([
    // snv-2026 header: "SỞ NỘI VỤ"
    ['Sở Nội vụ', 'so-noi-vu'],
    ['Phòng Nội vụ', 'phong-noi-vu'],
    // đ must become d, never "dj"
    ['Đến năm 2030', 'den-nam-2030'],
    ['điện tử', 'dien-tu'],
    ['Văn phòng HĐND và UBND huyện', 'van-phong-hdnd-va-ubnd-huyen'],
    // punctuation, dashes and ampersands collapse to single hyphens
    ['Sở TT&TT', 'so-tt-tt'],
    ['Phòng Tài chính- Kế hoạch', 'phong-tai-chinh-ke-hoach'],
    ['  Các sở, ban, ngành cấp tỉnh  ', 'cac-so-ban-nganh-cap-tinh'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('gives the same slug for NFC and NFD input and for old/new tone placement', () => {
    const nfc = 'Văn hóa'.normalize('NFC');
    const nfd = 'Văn hóa'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(slugify(nfd)).toBe(slugify(nfc));
    expect(slugify('số hoá')).toBe(slugify('số hóa'));
  });

  it('returns an empty string for text without letters or digits', () => {
    expect(slugify('<>;--')).toBe('');
  });
});
