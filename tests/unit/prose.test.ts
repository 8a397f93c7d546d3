import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseProse } from '../../src/import/prose/parse';
import { cleanPdfText } from '../../src/import/pdf/text';
import { areaKey } from '../../src/import/areas';

const source = (name: string) => readFileSync(new URL(`../../content/sources/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/prose/${name}`, import.meta.url), 'utf8');

const VL = source('vinh-linh-2021-2025.txt');
const vl = parseProse(VL, {
  file: 'vinh-linh-2021-2025.txt',
  plan: 'vinh-linh-2021-2025',
  period: { from: 2021, to: 2025 },
  tasksFromBullets: true,
});
const areaOf = (key: string) => vl.areas.find((a) => areaKey(a.label) === key)!;

/** Every non-empty line before the appendix is in the ledger exactly once. */
function expectConserved(text: string, ledger: { line: number; text: string }[]) {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => /^\s*(\*\*)?PHỤ LỤC\b/u.test(l) || l.includes('\t'));
  const expected = lines
    .slice(0, end < 0 ? lines.length : end)
    .map((t, i) => ({ line: i + 1, t }))
    .filter((l) => l.t.trim())
    .map((l) => l.line);
  expect(ledger.map((e) => e.line).sort((a, b) => a - b)).toEqual(expected);
  for (const e of ledger) expect(lines[e.line - 1]).toBe(e.text);
}

describe('parseProse on Vĩnh Linh (vinh-linh-2021-2025, prose only)', () => {
  it('finds the seven areas of part II in printed order', () => {
    // vinh-linh:80,120,170,214,260,296,354
    expect(vl.areas.filter((a) => areaKey(a.label)).map((a) => [a.number, areaKey(a.label)])).toEqual([
      ['1', 'the-che'],
      ['2', 'tthc'],
      ['3', 'bo-may'],
      ['4', 'cong-vu'],
      ['5', 'tai-chinh'],
      ['6', 'so'],
      ['7', 'chi-dao'],
    ]);
  });

  it('gives every area objectives, tasks and targets', () => {
    for (const key of ['the-che', 'tthc', 'bo-may', 'cong-vu', 'tai-chinh', 'so', 'chi-dao']) {
      const a = areaOf(key);
      expect(
        a.statements.some((s) => s.kind === 'objective'),
        key,
      ).toBe(true);
      expect(
        a.statements.some((s) => s.kind === 'task'),
        key,
      ).toBe(true);
      expect(
        vl.targets.some((t) => areaKey(t.areaLabel) === key),
        key,
      ).toBe(true);
    }
  });

  it('numbers statements from the printed "1." and "b)" plus the bullet position', () => {
    // vinh-linh:96 "- Nâng cao chất lượng công tác xây dựng pháp luật:" is the 2nd bullet of "b) Nhiệm vụ" (line 92).
    const s = areaOf('the-che').statements.find((s) => s.number === '1.b.2')!;
    expect(s.text).toBe('Nâng cao chất lượng công tác xây dựng pháp luật:');
    expect(s.kind).toBe('task');
    // Its three "+" sub-bullets (lines 98-104); the first is cut by a page break at line 98/100.
    expect(s.children).toHaveLength(3);
    expect(s.children[0]).toContain('công tác xây dựng các VBQPPL nhằm đảm bảo tính hợp hiến');
    expect(s.source.lines).toEqual([96, 104]);
  });

  it('re-importing gives the same numbers', () => {
    const again = parseProse(VL, { file: 'x', plan: 'x', period: { from: 2021, to: 2025 } });
    expect(again.areas.flatMap((a) => a.statements.map((s) => s.number))).toEqual(
      vl.areas.flatMap((a) => a.statements.map((s) => s.number)),
    );
  });

  it('keeps "Đến năm 2025:" as a statement holding its items', () => {
    // vinh-linh:132 "**Đến năm 2025:**" then five "+" items (134-142).
    const s = areaOf('tthc').statements.find((s) => s.text === 'Đến năm 2025')!;
    expect(s.kind).toBe('objective');
    expect(s.children).toHaveLength(5);
    expect(s.children[1]).toMatch(/^Tối thiểu 80% hồ sơ giải quyết thủ tục hành chính được luân chuyển/);
  });

  it('reads plan-level objectives, requirements and numbered solutions', () => {
    const all = vl.areas.flatMap((a) => a.statements);
    // vinh-linh:64-76: six requirement bullets under "2. Yêu cầu".
    expect(all.filter((s) => s.kind === 'requirement')).toHaveLength(6);
    // vinh-linh:386-404 "IV. GIẢI PHÁP THỰC HIỆN" numbered 1.-8.
    expect(all.filter((s) => s.kind === 'solution').map((s) => s.number)).toEqual([
      'IV.1',
      'IV.2',
      'IV.3',
      'IV.4',
      'IV.5',
      'IV.6',
      'IV.7',
      'IV.8',
    ]);
  });

  it('makes a task of each Nhiệm vụ bullet, led by the unit the duties section names', () => {
    const t = vl.tasks.find((t) => t.number === '1.2')!;
    expect(t.title).toBe('Nâng cao chất lượng công tác xây dựng pháp luật:');
    expect(t.activities).toHaveLength(3);
    expect(t.leadFromDuties).toBe(true);
    expect(t.leadRaw).toBe('Phòng Tư pháp'); // vinh-linh:446-448
    expect(vl.tasks.find((t) => t.number === '2.1')!.leadRaw).toBe('Văn phòng HĐND và UBND huyện'); // :454-456
    expect(vl.tasks.find((t) => t.number === '5.1')!.leadRaw).toBe('Phòng Tài chính- Kế hoạch'); // :462-464
    // tài chính công has seven bullets (282-294), one printed without its dash (288).
    expect(vl.tasks.filter((t) => t.section === '5')).toHaveLength(7);
    expect(vl.diagnostics.some((d) => d.code === 'bullet-missing' && d.line === 288)).toBe(true);
  });

  it('reports the numbering jumps but keeps going', () => {
    // vinh-linh:462 "5. Phòng Tài chính- Kế hoạch" then :474 "7. Phòng Văn hóa và thông tin".
    expect(vl.diagnostics.some((d) => d.code === 'numbering-gap' && d.line === 474)).toBe(true);
    // Parts: II (78) is followed by IV (386), no III.
    expect(vl.diagnostics.some((d) => d.code === 'numbering-gap' && /2 → 4/.test(d.message))).toBe(true);
    expect(vl.duties.some((d) => d.unitRaw === 'Phòng Văn hóa và thông tin')).toBe(true);
  });

  it('accounts for every non-empty line', () => {
    expectConserved(VL, vl.ledger);
    expect(vl.ledger.filter((e) => e.line < 51).every((e) => e.to === 'prose')).toBe(true); // the Quyết định before "## KẾ HOẠCH"
  });
});

