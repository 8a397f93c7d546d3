/**
 * Real lead/coordinate cells of the five sources (content/sources/), each
 * quoted with its line, and the units a reader of that line sees in it.
 * Cells cut by a page break are given joined, as the table importers hand
 * them over ("Sở Thông tin và" + "Truyền thông").
 */
import { describe, expect, it } from 'vitest';
import { realResolver } from '../fixtures/units/load';

const QT = 'tỉnh Quảng Trị';
const VP = 'Văn phòng UBND tỉnh Quảng Trị';
const SNV = 'Sở Nội vụ tỉnh Quảng Trị';
const VL = 'huyện Vĩnh Linh';
const HL = 'huyện Hải Lăng';

type Case = [line: string, jurisdiction: string, cell: string, units: string[]];

const cases: Case[] = [
  // ── qt-2021-2025 qt-2021-2025.txt ──
  ['qt-2021-2025:12 lead', QT, 'Sở Tư pháp', ['so-tu-phap']],
  ['qt-2021-2025:15 coord', QT, 'HĐND, UBND cấp huyện', ['hdnd-ubnd-cap-huyen']],
  ['qt-2021-2025:19 lead', QT, 'Sở Tư pháp, Văn phòng UBND tỉnh', ['so-tu-phap', 'van-phong-ubnd-tinh']],
  [
    'qt-2021-2025:25 coord',
    QT,
    'Các sở, ban, ngành cấp tỉnh; UBND cấp huyện',
    ['cac-so-ban-nganh-cap-tinh', 'ubnd-cap-huyen'],
  ],
  [
    'qt-2021-2025:32 lead',
    QT,
    'Sở Tư pháp; Sở Thông tin và Truyền thông',
    ['so-tu-phap', 'so-thong-tin-va-truyen-thong'],
  ],
  ['qt-2021-2025:32 coord', QT, 'Các Sở, ngành; UBND cấp huyện', ['cac-so-ban-nganh-cap-tinh', 'ubnd-cap-huyen']],
  ['qt-2021-2025:44 lead', QT, 'Sở, ngành; UBND huyện, thành phố', ['cac-so-ban-nganh-cap-tinh', 'ubnd-cap-huyen']],
  // separator lost: two units
  [
    'qt-2021-2025:47 coord',
    QT,
    'Văn phòng UBND tỉnh Sở Thông tin và Truyền thông',
    ['van-phong-ubnd-tinh', 'so-thong-tin-va-truyen-thong'],
  ],
  // II.6: "Sở Thông tin và" (line 49) + "Truyền thông" (line 52)
  ['qt-2021-2025:49+52 lead', QT, 'Sở Thông tin và Truyền thông', ['so-thong-tin-va-truyen-thong']],
  [
    'qt-2021-2025:49+52 coord',
    QT,
    'Các sở, ngành, UBND huyện, thành phố',
    ['cac-so-ban-nganh-cap-tinh', 'ubnd-cap-huyen'],
  ],
  [
    'qt-2021-2025:53 lead',
    QT,
    'Các sở, ngành; UBND cấp huyện, UBND cấp xã',
    ['cac-so-ban-nganh-cap-tinh', 'ubnd-cap-huyen', 'ubnd-cap-xa'],
  ],
  [
    'qt-2021-2025:67 coord',
    QT,
    'Bưu điện tỉnh; các sở, ban, ngành cấp tỉnh; UBND cấp huyện',
    ['buu-dien-tinh', 'cac-so-ban-nganh-cap-tinh', 'ubnd-cap-huyen'],
  ],
  [
    'qt-2021-2025:75 coord',
    QT,
    'Các sở, ngành, các huyện, TP; các ĐVSN công lập',
    ['cac-so-ban-nganh-cap-tinh', 'ubnd-cap-huyen', 'cac-don-vi-su-nghiep-cong-lap'],
  ],
  ['qt-2021-2025:80 lead', QT, 'UBND cấp huyện UBND cấp xã', ['ubnd-cap-huyen', 'ubnd-cap-xa']],
  [
    'qt-2021-2025:87 coord',
    QT,
    'Các Sở, ban, ngành trực thuộc UBND tỉnh, UBND cấp huyện',
    ['cac-so-ban-nganh-cap-tinh', 'ubnd-cap-huyen'],
  ],
  [
    'qt-2021-2025:93+96 lead',
    QT,
    'Các cơ quan chuyên môn thuộc UBND tỉnh; UBND cấp huyện',
    ['cac-co-quan-chuyen-mon-thuoc-ubnd-tinh', 'ubnd-cap-huyen'],
  ],
  [
    'qt-2021-2025:93 coord',
    QT,
    'Sở Tài chính và các đơn vị có liên quan',
    ['so-tai-chinh', 'cac-co-quan-don-vi-co-lien-quan'],
  ],
  // VI.1: "Sở TT&TT Văn phòng UBND tỉnh", two leads without a separator
  [
    'qt-2021-2025:103 lead',
    QT,
    'Sở TT&TT Văn phòng UBND tỉnh',
    ['so-thong-tin-va-truyen-thong', 'van-phong-ubnd-tinh'],
  ],
  ['qt-2021-2025:115 lead', QT, 'Sở Thông tin và truyền thông', ['so-thong-tin-va-truyen-thong']],
  [
    'qt-2021-2025:115 coord',
    QT,
    'UBND thành phố Đông Hà, UBND thị xã Quảng Trị và UBND các huyện',
    ['ubnd-thanh-pho-dong-ha', 'ubnd-thi-xa-quang-tri', 'ubnd-cap-huyen'],
  ],
  [
    'qt-2021-2025:120 lead',
    QT,
    '- Sở Nội vụ và các sở tham mưu công tác CCHC - UBND cấp huyện',
    ['so-noi-vu', 'cac-so-tham-muu-cong-tac-cchc', 'ubnd-cap-huyen'],
  ],
  [
    'qt-2021-2025:123 lead',
    QT,
    'Sở Nội vụ; Các sở ngành; UBND cấp huyện; UBND cấp xã.',
    ['so-noi-vu', 'cac-so-ban-nganh-cap-tinh', 'ubnd-cap-huyen', 'ubnd-cap-xa'],
  ],
  [
    'qt-2021-2025:124 lead',
    QT,
    '- Sở Nội vụ - UBND cấp huyện - Tổ công tác của Chủ tịch UBND tỉnh',
    ['so-noi-vu', 'ubnd-cap-huyen', 'to-cong-tac-cua-chu-tich-ubnd-tinh'],
  ],
  // "các Sở: A, B, ..." shares the word "Sở"
  [
    'qt-2021-2025:129 coord',
    QT,
    'Văn phòng UBND tỉnh, các Sở: Tư pháp, Tài chính, Thông tin và Truyền thông, Khoa học và Công nghệ; UBND cấp huyện',
    [
      'van-phong-ubnd-tinh',
      'so-tu-phap',
      'so-tai-chinh',
      'so-thong-tin-va-truyen-thong',
      'so-khoa-hoc-va-cong-nghe',
      'ubnd-cap-huyen',
    ],
  ],
  // "UBND cấp huyện, cấp xã": the second shares the head of the first
  [
    'qt-2021-2025:130 coord',
    QT,
    'Các sở, ban, ngành; UBND cấp huyện, cấp xã',
    ['cac-so-ban-nganh-cap-tinh', 'ubnd-cap-huyen', 'ubnd-cap-xa'],
  ],
  [
    'qt-2021-2025:134 lead',
    QT,
    'Sở Nội vụ, UBND cấp huyện, UBND cấp xã',
    ['so-noi-vu', 'ubnd-cap-huyen', 'ubnd-cap-xa'],
  ],

  // ── vp-ubnd-2024 vp-ubnd-2024.txt ──
  [
    'vp-ubnd-2024:202 lead',
    VP,
    'Phòng HCTC; Phòng Nội chính; Trung tâm PVHCC; Công Thông tin điện tử',
    [
      'vp-ubnd-phong-hanh-chinh-to-chuc',
      'vp-ubnd-phong-noi-chinh',
      'trung-tam-phuc-vu-hanh-chinh-cong-tinh',
      'cong-thong-tin-dien-tu-tinh',
    ],
  ],
  ['vp-ubnd-2024:206 lead', VP, 'Phòng Hành chính - Tổ chức', ['vp-ubnd-phong-hanh-chinh-to-chuc']],
  ['vp-ubnd-2024:214 coord', VP, 'Các phòng, ban, đơn vị thuộc Văn phòng', ['vp-ubnd-cac-phong-ban-don-vi']],
  // task 8: two activities in one row, the same unit twice
  [
    'vp-ubnd-2024:216 lead',
    VP,
    'Phòng Hành chính - Tổ chức Phòng Hành chính - Tổ chức',
    ['vp-ubnd-phong-hanh-chinh-to-chuc', 'vp-ubnd-phong-hanh-chinh-to-chuc'],
  ],
  [
    'vp-ubnd-2024:216 coord',
    VP,
    'Các phòng, ban, đơn vị Các phòng, ban, đơn vị',
    ['vp-ubnd-cac-phong-ban-don-vi', 'vp-ubnd-cac-phong-ban-don-vi'],
  ],
  ['vp-ubnd-2024:218 coord', VP, 'Các cơ quan, đơn vị, địa phương', ['cac-co-quan-don-vi-dia-phuong']],
  // task 13
  ['vp-ubnd-2024:224 lead', VP, 'Trung tâm Phục vụ hành chính công tỉnh', ['trung-tam-phuc-vu-hanh-chinh-cong-tinh']],
  ['vp-ubnd-2024:226+229 coord', VP, 'Các sở, ban, ngành thực hiện thí điểm', ['cac-so-ban-nganh-thuc-hien-thi-diem']],
  ['vp-ubnd-2024:231 lead', VP, 'Các đơn vị trực thuộc', ['vp-ubnd-cac-don-vi-truc-thuoc']],
  ['vp-ubnd-2024:232 lead', VP, 'Sở Nội vụ', ['so-noi-vu']],
  [
    'vp-ubnd-2024:232 coord',
    VP,
    'Sở, ban, ngành, các đơn vị có liên quan và UBND cấp huyện',
    ['cac-so-ban-nganh-cap-tinh', 'cac-co-quan-don-vi-co-lien-quan', 'ubnd-cap-huyen'],
  ],
  ['vp-ubnd-2024:236 lead', VP, 'Văn phòng UBND tỉnh', ['van-phong-ubnd-tinh']],
  ['vp-ubnd-2024:242 lead', VP, 'Phòng Quản trị - Tài vụ', ['vp-ubnd-phong-quan-tri-tai-vu']],
  ['vp-ubnd-2024:246 lead', VP, 'Các đơn vị sự nghiệp trực thuộc', ['vp-ubnd-cac-don-vi-su-nghiep-truc-thuoc']],
  [
    'vp-ubnd-2024:248 lead',
    VP,
    'Cổng Thông tin điện tử tỉnh; Trung tâm Phục vụ hành chính công tỉnh',
    ['cong-thong-tin-dien-tu-tinh', 'trung-tam-phuc-vu-hanh-chinh-cong-tinh'],
  ],
  ['vp-ubnd-2024:259 coord', VP, 'Các đơn vị liên quan', ['cac-co-quan-don-vi-co-lien-quan']],
  // "IV. TỔ CHỨC THỰC HIỆN" (lines 157–179)
  ['vp-ubnd-2024 IV.1', VP, 'Lãnh đạo Văn phòng', ['vp-ubnd-lanh-dao-van-phong']],
  ['vp-ubnd-2024 IV.2', VP, 'Lãnh đạo các đơn vị', ['vp-ubnd-cac-phong-ban-don-vi']],
  ['vp-ubnd-2024 IV.7', VP, 'Ban Tiếp công dân tỉnh', ['ban-tiep-cong-dan-tinh']],
  [
    'vp-ubnd-2024 IV.8',
    VP,
    'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh',
    ['trung-tam-xuc-tien-dau-tu-thuong-mai-va-du-lich-tinh'],
  ],

  // ── snv-2026 snv-2026.txt ──
  ['snv-2026:179 lead', SNV, 'Phòng CCHC', ['snv-phong-cai-cach-hanh-chinh']],
  ['snv-2026:181 coord', SNV, 'Các phòng, ban, trung tâm', ['snv-cac-phong-ban-trung-tam']],
  [
    'snv-2026:188 lead',
    SNV,
    '- Phòng CCHC - Văn phòng Sở (triển khai thực hiện nội bộ Sở)',
    ['snv-phong-cai-cach-hanh-chinh', 'snv-van-phong-so'],
  ],
  ['snv-2026:202 lead', SNV, 'Văn phòng Sở', ['snv-van-phong-so']],
  [
    'snv-2026:221 lead',
    SNV,
    'Các tổ chức, đơn vị được giao nhiệm vụ soạn thảo văn bản quy phạm pháp luật',
    ['snv-don-vi-chu-tri-soan-thao-van-ban-qppl'],
  ],
  ['snv-2026:237 lead', SNV, 'Phòng Xây dựng chính quyền', ['snv-phong-xay-dung-chinh-quyen']],
  [
    'snv-2026:238 lead',
    SNV,
    'Phòng Tổ chức biên chế và Tổ chức phi chính phủ',
    ['snv-phong-to-chuc-bien-che-va-to-chuc-phi-chinh-phu'],
  ],
  [
    'snv-2026:247 lead',
    SNV,
    '- Phòng Cải cách hành chính. - Văn phòng Sở (triển khai thực hiện nội bộ Sở)',
    ['snv-phong-cai-cach-hanh-chinh', 'snv-van-phong-so'],
  ],
  [
    'snv-2026:250 lead',
    SNV,
    '- Phòng CBCCVC. - Văn phòng Sở (triển khai thực hiện nội bộ Sở).',
    ['snv-phong-can-bo-cong-chuc-vien-chuc', 'snv-van-phong-so'],
  ],
  ['snv-2026:251 lead', SNV, 'Phòng XDCQ', ['snv-phong-xay-dung-chinh-quyen']],
  // "III. TỔ CHỨC THỰC HIỆN" 1.: "Trưởng các phòng, ban, trung tâm thuộc Sở có trách nhiệm ..."
  ['snv-2026 III.1', SNV, 'Trưởng các phòng, ban, trung tâm thuộc Sở', ['snv-cac-phong-ban-trung-tam']],

  // ── vinh-linh-2021-2025 vinh-linh-2021-2025.txt, "VI. Tổ chức thực hiện" headings and prose ──
  [
    'vinh-linh-2021-2025 VI.1',
    VL,
    'Thủ trưởng các phòng chuyên môn, các đơn vị sự nghiệp thuộc huyện, Chủ tịch UBND các xã, thị trấn',
    ['vinh-linh-cac-phong-chuyen-mon-don-vi-su-nghiep', 'vinh-linh-ubnd-cac-xa-thi-tran'],
  ],
  ['vinh-linh-2021-2025:34', VL, 'Văn phòng HĐND và UBND huyện', ['vinh-linh-van-phong-hdnd-va-ubnd-huyen']],
  ['vinh-linh-2021-2025:430', VL, 'Phòng Nội vụ:', ['vinh-linh-phong-noi-vu']],
  ['vinh-linh-2021-2025:446', VL, 'Phòng Tư pháp', ['vinh-linh-phong-tu-phap']],
  ['vinh-linh-2021-2025:462', VL, 'Phòng Tài chính- Kế hoạch', ['vinh-linh-phong-tai-chinh-ke-hoach']],
  ['vinh-linh-2021-2025:474', VL, 'Phòng Văn hóa và thông tin:', ['vinh-linh-phong-van-hoa-va-thong-tin']],
  [
    'vinh-linh-2021-2025:494',
    VL,
    'Phòng Lao động-Thương binh và Xã hội',
    ['vinh-linh-phong-lao-dong-thuong-binh-va-xa-hoi'],
  ],
  ['vinh-linh-2021-2025:500', VL, 'Phòng Kinh tế- Hỗn tầng', ['vinh-linh-phong-kinh-te-ha-tang']],
  [
    'vinh-linh-2021-2025:506',
    VL,
    'Trung tâm Văn hóa thông tin và Thể dục- thể thao',
    ['vinh-linh-trung-tam-van-hoa-thong-tin-va-the-duc-the-thao'],
  ],
  [
    'vinh-linh-2021-2025:510',
    VL,
    'Ủy ban Mặt trận Tổ quốc Việt Nam và Đoàn thể các cấp',
    ['vinh-linh-ubmttq-va-doan-the-cac-cap'],
  ],
  // "báo cáo UBND tỉnh, Sở Nội vụ" (line 440): province units seen from a district
  ['vinh-linh-2021-2025:440', VL, 'UBND tỉnh, Sở Nội vụ', ['ubnd-tinh', 'so-noi-vu']],

  // ── hai-lang-2024 hai-lang-2024.txt, appendix cells (one short line each, joined) ──
  ['hai-lang-2024 task 1 lead', HL, 'Phòng Nội vụ', ['hai-lang-phong-noi-vu']],
  [
    'hai-lang-2024 task 1 coord',
    HL,
    'Các cơ quan, đơn vị thuộc UBND huyện; UBND các xã, thị trấn',
    ['hai-lang-cac-co-quan-don-vi-thuoc-ubnd-huyen', 'hai-lang-ubnd-cac-xa-thi-tran'],
  ],
  [
    'hai-lang-2024 task 2 coord',
    HL,
    'Các cơ quan, đơn vị thuộc UBND huyện, UBND các xã, thị trấn',
    ['hai-lang-cac-co-quan-don-vi-thuoc-ubnd-huyen', 'hai-lang-ubnd-cac-xa-thi-tran'],
  ],
  ['hai-lang-2024 task 3 lead', HL, 'Phòng VH&TT', ['hai-lang-phong-van-hoa-va-thong-tin']],
  ['hai-lang-2024 task 3 coord', HL, 'Các cơ quan, đơn vị liên quan', ['hai-lang-cac-co-quan-don-vi-lien-quan']],
  ['hai-lang-2024 task 7 unit cell', HL, 'Các cơ quan, đơn vị', ['hai-lang-cac-co-quan-don-vi']],
  [
    'hai-lang-2024 task 8 lead',
    HL,
    'Văn phòng HĐND&UBND huyện; Phòng Nội vụ Phòng Kinh tế và Hạ tầng',
    ['hai-lang-van-phong-hdnd-va-ubnd-huyen', 'hai-lang-phong-noi-vu', 'hai-lang-phong-kinh-te-va-ha-tang'],
  ],
  [
    'hai-lang-2024 task 9 lead',
    HL,
    'Các cơ quan chuyên môn thuộc UBND huyện',
    ['hai-lang-cac-co-quan-chuyen-mon-thuoc-ubnd-huyen'],
  ],
  [
    'hai-lang-2024 task 9 coord',
    HL,
    'Văn Phòng HĐND & UBND huyện; Phòng Tư pháp',
    ['hai-lang-van-phong-hdnd-va-ubnd-huyen', 'hai-lang-phong-tu-phap'],
  ],
  [
    'hai-lang-2024 task 10 coord',
    HL,
    'Văn phòng HĐND & UBND huyện, Phòng Tư pháp',
    ['hai-lang-van-phong-hdnd-va-ubnd-huyen', 'hai-lang-phong-tu-phap'],
  ],
  ['hai-lang-2024 task 10 coord', HL, 'HĐND, UBND cấp xã', ['hai-lang-hdnd-ubnd-cap-xa']],
  [
    'hai-lang-2024 task 18 coord',
    HL,
    'Các cơ quan, chuyên môn thuộc huyện, UBND các xã, thị trấn',
    ['hai-lang-cac-co-quan-chuyen-mon-thuoc-ubnd-huyen', 'hai-lang-ubnd-cac-xa-thi-tran'],
  ],
  // task 26: two leads
  [
    'hai-lang-2024 task 26 lead',
    HL,
    'Văn phòng HĐND&UBND huyện; Bộ phận TN&TKQ huyện',
    ['hai-lang-van-phong-hdnd-va-ubnd-huyen', 'hai-lang-bo-phan-tiep-nhan-va-tra-ket-qua-huyen'],
  ],
  [
    'hai-lang-2024 task 23 lead',
    HL,
    'Văn phòng HĐND & UBND huyện; Bộ phận TN & TKQ huyện',
    ['hai-lang-van-phong-hdnd-va-ubnd-huyen', 'hai-lang-bo-phan-tiep-nhan-va-tra-ket-qua-huyen'],
  ],
  [
    'hai-lang-2024 task 23 coord',
    HL,
    'Các phòng chuyên môn; UBND các xã, thị trấn',
    ['hai-lang-cac-co-quan-chuyen-mon-thuoc-ubnd-huyen', 'hai-lang-ubnd-cac-xa-thi-tran'],
  ],
  [
    'hai-lang-2024 task 29 coord',
    HL,
    'Các phòng chuyên môn thuộc UBND huyện',
    ['hai-lang-cac-co-quan-chuyen-mon-thuoc-ubnd-huyen'],
  ],
  ['hai-lang-2024 task 39 lead', HL, 'Phòng Tài chính - Kế hoạch', ['hai-lang-phong-tai-chinh-ke-hoach']],
  [
    'hai-lang-2024 task 39 coord',
    HL,
    'Các cơ quan, đơn vị; UBND các xã, thị trấn',
    ['hai-lang-cac-co-quan-don-vi', 'hai-lang-ubnd-cac-xa-thi-tran'],
  ],
  [
    'hai-lang-2024 task 46 coord',
    HL,
    'Các đơn vị sự nghiệp thuộc UBND huyện',
    ['hai-lang-cac-don-vi-su-nghiep-thuoc-ubnd-huyen'],
  ],
  ['hai-lang-2024 task 51 lead', HL, 'Phòng Văn hóa - Thông tin', ['hai-lang-phong-van-hoa-va-thong-tin']],
  // IV.1 heading: heads of offices stand for their offices
  [
    'hai-lang-2024 IV.1',
    HL,
    'Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện; Chủ tịch UBND các xã, thị trấn',
    ['hai-lang-cac-co-quan-chuyen-mon-thuoc-ubnd-huyen', 'hai-lang-ubnd-cac-xa-thi-tran'],
  ],
  ['004 2.2', HL, 'Văn phòng HĐND&UBND huyện', ['hai-lang-van-phong-hdnd-va-ubnd-huyen']],
  ['004 2.5', HL, 'Phòng Văn hóa và Thông tin', ['hai-lang-phong-van-hoa-va-thong-tin']],
  ['004 2.6', HL, 'Trung tâm VHTT-TDTT huyện', ['hai-lang-trung-tam-vhtt-tdtt']],
];

