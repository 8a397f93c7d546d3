import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dutyHead, dutyRole, areasNamed, leadsByArea } from '../../src/import/prose/duties';
import { parseProse } from '../../src/import/prose/parse';

const source = (name: string) => readFileSync(new URL(`../../content/sources/${name}`, import.meta.url), 'utf8');
const vl = parseProse(source('vinh-linh-2021-2025.txt'), { file: 'vl', plan: 'vl', period: { from: 2021, to: 2025 } });

describe('duties of Vĩnh Linh (vinh-linh-2021-2025, "VI. TỔ CHỨC THỰC HIỆN")', () => {
  const leads = leadsByArea(vl.duties);

  it('Phòng Tư pháp leads cải cách thể chế', () => {
    // vinh-linh:446 "## **3. Phòng Tư pháp**", :448 "a) Chủ trì, ... thực hiện các nhiệm vụ về cải cách thể chế; ..."
    expect(leads.get('the-che')).toBe('Phòng Tư pháp');
  });

  it('Văn phòng HĐND và UBND huyện leads cải cách thủ tục hành chính', () => {
    // vinh-linh:454 "#### **4. Văn phòng HĐND và UBND huyện**", :456 "a) Chủ trì, ... nội dung cải cách thủ tục hành chính; ..."
    expect(leads.get('tthc')).toBe('Văn phòng HĐND và UBND huyện');
  });

  it('Phòng Tài chính - Kế hoạch leads cải cách tài chính công', () => {
    // vinh-linh:462 "#### **5. Phòng Tài chính- Kế hoạch**" (printed without a space before the dash), :464
    expect(leads.get('tai-chinh')?.replace(/\s*-\s*/, ' - ')).toBe('Phòng Tài chính - Kế hoạch');
  });

  it('Phòng Nội vụ leads chỉ đạo điều hành, bộ máy and công vụ; Phòng Văn hóa và thông tin leads chính quyền số', () => {
    // vinh-linh:436 "c) Chủ trì, ... Công tác chỉ đạo, điều hành, cải cách tổ chức bộ máy hành chính nhà nước, cải cách chế độ công vụ."
    expect(leads.get('chi-dao')).toBe('Phòng Nội vụ');
    expect(leads.get('bo-may')).toBe('Phòng Nội vụ');
    expect(leads.get('cong-vu')).toBe('Phòng Nội vụ');
    // vinh-linh:474-476 "7. Phòng Văn hóa và thông tin:" / "a) Chủ trì, ... phát triển Chính phủ điện tử, Chính phủ số"
    expect(leads.get('so')).toBe('Phòng Văn hóa và thông tin');
  });

  it('keeps each item with its unit and lines', () => {
    const tuPhap = vl.duties.filter((d) => d.unitRaw === 'Phòng Tư pháp');
    expect(tuPhap.map((d) => d.lines[0])).toEqual([448, 450, 452]);
    // vinh-linh:508 "Phối hợp với các cơ quan, đơn vị có liên quan xây dựng chuyên mục ..."
    expect(vl.duties.find((d) => d.lines[0] === 508)).toMatchObject({
      unitRaw: 'Trung tâm Văn hóa thông tin và Thể dục- thể thao',
      role: 'coordinate',
    });
    // vinh-linh:414 the items a)-e) of "1. Giao Thủ trưởng các phòng chuyên môn, ..." belong to that group
    expect(
      vl.duties.filter((d) => d.unitRaw.startsWith('Thủ trưởng các phòng chuyên môn')).map((d) => d.lines[0]),
    ).toEqual([416, 418, 420, 424, 426, 428]);
  });

  it('never lets a collective group lead an area', () => {
    expect([...leads.values()].some((u) => /^Thủ trưởng/.test(u))).toBe(false);
  });
});