describe('parseProse on the prose before an appendix', () => {
  it('vp-ubnd-2024: eight areas, stops at PHỤ LỤC, conserves lines', () => {
    const text = source('vp-ubnd-2024.txt');
    const r = parseProse(text, { file: 'vp', plan: 'vp', period: { from: 2024, to: 2024 } });
    expect(r.areas.filter((a) => areaKey(a.label)).map((a) => areaKey(a.label))).toEqual([
      'chi-dao',
      'the-che',
      'tthc',
      'bo-may',
      'cong-vu',
      'tai-chinh',
      'so',
      'chi-so',
    ]);
    expect(r.tasks).toEqual([]); // a table plan: bullets are statements only
    expectConserved(text, r.ledger);
    expect(Math.max(...r.ledger.map((e) => e.line))).toBeLessThan(195); // vp-ubnd:195 "PHỤ LỤC"
  });

  it('snv-2026: "3. Các chỉ tiêu cụ thể" are objectives; the footnote is reported, not a heading', () => {
    const text = source('snv-2026.txt');
    const r = parseProse(text, { file: 'snv', plan: 'snv', period: { from: 2026, to: 2026 } });
    expectConserved(text, r.ledger);
    // snv:77 "2. Cải cách thể chế" then :79 "¹ - Phát triển khoa học ..."
    expect(r.areas.find((a) => a.number === '2')!.label).toBe('Cải cách thể chế');
    expect(r.ledger.find((e) => e.line === 79)!.to).toBe('quality');
    expect(r.diagnostics.some((d) => d.code === 'footnote-in-body' && d.line === 79)).toBe(true);
    // snv:47 "- Mức độ hài lòng ... đạt tối thiểu 95%." under "3. Các chỉ tiêu cụ thể".
    const s = r.areas[0]!.statements.find((s) => s.source.lines[0] === 47)!;
    expect(s.kind).toBe('objective');
    expect(s.number).toBe('I.3.6');
  });

  it('hai-lang-2024: reads cleaned PDF paragraphs and the duties in "2.1. Phòng Nội vụ" shape', () => {
    const text = source('hai-lang-2024.txt');
    const r = parseProse(text, { file: 'hl', plan: 'hl', period: { from: 2024, to: 2024 }, lines: cleanPdfText(text) });
    expect(r.areas.filter((a) => areaKey(a.label)).length).toBe(7);
    // hai-lang:613-617 "2.3. Phòng Tư pháp" / "Chủ trì, ... lĩnh vực cải cách thể chế"
    expect(r.duties.find((d) => d.areaLabels.includes('the-che') && d.role === 'lead')!.unitRaw).toBe('Phòng Tư pháp');
    // hai-lang:465 "(Chi tiết các nhiệm vụ CCHC tại Phụ lục kèm theo)" points to the appendix.
    expect(r.ledger.find((e) => e.line === 465)!.to).toBe('prose');
    expect(Math.max(...r.ledger.map((e) => e.line))).toBeLessThan(722);
  });
});

