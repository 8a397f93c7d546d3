/**
 * Nothing of a PDF-extracted table is lost: every non-empty line from the
 * table header to the end of the file is accounted for in the ledger, piece
 * by piece, and each piece is found in the record field the ledger names,
 * or in a diagnostic when it went to quality.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePdfTable } from '../../src/import/pdf/table';
import type { ParseResult, RawTask } from '../../src/import/raw';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
// Bullets and list separators are markup of the output list, not of its items.
const core = (s: string) =>
  collapse(s)
    .replace(/^[-+•]\s*/, '')
    .replace(/[;,]$/, '');

function fieldValue(task: RawTask, field: string): string | undefined {
  if (field === 'number' || field === 'title' || field === 'note' || field === 'objective' || field === 'budget')
    return task[field];
  const m = /^activities\[(\d+)\]\.(text|outputs|leadRaw|coordinateRaw|timeRaw|task)$/.exec(field);
  const a = m ? task.activities[Number(m[1])] : undefined;
  if (!m || !a) return undefined;
  const v = a[m[2] as keyof typeof a];
  return Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : undefined;
}

function checkConservation(text: string, result: ParseResult, headerLine: number): void {
  const lines = text.split(/\r?\n/);
  const quality = result.diagnostics.map((d) => d.text ?? '').join('\n');
  for (let i = headerLine; i <= lines.length; i++) {
    const expected = collapse(lines[i - 1]!);
    if (expected === '') continue;
    const entries = result.ledger.filter((e) => e.line === i);
    expect(entries.map((e) => e.text).join(' '), `line ${i}`).toBe(expected);
    for (const e of entries) {
      if (e.to === 'header') continue;
      if (e.to === 'quality') {
        expect(quality, `line ${i} in quality`).toContain(e.text);
        continue;
      }
      const area = /^area:(.+)$/.exec(e.to);
      if (area) {
        expect(
          result.areas.some((a) => a.number === area[1] && e.text.includes(a.label)),
          `line ${i}`,
        ).toBe(true);
        continue;
      }
      const m = /^task:(\d+)\.(.+)$/.exec(e.to);
      expect(m, `line ${i}: ${e.to}`).not.toBeNull();
      const task = result.tasks.find((t) => t.number === m![1]);
      const value = task && fieldValue(task, m![2]!);
      expect(value, `line ${i}: ${e.to}`).toBeDefined();
      expect(collapse(value!), `line ${i}: ${e.to}`).toContain(core(e.text));
    }
  }
}

describe('ledger conservation of PDF tables', () => {
  it('accounts for every line of hai-lang-2024 from its table header (727) to the end', () => {
    const text = readFileSync('content/sources/hai-lang-2024.txt', 'utf8');
    // 727 "TT Nhiệm vụ cụ thể Hoạt động": the first line of the appendix table.
    expect(text.split('\n')[726]).toBe('TT Nhiệm vụ cụ thể Hoạt động ');
    const result = parsePdfTable(text, { file: 'hai-lang-2024.txt', plan: 'hai-lang-2024' });
    checkConservation(text, result, 727);
    // Page numbers and repeated headers are the only lines sent to quality.json.
    expect(
      result.ledger
        .filter((e) => e.to === 'quality')
        .every((e) =>
          /^(\d+|TT Nhiệm vụ cụ thể Hoạt động|Sản phẩm|đầu ra|Cơ quan chủ|trì|Cơ quan phối|hợp|Thời gian|hoàn thành|Ghi|chú)$/.test(
            e.text,
          ),
        ),
    ).toBe(true);
  }, 60_000);

  it.each(['vp-ubnd-rewrapped.txt', 'qt-rewrapped.txt'])(
    'accounts for every line of the fixture %s',
    (name) => {
      const text = readFileSync(`tests/fixtures/pdf/${name}`, 'utf8');
      const result = parsePdfTable(text, { file: name, plan: 'fixture' });
      checkConservation(text, result, 1);
    },
    60_000,
  );
});
