/**
 * hai-lang-2024 (Hải Lăng 2024): the appendix table rebuilt from PDF-extracted text.
 * Every expected value below was read off content/sources/hai-lang-2024.txt
 * by hand; the source lines are quoted next to each.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { areaKey } from '../../src/import/areas';
import { parsePdfTable } from '../../src/import/pdf/table';
import type { ParseResult, RawActivity, RawTask } from '../../src/import/raw';

const source = readFileSync('content/sources/hai-lang-2024.txt', 'utf8');
let result: ParseResult;
beforeAll(() => {
  result = parsePdfTable(source, { file: 'hai-lang-2024.txt', plan: 'hai-lang-2024' });
}, 60_000);

const task = (n: string): RawTask => {
  const t = result.tasks.find((x) => x.number === n);
  if (!t) throw new Error(`task ${n} missing`);
  return t;
};
type Row = Pick<RawActivity, 'text' | 'outputs' | 'leadRaw' | 'coordinateRaw' | 'timeRaw'>;
const rows = (n: string): Row[] =>
  task(n).activities.map(({ text, outputs, leadRaw, coordinateRaw, timeRaw }) => ({
    text,
    outputs,
    leadRaw,
    coordinateRaw,
    timeRaw,
  }));

describe('hai-lang-2024 areas and numbering', () => {
  it('has the 7 section rows with the tasks numbered under each', () => {
    // 748 "I CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC", 1036 "II CẢI CÁCH THỂ CHẾ", 1647 "III CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    // 2358 "IV CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH", 2492 "V CẢI CÁCH CÔNG CHỨC, CÔNG VỤ",
    // 2832 "VI CẢI CÁCH TÀI CHÍNH CÔNG", 3149 "VII XÂY DỰNG CHÍNH PHỦ ĐIỆN TỬ, ĐIỆN TỬ SỐ"
    const expected: [string, number, number, number, string][] = [
      ['I', 748, 1, 8, 'chi-dao'],
      ['II', 1036, 9, 17, 'the-che'],
      ['III', 1647, 18, 28, 'tthc'],
      ['IV', 2358, 29, 31, 'bo-may'],
      ['V', 2492, 32, 38, 'cong-vu'],
      ['VI', 2832, 39, 46, 'tai-chinh'],
      ['VII', 3149, 47, 51, 'so'],
    ];
    expect(result.areas.map((a) => [a.number, a.lines[0]])).toEqual(expected.map(([n, l]) => [n, l]));
    for (const [n, , from, to, key] of expected) {
      const numbers = result.tasks.filter((t) => t.section === n).map((t) => Number(t.number));
      expect(numbers).toEqual(Array.from({ length: to - from + 1 }, (_, k) => from + k));
      expect(areaKey(result.areas.find((a) => a.number === n)!.label)).toBe(key);
    }
    expect(result.tasks).toHaveLength(51);
  });

  it('keeps the numbers as printed and the row line of each task', () => {
    // 750 "1  ", 1103 "10  Kiểm tra văn bản QPPL" (number and title on one line), 3334 "51  "
    expect(task('1').lines[0]).toBe(750);
    expect(task('10').lines[0]).toBe(1103);
    expect(task('10').title).toBe('Kiểm tra văn bản QPPL');
    expect(task('51').lines[0]).toBe(3334);
  });
});

describe('hai-lang-2024 tasks named in the issue', () => {
  it('task 1 has two activities with different outputs, leads and deadlines (750–796)', () => {
    expect(task('1').title).toBe('Ban hành kế hoạch cải cách hành chính năm 2024');
    // The second row has no Hoạt động; its " " line (793) marks the empty Cơ quan phối hợp.
    expect(rows('1')).toEqual([
      {
        text: 'Xây dựng dự thảo, lấy ý kiến tham gia',
        outputs: ['Kế hoạch CCHC của UBND huyện'],
        leadRaw: 'Phòng Nội vụ',
        coordinateRaw: 'Các cơ quan, đơn vị liên quan',
        timeRaw: 'Trước 31/01/2024',
      },
      {
        text: '',
        outputs: ['Kế hoạch CCHC của các cơ quan, đơn vị; UBND cấp xã'],
        leadRaw: 'Các cơ quan, đơn vị thuộc UBND huyện; UBND các xã, thị trấn',
        coordinateRaw: '',
        timeRaw: 'Trước 29/02/2024',
      },
    ]);
  });

  it('task 26 is led by two units (2203–2211 "Văn phòng / HĐND&UBND / huyện; Bộ phận / TN&TKQ / huyện")', () => {
    const t = task('26');
    expect(t.title).toBe(
      'Triển khai thanh toán trực tuyến trong giải quyết TTHC Tỷ lệ TTHC được triển khai thanh toán trực tuyến đạt từ 80% trở lên và tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu 45% trở lên',
    );
    expect(t.activities).toHaveLength(1);
    expect(t.activities[0]!.leadRaw).toBe('Văn phòng HĐND&UBND huyện; Bộ phận TN&TKQ huyện');
    expect(t.activities[0]!.coordinateRaw).toBe('Các phòng chuyên môn; UBND các xã, thị trấn');
    expect(t.activities[0]!.timeRaw).toBe('Thường xuyên');
  });
});

describe('hai-lang-2024 fifteen more tasks, every field', () => {
  it('task 2: a bulleted list of four outputs, no activity (799–841)', () => {
    expect(task('2').title).toBe(
      'Ban hành Kế hoạch và tổ chức kiểm tra công tác cải cách hành chính năm 2024 trên địa bàn huyện Hải Lăng',
    );
    expect(rows('2')).toEqual([
      {
        text: '',
        outputs: [
          'Kế hoạch kiểm tra',
          'Quyết định thành lập đoàn kiểm tra',
          'Thông báo kiểm tra',
          'Báo cáo của Đoàn kiểm tra.',
        ],
        leadRaw: 'Phòng Nội vụ',
        coordinateRaw: 'Các cơ quan, đơn vị thuộc UBND huyện, UBND các xã, thị trấn',
        timeRaw: 'Quý III/2024',
      },
    ]);
  });

  it('task 3: lead "Phòng VH&TT" (843–863)', () => {
    expect(task('3').title).toBe('Ban hành kế hoạch và tổ chức tuyên truyền công tác CCHC năm 2024');
    expect(rows('3')).toEqual([
      {
        text: '',
        outputs: ['Kế hoạch tuyên truyền CCHC năm 2024'],
        leadRaw: 'Phòng VH&TT',
        coordinateRaw: 'Các cơ quan, đơn vị liên quan',
        timeRaw: 'Quý I/2024',
      },
    ]);
  });

  it('task 5: output "Báo cáo của / UBND huyện" is not a unit (906–931)', () => {
    expect(task('5').title).toBe('Đánh giá việc thực hiện nhiệm vụ CCHC năm 2024, phương hướng nhiệm vụ năm 2025');
    expect(rows('5')).toEqual([
      {
        text: '',
        outputs: ['Báo cáo của UBND huyện'],
        leadRaw: 'Phòng Nội vụ',
        coordinateRaw: 'Các cơ quan, đơn vị liên quan',
        timeRaw: 'Ngày 15/12/2024',
      },
    ]);
  });

  it('task 9 (1038–1075)', () => {
    expect(task('9').title).toBe('Ban hành văn bản QPPL của HĐND, UBND');
    expect(rows('9')).toEqual([
      {
        text: 'Xây dựng dự thảo, tổ chức lấy ý kiến, thẩm định và họp thông qua',
        outputs: ['Tờ trình, Nghị quyết, Quyết định'],
        leadRaw: 'Các cơ quan chuyên môn thuộc UBND huyện',
        coordinateRaw: 'Văn Phòng HĐND & UBND huyện; Phòng Tư pháp',
        timeRaw: 'Thường xuyên',
      },
    ]);
  });

  it('task 11: three rows, one without coordinating units; "Kế hoạch Phòng Tư pháp" split (1179–1240)', () => {
    expect(task('11').title).toBe('Rà soát văn bản quy phạm pháp luật');
    expect(rows('11')).toEqual([
      {
        text: 'Kế hoạch rà soát văn bản QPPL',
        outputs: ['Kế hoạch'],
        leadRaw: 'Phòng Tư pháp',
        coordinateRaw: 'Các cơ quan, đơn vị thuộc UBND huyện',
        timeRaw: 'Trước ngày 15/01/2024',
      },
      {
        text: 'Báo cáo kết quả công tác rà soát, hệ thống hóa văn bản QPPL trong năm rà soát',
        outputs: ['Báo cáo'],
        leadRaw: 'Phòng Tư pháp',
        coordinateRaw: '',
        timeRaw: 'Trước ngày 18/11/2024',
      },
      {
        text: 'Công bố danh mục văn bản QPPL do HĐND, UBND huyện ban hành hết liệu lực, ngưng hiệu lực',
        outputs: ['Quyết định'],
        leadRaw: 'Phòng Tư pháp',
        coordinateRaw: 'Văn phòng HĐND & UBND huyện',
        timeRaw: 'Trước ngày 31/01/2024',
      },
    ]);
  });

  it('task 12: three rows (1268–1365)', () => {
    expect(rows('12')).toEqual([
      {
        text: 'Tổ chức tập huấn, bồi dưỡng nghiệp vụ cho cán bộ, công chức, những người làm công tác xây dựng pháp luật',
        outputs: ['Kế hoạch'],
        leadRaw: 'Phòng Tư pháp',
        coordinateRaw: 'Các cơ quan, đơn vị liên quan',
        timeRaw: 'Theo thời gian quy định',
      },
      {
        text: 'Xây dựng và ban hành Kế hoạch theo dõi tình hình thi hành pháp luật',
        outputs: ['Kế hoạch'],
        leadRaw: 'Phòng Tư pháp',
        coordinateRaw: 'Văn phòng HĐND & UBND huyện',
        timeRaw: 'Trước ngày 15/02/2024',
      },
      {
        text: 'Tổ chức thực hiện văn bản QPPL thuộc ngành, lĩnh vực quản lý',
        outputs: ['Văn bản triển khai (Chương trình, kế hoạch, quyết định, công văn, báo cáo,…)'],
        leadRaw: 'Phòng Tư pháp',
        coordinateRaw: 'Các cơ quan, đơn vị liên quan',
        timeRaw: 'Thường xuyên',
      },
    ]);
  });

  it('task 18 (1649–1685)', () => {
    expect(task('18').title).toBe('Xây dựng và tổ chức thực hiện Kế hoạch Kiểm soát thủ tục hành chính năm 2024');
    expect(rows('18')).toEqual([
      {
        text: 'Xây dựng dự thảo, tổ chức lấy ý kiến',
        outputs: ['Kế hoạch của UBND huyện'],
        leadRaw: 'Văn phòng HĐND&UBND huyện',
        coordinateRaw: 'Các cơ quan, chuyên môn thuộc huyện, UBND các xã, thị trấn',
        timeRaw: 'Quý I/2024',
      },
    ]);
  });

  it('task 28: "huyện; UBND" keeps the second lead in the same cell (2315–2356)', () => {
    expect(rows('28')).toEqual([
      {
        text: 'Phát phiếu, hướng dẫn người dân, tổ chức đánh giá và gửi phiếu đánh giá',
        outputs: ['Báo cáo kết quả khảo sát'],
        leadRaw: 'Văn phòng HĐND&UBND huyện; UBND xã, thị trấn',
        coordinateRaw: 'Các cơ quan, đơn vị liên quan',
        timeRaw: 'Hàng Quý',
      },
    ]);
  });

  it('task 29: "TW" ends the title; "Quyết định Phòng Nội vụ" split (2360–2414)', () => {
    expect(task('29').title).toBe(
      '100% cơ quan, đơn vị được quy định đầy đủ chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức theo quy định của Chính phủ và hướng dẫn của Bộ, ngành TW',
    );
    expect(rows('29')).toEqual([
      {
        text: 'Ban hành mới hoặc điều chỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các CQCM cấp tỉnh, cấp huyện theo quy định mới của Chính phủ và hướng dẫn của các Bộ, ngành TƯ',
        outputs: ['Quyết định'],
        leadRaw: 'Phòng Nội vụ',
        coordinateRaw: 'Các phòng chuyên môn thuộc UBND huyện',
        timeRaw: 'Thường xuyên',
      },
    ]);
  });

  it('task 30 (2417–2439)', () => {
    expect(task('30').title).toBe('Tham mưu các nội dung phân cấp; Tiến hành kiểm tra các nội dung phân cấp');
    expect(rows('30')).toEqual([
      {
        text: 'Quyết định phân cấp và tổ chức kiểm tra',
        outputs: ['Quyết định'],
        leadRaw: 'Phòng Nội vụ',
        coordinateRaw: 'Các cơ quan, đơn vị thuộc UBND huyện',
        timeRaw: 'Quý III/2024',
      },
    ]);
  });

  it('task 32: a note in the narrow Ghi chú column, apart from the time (2494–2549)', () => {
    // 2535 "Thường" 2537 "xuyên" then 2539–2549 "Kế" "hoạch" "ban" "hành" "trong" "quý I"
    expect(task('32').note).toBe('Kế hoạch ban hành trong quý I');
    expect(rows('32')).toEqual([
      {
        text: 'Bồi dưỡng CBCCVC theo chức danh, vị trí việc làm theo quy định; Đánh giá CBCCVC theo kết quả công việc',
        outputs: ['Kế hoạch; báo cáo'],
        leadRaw: 'Phòng Nội vụ',
        coordinateRaw: 'Các phòng chuyên môn; UBND các xã, thị trấn',
        timeRaw: 'Thường xuyên',
      },
    ]);
  });

  it('task 34: "Đề án, Báo cáo Phòng Nội vụ" split (2593–2633)', () => {
    expect(rows('34')).toEqual([
      {
        text: 'Xây dựng Đề án vị trí việc làm, khung năng lực của từng vị trí việc làm tại các cơ quan chuyên môn thuộc UBND huyện',
        outputs: ['Đề án, Báo cáo'],
        leadRaw: 'Phòng Nội vụ',
        coordinateRaw: 'Các cơ quan, đơn vị thuộc UBND huyện',
        timeRaw: 'Thường xuyên',
      },
    ]);
  });

  it('task 35: the activity cut by the page break at 2675 continues on the next page (2698–2702)', () => {
    expect(rows('35')).toEqual([
      {
        text: '- Hướng dẫn thực hiện đánh giá, xếp loại CVCCVC - Xây dựng quy chế và thực hiện đánh giá CBCCVC',
        outputs: ['Quyết định; Báo cáo'],
        leadRaw: 'Phòng Nội vụ',
        coordinateRaw: 'Các cơ quan, đơn vị thuộc UBND huyện; UBND các xã, thị trấn',
        timeRaw: 'Cả năm',
      },
    ]);
    expect(result.diagnostics.some((d) => d.code === 'pdf-row-rejoined' && d.line === 2698)).toBe(true);
  });

  it('task 46: title and activity both continue after the page break at 3110 (3133–3147)', () => {
    expect(task('46').title).toBe(
      'Thực hiện chuyển đổi đơn vị sự nghiệp công lập thành công ty cổ phần theo Nghị định số 150/2020/NĐ-CP ngày 25/12/2020 của Chính phủ; triển khai thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập theo Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ',
    );
    expect(rows('46')).toEqual([
      {
        text: 'Hướng dẫn, xây dựng kế hoạch tổ chức thực hiện chuyển đổi đối với các đơn vị sự nghiệp đảm bảo đủ điều kiện',
        outputs: ['Kế hoạch, Quyết định'],
        leadRaw: 'Phòng Tài chính - Kế hoạch',
        coordinateRaw: 'Các đơn vị sự nghiệp thuộc UBND huyện',
        timeRaw: 'Thường xuyên',
      },
    ]);
  });

  it('task 51, the last line of the file (3334–3383)', () => {
    expect(rows('51')).toEqual([
      {
        text: 'Tham mưu thực hiện hoàn thành việc cập nhật thông tin lên Trang thông tin điện tử cấp huyện; hướng dẫn áp dụng hiệu quả trang thông tin điện tử cấp xã',
        outputs: ['Báo cáo CCHC, Báo cáo ứng dụng CNTT'],
        leadRaw: 'Phòng Văn hóa - Thông tin',
        coordinateRaw: 'UBND các xã, thị trấn',
        timeRaw: 'Năm 2024',
      },
    ]);
  });
});

describe('hai-lang-2024 doubts are reported, not hidden', () => {
  it('flags "Hằng năm" left at the end of task 13\'s outputs (1410)', () => {
    const d = result.diagnostics.find((x) => x.line === 1410);
    expect(d).toMatchObject({ level: 'warning', code: 'pdf-time-in-cell', field: 'Sản phẩm đầu ra', text: 'Hằng năm' });
  });

  it('flags "DVC tỉnh" (2028), the end of task 24\'s title, when it is cut off as a cell of its own', () => {
    // 2026 "quả giải quyết trên cổng" 2028 "DVC tỉnh": the title reads "... trên cổng DVC tỉnh".
    const t = task('24');
    const cutOff = !t.title.endsWith('trên cổng DVC tỉnh');
    const flagged = result.diagnostics.some((d) => d.code === 'pdf-fragment' && d.line === 2028);
    expect(cutOff).toBe(flagged);
  });

  it('reports each line that held two cells ("Kế hoạch Phòng Tư pháp", 1146)', () => {
    expect(
      result.diagnostics.some((d) => d.code === 'pdf-line-split' && d.line === 1146 && d.text === 'Phòng Tư pháp'),
    ).toBe(true);
  });
});