describe('dutyHead', () => {
  it('reads the unit at the start of a one-paragraph duty (vp-ubnd-2024)', () => {
    // vp-ubnd:163 "3. Phòng Nội chính tham mưu tổ chức thực hiện các nội dung về cải cách thủ tục hành chính, ..."
    expect(
      dutyHead('3. Phòng Nội chính tham mưu tổ chức thực hiện các nội dung về cải cách thủ tục hành chính'),
    ).toEqual({
      unitRaw: 'Phòng Nội chính',
      rest: 'tham mưu tổ chức thực hiện các nội dung về cải cách thủ tục hành chính',
    });
    // vp-ubnd:165, :169, :177
    expect(dutyHead('4. Trung tâm Phục vụ hành chính công tỉnh: Triển khai có hiệu quả')!.unitRaw).toBe(
      'Trung tâm Phục vụ hành chính công tỉnh',
    );
    expect(dutyHead('6. Phòng Hành chính - Tổ chức giúp lãnh đạo Văn phòng theo dõi')!.unitRaw).toBe(
      'Phòng Hành chính - Tổ chức',
    );
    expect(dutyHead('9. Phòng Quản trị - Tài vụ có kế hoạch đảm bảo kinh phí')!.unitRaw).toBe(
      'Phòng Quản trị - Tài vụ',
    );
  });

  it('reads a bare heading and a "Giao ..." opening (vinh-linh-2021-2025, snv-2026)', () => {
    expect(dutyHead('**2. Phòng Nội vụ:**')).toEqual({ unitRaw: 'Phòng Nội vụ', rest: '' }); // vinh-linh:430
    // snv:153 "3. Giao Văn phòng Sở theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch này; ..."
    expect(dutyHead('3. Giao Văn phòng Sở theo dõi, kiểm tra, đôn đốc')!.unitRaw).toBe('Văn phòng Sở');
  });

  it('returns null when the paragraph does not open with a unit', () => {
    // snv:155 "4. Trong quá trình triển khai thực hiện, nếu có khó khăn, ..."
    expect(dutyHead('4. Trong quá trình triển khai thực hiện, nếu có khó khăn')).toBeNull();
    expect(dutyHead('2. Phân công thực hiện một số nội dung, nhiệm vụ cụ thể')).toBeNull(); // hai-lang:526
  });
});

describe('dutyRole and areasNamed', () => {
  it('tells lead from coordinate', () => {
    expect(dutyRole('a) Chủ trì, phối hợp các cơ quan có liên quan')).toBe('lead');
    expect(dutyRole('Phối hợp với phòng Văn hóa - Thông tin')).toBe('coordinate');
    // vinh-linh:512
    expect(
      dutyRole('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và Đoàn thể các cấp tăng cường phối hợp thực hiện giám sát'),
    ).toBe('coordinate');
  });

  it('finds areas anywhere in the text', () => {
    // vinh-linh:436
    expect(
      areasNamed(
        'c) Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan triển khai các nội dung: Công tác chỉ đạo, điều hành, cải cách tổ chức bộ máy hành chính nhà nước, cải cách chế độ công vụ.',
      ),
    ).toEqual(['chi-dao', 'bo-may', 'cong-vu']);
    // hai-lang:543-544 "... tham mưu, thực hiện công tác cải cách tổ chức bộ máy, cải cách công vụ, công chức."
    expect(areasNamed('tham mưu, thực hiện công tác cải cách tổ chức bộ máy, cải cách công vụ, công chức.')).toEqual([
      'bo-may',
      'cong-vu',
    ]);
    expect(areasNamed('Chủ trì triển khai có hiệu quả Cơ sở dữ liệu hộ tịch điện tử')).toEqual([]);
  });
});

describe('leadsByArea', () => {
  it('prefers the unit whose duty opens with "Chủ trì" over one that only mentions the area', () => {
    const d = (unitRaw: string, text: string) => ({
      unitRaw,
      role: dutyRole(text),
      areaLabels: areasNamed(text),
      text,
      lines: [1, 1] as [number, number],
    });
    const leads = leadsByArea([
      // shaped like vinh-linh:460 (VP's c): names TTHC without "Chủ trì")
      d('Phòng Văn hóa và Thông tin', 'Hướng dẫn các cơ quan giải quyết thủ tục hành chính trên môi trường điện tử.'),
      d(
        'Văn phòng HĐND và UBND huyện',
        'Chủ trì, phối hợp các cơ quan có liên quan thực hiện nội dung cải cách thủ tục hành chính.',
      ),
      d('Phòng Nội vụ', 'Phối hợp thực hiện cải cách thể chế.'),
      d('Các phòng, ban, đơn vị', 'Thực hiện cải cách tài chính công tại đơn vị.'),
    ]);
    expect(leads.get('tthc')).toBe('Văn phòng HĐND và UBND huyện');
    expect(leads.has('the-che')).toBe(false); // only a "phối hợp" duty names it
    expect(leads.has('tai-chinh')).toBe(false); // a collective group never leads
  });
});
