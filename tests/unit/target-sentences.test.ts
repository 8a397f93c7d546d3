/**
 * Targets as the documents state them: whole sentences, bounds kept as bounds,
 * the year the sentence gives. Each fact was checked by hand against
 * content/sources/ (lines quoted); the pipeline reads the real files.
 */
import { describe, it, expect } from 'vitest';
import { importContent } from '../../scripts/lib/pipeline';

const corpus = importContent('content');
const at = (plan: string, line: number) => corpus.targets.filter((t) => t.plan === plan && t.source.lines[0] === line);
const level = (t: { comparator: string; value: number; valueMax: number | null; deadlineYear: number | null }) => [
  t.comparator,
  t.value,
  t.valueMax,
  t.deadlineYear,
];

describe('qt-2021-2025 table targets', () => {
  it('I.2: "Năm 2022, đạt tỷ lệ tối thiểu tương ứng là 30%, 20%, 15%" are floors for 2022; "Giai đoạn 2023 - 2025, mỗi năm tăng tối thiểu 20%" by 2025', () => {
    // qt-2021-2025:40 "... cấp tỉnh, cấp huyện, cấp xã: - Năm 2022, đạt tỷ lệ tối thiểu tương ứng là 30%, 20%, 15%;
    // - Giai đoạn 2023 - 2025, mỗi năm tăng tối thiểu 20% đối với mỗi" (the cell goes on at :43)
    const ts = at('qt-2021-2025', 40);
    expect(ts.slice(0, 4).map(level)).toEqual([
      ['min', 30, null, 2022],
      ['min', 20, null, 2022],
      ['min', 15, null, 2022],
      ['min', 20, null, 2025],
    ]);
    expect(ts[0]!.deadlineRaw).toBe('Năm 2022');
    expect(ts[3]!.deadlineRaw).toBe('Giai đoạn 2023 - 2025');
    // Never the year of the plan's end for the 2022 figures (before: 2025).
    expect(ts.filter((t) => t.deadlineRaw === 'Năm 2022')).toHaveLength(3);
  });

  it('II.3: the 2030 bullet\'s "100% TTHC được tích hợp" is a 2030 target, not 2025', () => {
    // qt-2021-2025:44 "<li>- Đến năm 2030: Tối thiểu 90% TTHC các cấp được cung cấp trực tuyến mức độ 3 và 4.
    // 100% TTHC được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia.</li>"
    const ts = at('qt-2021-2025', 44);
    const full = ts.find((t) => t.value === 100)!;
    expect([full.deadlineYear, full.deadlineRaw]).toEqual([2030, 'Đến năm 2030']);
    expect(full.sentence).toBe('100% TTHC được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia.');
    expect(ts.map(level)).toEqual([
      ['min', 80, null, 2025], // "Đến năm 2025: Tối thiểu 80% TTHC các cấp ..."
      ['min', 80, null, 2025], // "Trong đó, ít nhất 80% TTHC được tích hợp ..."
      ['min', 90, null, 2030], // "- Đến năm 2030: Tối thiểu 90% ..."
      ['exact', 100, null, 2030],
    ]);
  });

  it('II.6: "đạt từ 30% trở lên" stays one sentence with its bound; "Đến năm 2030: 100% ..." starts the next', () => {
    // qt-2021-2025:49 "Đến năm 2025: 80% TTHC có yêu cầu nghĩa vụ tài chính," :51 "được triển khai thanh toán
    // trực tuyến, trong số đó, tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30% trở lên  Đến năm 2030: 100% TTHC
    // có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến" (no stop between the two years)
    const ts = at('qt-2021-2025', 49);
    expect(ts.map(level)).toEqual([
      ['exact', 80, null, 2025],
      ['min', 30, null, 2025],
      ['exact', 100, null, 2030],
    ]);
    expect(ts[1]!.sentence).toBe(
      'Đến năm 2025: 80% TTHC có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến, trong số đó, tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30% trở lên',
    );
    expect(ts[1]!.comparatorRaw).toBe('đạt từ … trở lên');
    expect(ts[2]!.sentence.startsWith('Đến năm 2030: 100% TTHC')).toBe(true);
  });

  it('IV.4: "Đến 2025: 15% - 25% số lãnh đạo" is a range, "trên 20%" a bound, the year written without "năm"', () => {
    // qt-2021-2025:75 "Đến 2025: 15% - 25% số lãnh đạo, quản lý cấp sở, ngành, UBND cấp huyện, trên 20% số lãnh
    // đạo, quản lý cấp phòng trực thuộc sở, ngành, UBND cấp" :78 "huyện, 60% số lãnh đạo, quản lý DNNN có đủ khả
    // năng làm việc trong môi trường quốc tế."
    const ts = at('qt-2021-2025', 75);
    expect(ts.map(level)).toEqual([
      ['min', 15, 25, 2025],
      ['more-than', 20, null, 2025],
      ['exact', 60, null, 2025],
    ]);
    expect(ts[0]!.valueRaw).toBe('15% - 25%');
    expect(ts.map((t) => t.deadlineRaw)).toEqual(['Đến 2025', 'Đến 2025', 'Đến 2025']);
  });

  it('I.2 of the objectives: "tính đến hết ngày 31 tháng 5 năm 2020" is a date in the sentence, not the target year', () => {
    // qt-2021-2025:37 "... cắt giảm, đơn giản hóa tối thiểu 20% số quy định và cắt giảm tối thiểu 20% chi phí tuân
    // thủ ... tại các văn bản đang có hiệu lực thi hành tính đến hết ngày 31 tháng 5 năm 2020"
    const ts = at('qt-2021-2025', 34);
    expect(ts).toHaveLength(2);
    for (const t of ts) {
      expect(t.deadlineYear).not.toBe(2020);
      expect(t.deadlineRaw).toBe(''); // the plan's period: the sentence names no year of its own
      expect(t.comparator === 'min' || t.comparator === 'reduce-by').toBe(true);
    }
  });

  it('VII.4: "ít nhất tại 30% UBND cấp xã" is a floor, every year', () => {
    // qt-2021-2025:124 "Hàng năm thực hiện kiểm tra công tác CCHC ít nhất 30% các sở, cơ quan ngang sở, UBND cấp
    // huyện; UBND cấp huyện tiến hành kiểm tra công tác CCHC ít nhất tại 30% UBND cấp xã trên địa bàn"
    expect(at('qt-2021-2025', 124).map(level)).toEqual([
      ['min', 30, null, null],
      ['min', 30, null, null],
    ]);
  });
});

