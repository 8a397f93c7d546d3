/**
 * The broken-input corpus (tests/fixtures/bad/<case>/): each case is a small
 * content folder. What makes the data wrong stops the build with file, line
 * and field; what a person should review is a warning and the build goes on.
 */
import { describe, it, expect } from 'vitest';
import { runCase as run, warnings } from './bad-content';

describe('what makes the data wrong fails the build with file, line and field', () => {
  it.each([
    ['meta-missing-title', /^sources\/thu\.meta\.yaml title: /],
    ['meta-bad-period', /^sources\/thu\.meta\.yaml:4 period\.from: /],
    ['meta-period-reversed', /^sources\/thu\.meta\.yaml:4 period: period\.from phải ≤ period\.to/],
    ['meta-bad-date', /^sources\/thu\.meta\.yaml:5 issuedOn: ngày phải có dạng YYYY-MM-DD/],
    ['meta-unknown-field', /^sources\/thu\.meta\.yaml:5 nguoiKy: /],
    ['meta-bad-yaml', /^sources\/thu\.meta\.yaml:\d+ YAML: /],
    ['binary-junk', /^sources\/thu\.txt:1 không phải văn bản/],
    ['duplicate-plan-id', /trùng mã kế hoạch/],
    ['missing-meta', /^sources\/thu\.txt: thiếu tệp mô tả thu\.meta\.yaml/],
    ['missing-source', /^sources\/thu\.meta\.yaml: thiếu văn bản nguồn sources\/thu\.txt/],
    ['bad-plan-id', /mã kế hoạch "kế hoạch 2024" chỉ được gồm/],
    ['correction-no-reason', /^corrections\/thu\.yaml(:\d+)? corrections\.0\.reason: /],
    [
      'correction-stale',
      /sources\/thu\.txt \[title\] Sửa lỗi không áp dụng được: không tìm thấy "chữ không có trong văn bản"/,
    ],
  ])('%s', (name, message) => {
    const { errors, corpus } = run(name);
    expect(corpus).toBeUndefined();
    expect(
      errors?.some((e) => message.test(e)),
      `${errors?.join('\n')}`,
    ).toBe(true);
  });
});

describe('what a person should review is a warning, and the build goes on', () => {
  it.each([
    // [case, diagnostic code, line, field or text it must name]
    ['empty-file', 'plan-no-tasks', undefined, undefined],
    ['no-header', 'plan-no-tasks', undefined, undefined],
    ['wrong-columns', 'extra-cell', 7, 'thừa một ô'],
    ['shifted-row', 'shifted-row', 7, undefined],
    ['unknown-column', 'unknown-column', 3, 'Độ ưu tiên'],
    ['duplicate-number', 'duplicate-number', 7, undefined],
    ['unknown-unit', 'unit-unknown', 7, 'Ban Quản lý Vũ trụ Quảng Trị'],
    ['bad-time', 'time-unknown', 7, 'lúc trăng tròn'],
    ['truncated', 'truncated', undefined, undefined],
    ['declared-count', 'declared-count', 4, undefined],
  ])('%s → %s', (name, code, line, text) => {
    const { corpus, errors } = run(name);
    expect(errors, errors?.join('\n')).toBeUndefined();
    const found = warnings(corpus).filter((d) => d.code === code);
    expect(found.length, JSON.stringify(warnings(corpus), null, 1)).toBeGreaterThan(0);
    const d = found[0]!;
    expect(d.file).toBe('sources/thu.txt');
    if (line) expect(found.some((f) => f.line === line)).toBe(true);
    if (text) expect(found.some((f) => `${f.text ?? ''} ${f.message}`.includes(text))).toBe(true);
  });

  it('a row with only a number is reported, not silently kept as an empty task', () => {
    const { corpus } = run('only-number');
    expect(warnings(corpus).some((d) => d.line === 7)).toBe(true);
  });

  it('an unknown unit becomes a new unit of the plan jurisdiction', () => {
    const { corpus } = run('unknown-unit');
    const unit = corpus!.units.find((u) => u.name === 'Ban Quản lý Vũ trụ Quảng Trị');
    expect(unit).toMatchObject({ jurisdiction: 'tỉnh Quảng Trị', discovered: true });
    expect(corpus!.tasks.find((t) => t.number === '3')?.lead).toEqual([unit!.id]);
  });
});

describe('tolerated encodings give the same data as the clean file', () => {
  const clean = run('declared-count').corpus!; // same rows as the baseline
  it.each(['bom', 'crlf', 'nfd'])('%s', (name) => {
    const { corpus } = run(name);
    expect(corpus!.tasks.map((t) => [t.number, t.title, t.lead, t.time?.from])).toEqual(
      clean.tasks.map((t) => [t.number, t.title, t.lead, t.time?.from]),
    );
    // The baseline's task 1: "1	Rà soát văn bản quy phạm pháp luật	Báo cáo	Sở Tư pháp	…	Quý I/2024"
    expect(corpus!.tasks[0]).toMatchObject({
      title: 'Rà soát văn bản quy phạm pháp luật',
      time: { from: '2024-01-01', to: '2024-03-31' },
    });
  });

  it('an enormous cell is kept whole', () => {
    const { corpus } = run('enormous-cell');
    expect(corpus!.tasks.find((t) => t.number === '3')!.title.length).toBe('Rà soát văn bản '.length * 8000 - 1);
  });

  it('hostile text is kept as literal text', () => {
    const { corpus } = run('hostile');
    const t3 = corpus!.tasks.find((t) => t.number === '3')!;
    expect(t3.title).toBe('<script>alert(1)</script> {props} <img src=x onerror=alert(2)>');
    expect(corpus!.tasks.find((t) => t.number === '4')!.title).toBe('import fs from "node:fs"');
  });
});
