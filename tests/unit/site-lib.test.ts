import { describe, expect, it } from 'vitest';
import { withBase, absoluteUrl, sourceHref, lineAnchor } from '../../src/lib/site/url';
import { collator, compareNumbers, initialOf } from '../../src/text/collator';
import { citePlan, citeTask } from '../../src/lib/publish/citation';
import { describeTime, formatDate, nextDeadline } from '../../src/lib/time/describe';
import { jurisdictionLabel, jurisdictionRank } from '../../src/lib/units/jurisdiction';

describe('url', () => {
  it('adds the base path once', () => {
    expect(withBase('/vp-ubnd-2024/13/', '/')).toBe('/vp-ubnd-2024/13/');
    expect(withBase('/vp-ubnd-2024/13/', '/cchc/')).toBe('/cchc/vp-ubnd-2024/13/');
    expect(withBase('/', '/cchc')).toBe('/cchc/');
    expect(withBase('#L1', '/cchc/')).toBe('#L1');
  });
  it('makes absolute URLs from the site and base', () => {
    expect(absoluteUrl('/vp-ubnd-2024/13/', 'https://cchc.quangtri.gov.vn', '/')).toBe(
      'https://cchc.quangtri.gov.vn/vp-ubnd-2024/13/',
    );
    expect(absoluteUrl('/vp-ubnd-2024/13/', 'https://example.org/', '/cchc/')).toBe(
      'https://example.org/cchc/vp-ubnd-2024/13/',
    );
  });
  it('links line ranges of the source viewer', () => {
    expect(lineAnchor([120, 134])).toBe('L120-L134');
    expect(lineAnchor([7, 7])).toBe('L7');
    expect(sourceHref('vp-ubnd-2024', [226, 229], '/')).toBe('/vp-ubnd-2024/van-ban/#L226-L229');
  });
});

describe('Vietnamese order', () => {
  it('sorts Đ after D and accented initials among their letter', () => {
    const names = ['Ủy ban nhân dân', 'Đài Phát thanh', 'Sở Tư pháp', 'Ban Dân tộc', 'Dịch vụ', 'Ấp', 'Văn phòng'];
    expect([...names].sort(collator.compare)).toEqual([
      'Ấp',
      'Ban Dân tộc',
      'Dịch vụ',
      'Đài Phát thanh',
      'Sở Tư pháp',
      'Ủy ban nhân dân',
      'Văn phòng',
    ]);
  });
  it('gives the index letter, Đ apart from D', () => {
    expect(initialOf('Đài')).toBe('Đ');
    expect(initialOf('Ủy ban')).toBe('U');
    expect(initialOf('phòng')).toBe('P');
  });
  it('orders printed task numbers', () => {
    expect(['10', '2', '1'].sort(compareNumbers)).toEqual(['1', '2', '10']);
    expect(['II.10', 'IX.1', 'II.9', 'V.1'].sort(compareNumbers)).toEqual(['II.9', 'II.10', 'V.1', 'IX.1']);
    expect(['2.3', '2.10', '1.5'].sort(compareNumbers)).toEqual(['1.5', '2.3', '2.10']);
  });
});