describe('hai-lang-2024', () => {
  it('"đạt tỷ lệ tối thiểu là 85%" (digital signatures) is a floor', () => {
    // hai-lang-2024:3236-3240 "Tăng cường triển khai ứng / dụng chữ ký số chuyên / dùng, đạt tỷ lệ tối thiểu là / 85%"
    const [t] = at('hai-lang-2024', 3234);
    expect([t!.comparator, t!.value, t!.comparatorRaw]).toEqual(['min', 85, 'tối thiểu là']);
  });

  it('task 25 keeps its one sentence whole for each of its three floors', () => {
    // hai-lang-2024:2112-2130 "Tối thiểu 80% thủ tục hành chính có đủ điều kiện, được cung cấp DVCTT, trong số đó,
    // ít nhất 80% thủ tục hành chính được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia; tỷ lệ hồ sơ giải quyết
    // trực tuyến trên tổng số hồ sơ đạt tối thiểu 50%." (one cell cut into short lines)
    const ts = at('hai-lang-2024', 2110);
    expect(ts.map((t) => [t.comparator, t.value])).toEqual([
      ['min', 80],
      ['min', 80],
      ['min', 50],
    ]);
    const sentence =
      'Tối thiểu 80% thủ tục hành chính có đủ điều kiện, được cung cấp DVCTT, trong số đó, ít nhất 80% thủ tục hành chính được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia; tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ đạt tối thiểu 50%.';
    for (const t of ts) {
      expect(t.sentence).toBe(sentence);
      expect(t.sentence).toContain(t.text);
    }
  });
});

describe('every target', () => {
  it("holds its clause inside a sentence that ends where the document's does (a stop, or the end of the cell)", () => {
    for (const t of corpus.targets) {
      expect(t.sentence).toContain(t.text);
      // A cut sentence would start with a lowercase word after a clause break ("trở lên Đến năm …" did).
      expect(t.sentence).not.toMatch(/^(?:trở lên|và|trong đó)\b/iu);
    }
  });

  it('says a bound where the document writes one: "tối thiểu / ít nhất / trên / không quá / từ … trở lên" is never exact', () => {
    for (const t of corpus.targets)
      if (/^(?:đạt\s+)?(?:tối thiểu|ít nhất|trên|không quá|tối đa|từ)/iu.test(t.comparatorRaw))
        expect(t.comparator, t.sentence).not.toBe('exact');
  });
});
