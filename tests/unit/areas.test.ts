import { describe, it, expect } from 'vitest';
import { AREAS } from '../../src/schema/area';
import { areaKey } from '../../src/import/areas';

describe('areaKey', () => {
  // Headings copied from the sources (file:line).
  const cases: [string, string][] = [
    ['<b>Cải cách thể chế</b>', 'the-che'], // qt-2021-2025:10
    ['<b>Cải cách thủ tục hành chính</b>', 'tthc'], // qt:33
    ['<b>Cải cách tổ chức bộ máy hành chính nhà nước</b>', 'bo-may'], // qt:60
    ['<b>Cải cách chế độ công vụ</b>', 'cong-vu'], // qt:68
    ['<b>Cải cách tài chính công</b>', 'tai-chinh'], // qt:86
    ['<b>Xây dựng và phát triển chính quyền điện tử, chính quyền số</b>', 'so'], // qt:102
    ['<b>Công tác chỉ đạo, điều hành</b>', 'chi-dao'], // qt:116
    ['CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH', 'chi-dao'], // vp-ubnd:201
    ['CẢI CÁCH TỔ CHỨC BỘ MÁY HCNN', 'bo-may'], // vp-ubnd:230
    ['CẢI CÁCH CÔNG VỤ', 'cong-vu'], // vp-ubnd:235
    ['XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ', 'so'], // vp-ubnd:247
    ['2. Cải cách thể chế, theo dõi thi hành pháp luật', 'the-che'], // vp-ubnd:49
    ['8. Duy trì nâng cao các chỉ số: Cải cách hành chính (PAR INDEX), hiệu quả', 'chi-so'], // vp-ubnd:137
    ['Nội dung 1. Công tác chỉ đạo, điều hành (13 nhiệm vụ)', 'chi-dao'], // snv:178
    ['Nội dung 3. Cải cách Thủ tục hành chính (10 nhiệm vụ)', 'tthc'], // snv
    ['Nội dung 5: Cải cách chế độ công vụ (06 nhiệm vụ)', 'cong-vu'], // snv
    ['7. Ứng dụng và phát triển Chính quyền điện tử, Chính quyền số', 'so'], // snv:135
    ['I CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 'chi-dao'], // hai-lang:748
    ['V CẢI CÁCH CÔNG CHỨC, CÔNG VỤ', 'cong-vu'], // hai-lang:2492
    ['VII XÂY DỰNG CHÍNH PHỦ ĐIỆN TỬ, ĐIỆN TỬ SỐ', 'so'], // hai-lang:3149
    ['7. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 'so'], // hai-lang:410
    ['1. Công tác chỉ đạo điều hành', 'chi-dao'], // hai-lang:90
    ['## **6. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số**', 'so'], // vinh-linh:296
    ['### **3. Cải cách tổ chức bộ máy hành chính nhà nước**', 'bo-may'], // vinh-linh:170
  ];
  it.each(cases)('%s → %s', (label, key) => expect(areaKey(label)).toBe(key));

  it('is accent- and case-insensitive, also on NFD input', () => {
    expect(areaKey('cai cach the che')).toBe('the-che');
    expect(areaKey('Cải cách thể chế'.normalize('NFD'))).toBe('the-che');
    expect(areaKey('CAI CACH TAI CHINH CONG')).toBe('tai-chinh');
  });

  it('returns undefined for headings that name no area and for prose', () => {
    expect(areaKey('I. MỤC ĐÍCH, YÊU CẦU')).toBeUndefined();
    expect(areaKey('III. KINH PHÍ')).toBeUndefined();
    expect(areaKey('- Tiếp tục đổi mới, nâng cao chất lượng công tác chỉ đạo, điều hành')).toBeUndefined();
  });

  it('lists eight areas in order with unique keys', () => {
    expect(AREAS.map((a) => a.key)).toEqual([
      'chi-dao',
      'the-che',
      'tthc',
      'bo-may',
      'cong-vu',
      'tai-chinh',
      'so',
      'chi-so',
    ]);
  });
});