describe('citation', () => {
  // vp-ubnd-2024.txt:198 "(Kèm theo Kế hoạch số: /KH-VP ngày /01/2024 ...)": no number, no date.
  const vp = {
    title: 'Kế hoạch cải cách hành chính, duy trì nâng cao các chỉ số PAR INDEX, PAPI, PCI, SIPAS năm 2024',
    issuer: 'Văn phòng UBND tỉnh Quảng Trị',
    appendix: 'Phụ lục Nhiệm vụ, giải pháp trọng tâm nâng cao chỉ số CCHC năm 2024',
    format: 'tsv',
  };
  it('cites appendix, section and task number, and says what the document leaves blank', () => {
    // vp-ubnd-2024.txt:217 "III CẢI CÁCH THỦ TỤC HÀNH CHÍNH", :226 row "13" under it.
    const section = { number: 'III', label: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH' };
    expect(citeTask({ number: '13', areaLabel: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', section }, vp)).toBe(
      'Nhiệm vụ số 13, mục III "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", Phụ lục Nhiệm vụ, giải pháp trọng tâm nâng cao chỉ số CCHC năm 2024 kèm theo Kế hoạch cải cách hành chính, duy trì nâng cao các chỉ số PAR INDEX, PAPI, PCI, SIPAS năm 2024 của Văn phòng UBND tỉnh Quảng Trị (số, ngày chưa ghi trong văn bản)',
    );
  });
  it('writes number and date where known, and says which one is blank', () => {
    const known = { ...vp, appendix: 'Phụ lục', documentNumber: '12/KH-VP', issuedOn: '2024-01-15' };
    expect(citeTask({ number: '13', areaLabel: '' }, known)).toBe(
      'Nhiệm vụ số 13, Phụ lục kèm theo Kế hoạch cải cách hành chính, duy trì nâng cao các chỉ số PAR INDEX, PAPI, PCI, SIPAS năm 2024 số 12/KH-VP ngày 15/01/2024 của Văn phòng UBND tỉnh Quảng Trị',
    );
    expect(citePlan({ ...known, issuedOn: undefined })).toMatch(
      /số 12\/KH-VP của Văn phòng UBND tỉnh Quảng Trị \(ngày chưa ghi trong văn bản\)$/,
    );
    expect(citePlan({ ...known, documentNumber: undefined })).toMatch(
      /ngày 15\/01\/2024 của .* \(số chưa ghi trong văn bản\)$/,
    );
  });
  it('does not say "kèm theo" twice when the appendix title has it', () => {
    // qt-2021-2025.meta.yaml appendix: "Phụ lục kèm theo Quyết định của UBND tỉnh".
    expect(
      citeTask({ number: '1', areaLabel: '' }, { ...vp, appendix: 'Phụ lục kèm theo Quyết định của UBND tỉnh' }),
    ).toMatch(/^Nhiệm vụ số 1, Phụ lục kèm theo Quyết định của UBND tỉnh, Kế hoạch cải cách/);
  });
  it('cites a plan issued by a decision through the decision', () => {
    // vinh-linh-2021-2025.txt:6,11: "Số: 5486/QĐ-UBND", "ngày 31 tháng 12 năm 2021".
    const vl = {
      title: 'Kế hoạch cải cách hành chính nhà nước huyện Vĩnh Linh giai đoạn 2021-2025, định hướng đến năm 2030',
      issuer: 'UBND huyện Vĩnh Linh',
      documentNumber: '5486/QĐ-UBND',
      issuedOn: '2021-12-31',
      format: 'prose',
    };
    expect(citePlan(vl)).toBe(
      'Kế hoạch cải cách hành chính nhà nước huyện Vĩnh Linh giai đoạn 2021-2025, định hướng đến năm 2030 ban hành kèm theo Quyết định số 5486/QĐ-UBND ngày 31/12/2021 của UBND huyện Vĩnh Linh',
    );
    expect(citeTask({ number: '2.3', areaLabel: 'Cải cách thủ tục hành chính' }, vl)).toMatch(
      /^Nhiệm vụ số 2\.3, mục "Cải cách thủ tục hành chính", Kế hoạch/,
    );
    // vinh-linh-2021-2025.txt: the section "2. Cải cách thủ tục hành chính" numbers task 2.3.
    expect(
      citeTask({ number: '2.3', areaLabel: '', section: { number: '2', label: 'Cải cách thủ tục hành chính' } }, vl),
    ).toMatch(/^Nhiệm vụ số 2\.3, mục 2 "Cải cách thủ tục hành chính", Kế hoạch .* của UBND huyện Vĩnh Linh$/);
  });
});

describe('time', () => {
  it('formats dates the Vietnamese way', () => expect(formatDate('2024-09-30')).toBe('30/09/2024'));
  it('describes what was understood', () => {
    expect(describeTime({ raw: 'Từ Quý I đến Quý III', kind: 'range', from: '2024-01-01', to: '2024-09-30' })).toBe(
      'Từ 01/01/2024 đến 30/09/2024',
    );
    expect(describeTime({ raw: 'Thường xuyên', kind: 'ongoing' })).toBe('Thường xuyên');
    expect(describeTime(null)).toBe('Không ghi thời gian');
    expect(describeTime({ raw: 'Quý IV hàng năm', kind: 'recurring', recurrence: { every: 'year', quarter: 4 } })).toBe(
      'Định kỳ hằng năm (quý IV)',
    );
  });
  it('finds the next deadline, recurring ones within the plan period', () => {
    const period = { from: 2021, to: 2025 };
    expect(
      nextDeadline(
        { raw: 'Tháng 12 hàng năm', kind: 'recurring', recurrence: { every: 'year', month: 12 } },
        period,
        '2023-06-01',
      ),
    ).toBe('2023-12-31');
    expect(
      nextDeadline(
        { raw: 'Trước ngày 15/01 hàng năm', kind: 'recurring', recurrence: { every: 'year', month: 1, day: 15 } },
        period,
        '2023-06-01',
      ),
    ).toBe('2024-01-15');
    expect(
      nextDeadline({ raw: 'Hàng năm', kind: 'recurring', recurrence: { every: 'year' } }, period, '2026-01-01'),
    ).toBeUndefined();
    expect(
      nextDeadline({ raw: 'Quý I/2024', kind: 'once', from: '2024-01-01', to: '2024-03-31' }, period, '2024-02-01'),
    ).toBe('2024-03-31');
    expect(nextDeadline({ raw: 'Thường xuyên', kind: 'ongoing' }, period, '2024-02-01')).toBeUndefined();
  });
});

describe('jurisdiction', () => {
  it('labels and ranks province, departments, districts', () => {
    expect(jurisdictionLabel('huyện Hải Lăng')).toBe('Huyện Hải Lăng');
    const order = ['huyện Vĩnh Linh', 'Sở Nội vụ tỉnh Quảng Trị', 'tỉnh Quảng Trị'].sort(
      (a, b) => jurisdictionRank(a) - jurisdictionRank(b),
    );
    expect(order).toEqual(['tỉnh Quảng Trị', 'Sở Nội vụ tỉnh Quảng Trị', 'huyện Vĩnh Linh']);
  });
});
