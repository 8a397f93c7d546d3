import { describe, it, expect } from 'vitest';
import { applyCorrections } from '../../src/import/corrections';
import type { RawTask } from '../../src/import/raw';

const raw = (): RawTask => ({
  section: 'VII',
  areaLabel: 'Cải cách tài chính công',
  number: 'VII.7',
  title: 'Nhiệm vụ',
  objective: 'Mục tiêu',
  activities: [
    {
      text: 'Hoạt động',
      outputs: ['Báo cáo'],
      leadRaw: 'Sở Nội vụ, J=Kế hoạch và Đầu tư',
      coordinateRaw: '',
      timeRaw: 'Trưng ương',
      lines: [130, 133],
    },
  ],
  leadRaw: '',
  coordinateRaw: '',
  timeRaw: '',
  budget: '',
  note: '',
  lines: [130, 133],
});

describe('applyCorrections', () => {
  it('replaces the text, records the correction on the task and reports it', () => {
    const t = raw();
    const { applied, diagnostics } = applyCorrections(
      [t],
      [{ task: 'VII.7', field: 'leadRaw', from: 'J=Kế hoạch', to: 'Kế hoạch', reason: 'gõ nhầm' }],
      { plan: 'p', file: 'f.txt' },
    );
    expect(t.activities[0]!.leadRaw).toBe('Sở Nội vụ, Kế hoạch và Đầu tư');
    expect(applied.get(t)).toEqual([{ field: 'leadRaw', from: 'J=Kế hoạch', to: 'Kế hoạch', reason: 'gõ nhầm' }]);
    expect(diagnostics).toMatchObject([{ level: 'info', code: 'correction', line: 130, field: 'leadRaw' }]);
  });

  it('fails loudly when the text to correct is not there any more', () => {
    const { diagnostics } = applyCorrections(
      [raw()],
      [{ task: 'VII.7', field: 'title', from: 'không có', to: 'x', reason: 'thử' }],
      { plan: 'p', file: 'f.txt' },
    );
    expect(diagnostics).toMatchObject([{ level: 'error', code: 'correction-stale', field: 'title' }]);
  });

  it('fails loudly for a task number that does not exist', () => {
    const { diagnostics } = applyCorrections(
      [raw()],
      [{ task: '99', field: 'timeRaw', from: 'Trưng', to: 'Trung', reason: 'thử' }],
      { plan: 'p', file: 'f.txt' },
    );
    expect(diagnostics[0]!.level).toBe('error');
  });
});