describe('resolve: real cells of the five sources', () => {
  const resolver = realResolver();
  it.each(cases)('%s: %s | %s', (_line, jurisdiction, cell, units) => {
    const r = resolver.resolve(cell, jurisdiction);
    expect(r.units).toEqual(units);
    expect(r.unknown).toEqual([]);
  });

  it('discovers no unit on any of these cells', () => {
    expect(resolver.units().filter((u) => u.discovered)).toEqual([]);
  });
});

describe('resolve: qualifiers become notes', () => {
  const resolver = realResolver();

  it('qt-2021-2025 line 28 + 31: "Sở Tư pháp: đối với Báo" + "cáo kết quả ..." (joined)', () => {
    const cell =
      'Các sở, ban, ngành cấp tỉnh: đối với xử lý kết quả theo dõi thi hành pháp luật; Sở Tư pháp: đối với Báo cáo kết quả theo dõi thi hành pháp luật hàng năm';
    const r = resolver.resolve(cell, QT);
    expect(r.units).toEqual(['cac-so-ban-nganh-cap-tinh', 'so-tu-phap']);
    expect(r.notes).toEqual([
      { unit: 'cac-so-ban-nganh-cap-tinh', note: 'đối với xử lý kết quả theo dõi thi hành pháp luật' },
      { unit: 'so-tu-phap', note: 'đối với Báo cáo kết quả theo dõi thi hành pháp luật hàng năm' },
    ]);
    expect(r.unknown).toEqual([]);
  });

  it('snv-2026 line 181: "- Phòng CCHC; - Văn phòng Sở (triển khai thực hiện nội bộ Sở)"', () => {
    const r = resolver.resolve('- Phòng CCHC; - Văn phòng Sở (triển khai thực hiện nội bộ Sở)', SNV);
    expect(r.units).toEqual(['snv-phong-cai-cach-hanh-chinh', 'snv-van-phong-so']);
    expect(r.notes).toEqual([{ unit: 'snv-van-phong-so', note: 'triển khai thực hiện nội bộ Sở' }]);
  });

  it('snv-2026 line 193: "Đơn vị được phân công chủ trì soạn thảo văn bản QPPL (nếu có)"', () => {
    const r = resolver.resolve('Đơn vị được phân công chủ trì soạn thảo văn bản QPPL (nếu có)', SNV);
    expect(r.units).toEqual(['snv-don-vi-chu-tri-soan-thao-van-ban-qppl']);
    expect(r.notes).toEqual([{ unit: 'snv-don-vi-chu-tri-soan-thao-van-ban-qppl', note: 'nếu có' }]);
  });

  it('snv-2026 line 248: "- Phòng Tổ chức biên chế và Tổ chức phi chính phủ (tham mưu thẩm định Đề án)."', () => {
    const r = resolver.resolve('- Phòng Tổ chức biên chế và Tổ chức phi chính phủ (tham mưu thẩm định Đề án).', SNV);
    expect(r.notes).toEqual([
      { unit: 'snv-phong-to-chuc-bien-che-va-to-chuc-phi-chinh-phu', note: 'tham mưu thẩm định Đề án' },
    ]);
  });
});