describe('parseProse on fixtures of other shapes', () => {
  const text = fixture('mixed-headings.md');
  const r = parseProse(text, { file: 'f', plan: 'f', period: { from: 2021, to: 2025 }, tasksFromBullets: true });

  it('reads #, ##### and bold headings alike', () => {
    expect(r.areas.map((a) => a.number)).toEqual(['I', '1', '3']);
    const the = r.areas[1]!;
    expect(the.statements.map((s) => `${s.kind} ${s.number}`)).toEqual([
      'objective 1.a.1',
      'objective 1.a.2',
      'task 1.b.1',
      'task 1.b.2',
    ]);
    expect(the.statements[2]!.children).toEqual([
      'Rà soát định kỳ các văn bản quy phạm pháp luật do huyện ban hành, trọng tâm là văn bản về tổ chức bộ máy và quản lý cán bộ, công chức',
      'Công bố kết quả rà soát.',
    ]);
    expect(r.diagnostics.some((d) => d.code === 'numbering-gap' && /1 sang 3/.test(d.message))).toBe(true);
  });

  it('takes a lead from either duty shape and an item handed to another unit', () => {
    expect(r.tasks.find((t) => t.number === '1.1')!.leadRaw).toBe('Phòng Tư pháp');
    expect(r.tasks.find((t) => t.number === '3.1')!.leadRaw).toBe('Văn phòng HĐND và UBND huyện');
    expect(r.duties.find((d) => d.text.startsWith('Phối hợp với Phòng Tư pháp'))).toMatchObject({
      unitRaw: 'Văn phòng HĐND và UBND huyện',
      role: 'coordinate',
    });
    expect(r.duties.find((d) => d.text.startsWith('Giao Phòng Nội vụ'))!.unitRaw).toBe('Phòng Nội vụ');
  });

  it('takes deadlines from the sentence, the lead-in, or the plan period for objectives', () => {
    const byValue = (v: number) => r.targets.find((t) => t.value === v)!;
    expect(byValue(90)).toMatchObject({ comparator: 'min', deadlineYear: 2025, deadlineRaw: '' });
    expect(byValue(100)).toMatchObject({ comparator: 'exact', deadlineYear: 2030 });
    expect(byValue(98)).toMatchObject({ comparator: 'min', comparatorRaw: 'đạt từ … trở lên', deadlineYear: 2025 });
  });

  it('conserves lines', () => expectConserved(text, r.ledger));

  it('reads pre-cleaned PDF paragraphs', () => {
    const pdf = fixture('pdf-wrapped.txt');
    const p = parseProse(pdf, { file: 'p', plan: 'p', period: { from: 2024, to: 2024 }, lines: cleanPdfText(pdf) });
    expect(p.areas.map((a) => a.number)).toEqual(['I', '2']);
    expect(p.areas[1]!.statements[0]!.text).toContain('100% UBND cấp xã triển khai chứng thực');
    expect(p.targets).toHaveLength(1);
    expect(p.duties[0]).toMatchObject({ unitRaw: 'Phòng Tư pháp', role: 'lead', areaLabels: ['the-che'] });
  });
});
