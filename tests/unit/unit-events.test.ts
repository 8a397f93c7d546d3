/**
 * Units through the 2025 reorganisation (content/unit-events.yaml): validity,
 * "who carries it today" over several hops, names resolved by the plan's
 * date, and event files the build refuses. Facts about the real units are
 * those of ../shared/REORG-2025.md marked confirmed (C), checked there
 * against Nghị quyết 1680/NQ-UBTVQH15 Điều 1 and Nghị định 45/2025/NĐ-CP.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importContent, type Corpus } from '../../scripts/lib/pipeline';
import { InputError } from '../../scripts/lib/input-file';
import { unitEventSchema, type UnitEventRecord } from '../../src/schema/unit-event';
import {
  createTimeline,
  currentOf,
  isValidOn,
  predecessorsOf,
  timelineProblems,
  validTo,
} from '../../src/lib/units/timeline';
import { fateOf } from '../../src/lib/units/fate';
import { unitEventsCsv } from '../../src/lib/publish/csv';

const basis = {
  id: 'nd-45-2025',
  number: '45/2025/NĐ-CP',
  title: 'Nghị định thử',
  issuer: 'Chính phủ',
  date: '2025-02-28',
};
let n = 0;
const event = (e: Partial<UnitEventRecord> & Pick<UnitEventRecord, 'unit' | 'type'>): UnitEventRecord => ({
  id: `e${++n}`,
  successors: [],
  basis: ['nd-45-2025'],
  confidence: 'confirmed',
  ...e,
});

/** The real content folder, optionally with extra files copied over it. */
function build(extra?: { dir?: string; events?: string }): { corpus?: Corpus; errors?: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'reorg-'));
  cpSync('content', dir, { recursive: true });
  if (extra?.dir) cpSync(extra.dir, dir, { recursive: true });
  if (extra?.events) cpSync(extra.events, join(dir, 'unit-events.yaml'));
  try {
    return { corpus: importContent(dir, dir) };
  } catch (e) {
    if (e instanceof InputError) return { errors: e.lines };
    throw e;
  }
}

describe('timeline', () => {
  // A unit renamed on 01/3 and the renamed unit merged on 01/7 (the shape of
  // a district Phòng Văn hóa và Thông tin, renamed then ended).
  const events = [
    event({ unit: 'a', type: 'renamed', effective: '2025-03-01', successors: [{ unit: 'b' }] }),
    event({ unit: 'b', type: 'merged_into', effective: '2025-07-01', successors: [{ unit: 'c' }] }),
  ];
  const t = createTimeline(
    events,
    [basis],
    [
      { id: 'b', validFrom: '2025-03-01' },
      { id: 'c', validFrom: '2025-07-01' },
    ],
  );

  it('a unit renamed then merged: two hops to the unit of today', () => {
    expect(currentOf(t, 'a', '2025-02-28').map((s) => s.unit)).toEqual(['a']);
    expect(currentOf(t, 'a', '2025-03-01').map((s) => s.unit)).toEqual(['b']);
    const today = currentOf(t, 'a', '2026-01-01');
    expect(today.map((s) => s.unit)).toEqual(['c']);
    expect(today[0]!.via.map((v) => [v.unit, v.event.type])).toEqual([
      ['b', 'renamed'],
      ['c', 'merged_into'],
    ]);
  });

  it('validity intervals end the day before an event takes effect', () => {
    expect(validTo(t, 'a')).toBe('2025-02-28');
    expect(validTo(t, 'b')).toBe('2025-06-30');
    expect(validTo(t, 'c')).toBeUndefined();
    expect(isValidOn(t, 'b', '2025-02-28')).toBe(false);
    expect(isValidOn(t, 'b', '2025-06-30')).toBe(true);
    expect(isValidOn(t, 'b', '2025-07-01')).toBe(false);
  });

  it('the successor of today lists both predecessors, the far one through the near one', () => {
    const p = predecessorsOf(t, 'c');
    expect(p.map((s) => s.unit)).toEqual(['b', 'a']);
    expect(p[1]!.via.map((v) => v.unit)).toEqual(['b', 'c']);
  });

  it('a district body dissolved with its functions to several successors reaches each of them', () => {
    const d = createTimeline(
      [
        event({
          unit: 'phong-huyen',
          type: 'dissolved_functions_to',
          effective: '2025-07-01',
          successors: [
            { unit: 'so', scope: 'quản lý ngành' },
            { unit: 'xa-1', scope: 'địa bàn xã 1' },
            { unit: 'xa-2', scope: 'địa bàn xã 2' },
          ],
        }),
      ],
      [basis],
    );
    const now = currentOf(d, 'phong-huyen', '2025-07-01');
    expect(now.map((s) => [s.unit, s.via[0]!.scope])).toEqual([
      ['so', 'quản lý ngành'],
      ['xa-1', 'địa bàn xã 1'],
      ['xa-2', 'địa bàn xã 2'],
    ]);
    for (const s of ['so', 'xa-1', 'xa-2']) expect(predecessorsOf(d, s).map((p) => p.unit)).toEqual(['phong-huyen']);
  });

  it('a dissolution with no known successor leads nowhere (the page says "chưa xác định")', () => {
    const d = createTimeline([event({ unit: 'p', type: 'dissolved_functions_to', effective: '2025-07-01' })], [basis]);
    expect(currentOf(d, 'p', '2026-01-01')).toEqual([]);
    expect(fateOf(d, 'p').status).toBe('changed');
  });

  it('each entry needs a legal basis, except an unknown fate, which says what is unknown', () => {
    const bare = { unit: 'a', type: 'merged_into', effective: '2025-03-01', successors: [{ unit: 'b' }] };
    expect(unitEventSchema().safeParse(bare).error?.issues[0]?.path).toEqual(['basis']);
    expect(unitEventSchema().safeParse({ unit: 'a', type: 'unknown', note: 'chưa xác định' }).success).toBe(true);
    expect(unitEventSchema().safeParse({ unit: 'a', type: 'unknown' }).success).toBe(false);
  });

  it('finds a cycle, a successor that is not a unit, a basis not listed, a second end', () => {
    const bad = [
      event({ unit: 'a', type: 'merged_into', effective: '2025-03-01', successors: [{ unit: 'b' }] }),
      event({ unit: 'b', type: 'merged_into', effective: '2025-03-01', successors: [{ unit: 'a' }] }),
      event({ unit: 'c', type: 'merged_into', effective: '2025-03-01', successors: [{ unit: 'x' }] }),
      event({ unit: 'c', type: 'dissolved_functions_to', effective: '2025-07-01', basis: ['khong-co'] }),
    ];
    const messages = timelineProblems(bad, [basis], new Set(['a', 'b', 'c']), []).map(
      (p) => `${p.path.join('.')}: ${p.message}`,
    );
    expect(messages).toEqual([
      'events.2.successors.0.unit: successor "x" is not a known unit',
      'events.3.basis.0: unknown legal basis "khong-co" (not in bases:)',
      'events.3.unit: "c" already ended (event 3)',
      'events.1.successors: cycle: a → b → a',
    ]);
  });
});

describe('the real events file', () => {
  const { corpus, errors } = build();
  const t = createTimeline(corpus?.events ?? [], corpus?.bases ?? [], corpus?.units ?? []);

  it('builds', () => {
    expect(errors).toBeUndefined();
  });

  it('Sở Kế hoạch và Đầu tư: merged into the new Sở Tài chính on 01/3/2025 (Nghị định 45/2025/NĐ-CP)', () => {
    const e = t.endOf.get('so-ke-hoach-va-dau-tu')!;
    expect([e.type, e.effective, e.successors.map((s) => s.unit)]).toEqual([
      'merged_into',
      '2025-03-01',
      ['so-tai-chinh-2025'],
    ]);
    expect(t.bases.get('nd-45-2025')).toMatchObject({
      number: '45/2025/NĐ-CP',
      date: '2025-02-28',
      issuer: 'Chính phủ',
    });
    // The HĐND resolution's number is not confirmed: it stays empty, never guessed.
    expect(t.bases.get('hdnd-qt-2025-02-20')?.number).toBeNull();
    expect(predecessorsOf(t, 'so-tai-chinh-2025').map((p) => p.unit)).toEqual([
      'so-tai-chinh',
      'so-ke-hoach-va-dau-tu',
    ]);
  });

  it('UBND huyện Vĩnh Linh: territory to the five new xã of Nghị quyết 1680 Điều 1 khoản 36–40', () => {
    expect(currentOf(t, 'vinh-linh-ubnd-huyen', '2026-01-01').map((s) => [s.unit, s.via[0]!.scope])).toEqual([
      ['ubnd-xa-vinh-linh', 'Thị trấn Hồ Xá, xã Vĩnh Long, xã Vĩnh Chấp'],
      ['ubnd-xa-cua-tung', 'Thị trấn Cửa Tùng, xã Vĩnh Giang, xã Hiền Thành, xã Kim Thạch'],
      ['ubnd-xa-vinh-hoang', 'Xã Vĩnh Thái, xã Trung Nam, xã Vĩnh Hòa, xã Vĩnh Tú'],
      ['ubnd-xa-vinh-thuy', 'Xã Vĩnh Lâm, xã Vĩnh Sơn, xã Vĩnh Thủy'],
      ['ubnd-xa-ben-quan', 'Thị trấn Bến Quan, xã Vĩnh Ô, xã Vĩnh Hà, xã Vĩnh Khê'],
    ]);
    // Still itself the day before the two-level government began.
    expect(currentOf(t, 'vinh-linh-ubnd-huyen', '2025-06-30').map((s) => s.unit)).toEqual(['vinh-linh-ubnd-huyen']);
  });

  it('every unit the five plans name has a status; unconfirmed fates are "unknown", not guessed', () => {
    const named = corpus!.units.filter((u) => !u.validFrom);
    expect(named).toHaveLength(73);
    const status = (id: string) => fateOf(t, id, id.startsWith('snv-') ? '2026-01-01' : undefined).status;
    for (const u of named) expect(['changed', 'unchanged', 'unknown']).toContain(status(u.id));
    // REORG-2025: Bưu điện tỉnh is VNPost, its fate "chưa xác minh" (U).
    expect(status('buu-dien-tinh')).toBe('unknown');
    // The district Phòng LĐ-TB&XH's merger into Phòng Nội vụ is only likely (L): not published.
    expect(status('vinh-linh-phong-lao-dong-thuong-binh-va-xa-hoi')).toBe('unknown');
    expect(status('so-tu-phap')).toBe('unchanged');
    expect(status('ubnd-thi-xa-quang-tri')).toBe('changed');
    // Sở Nội vụ's offices are named by its 2026 plan, after every event.
    expect(status('snv-phong-cai-cach-hanh-chinh')).toBe('unchanged');
    // District offices ended with the district level; who took their work over is not confirmed.
    const phong = t.endOf.get('hai-lang-phong-noi-vu')!;
    expect([phong.effective, phong.successors]).toEqual(['2025-07-01', []]);
  });

  it('no printed name changes: the plans read the same with or without the events file', () => {
    const without = (() => {
      const dir = mkdtempSync(join(tmpdir(), 'reorg-none-'));
      cpSync('content', dir, { recursive: true });
      cpSync('tests/fixtures/reorg/empty-events.yaml', join(dir, 'unit-events.yaml'));
      return importContent(dir, dir);
    })();
    const printed = (c: Corpus) =>
      c.tasks.map((t) => [
        t.id,
        t.title,
        t.leadRaw,
        t.coordinateRaw,
        t.activities.map((a) => a.text),
        t.lead,
        t.coordinate,
      ]);
    expect(printed(corpus!)).toEqual(printed(without));
  });

  it('exports one CSV row per event with the bases written out', () => {
    const csv = unitEventsCsv(corpus!.events, new Map(corpus!.units.map((u) => [u.id, u])), corpus!.bases);
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(corpus!.events.length + 1);
    const row = rows.find((r) => r.includes(',so-ke-hoach-va-dau-tu,'))!;
    expect(row).toContain('45/2025/NĐ-CP (Chính phủ, 2025-02-28)');
    expect(row).toContain('(số chưa xác định) (HĐND tỉnh Quảng Trị, 2025-02-20)');
  });
});

describe('a plan signed between two events', () => {
  // tests/fixtures/reorg/between: dated 05/5/2025, after the sở merged
  // (01/3/2025), before the provinces merged (01/7/2025).
  const { corpus, errors } = build({ dir: 'tests/fixtures/reorg/between' });
  const task = (n: string) => corpus!.tasks.find((t) => t.plan === 'giua' && t.number === n)!;

  it('reads "Sở Tài chính" as the new Sở Tài chính and "UBND tỉnh" as the province of that day', () => {
    expect(errors).toBeUndefined();
    expect(task('1').lead).toEqual(['so-tai-chinh-2025']);
    expect(task('1').leadRaw).toBe('Sở Tài chính');
    expect(task('1').coordinate).toEqual(['ubnd-tinh']);
  });

  it('says in the quality report where the date decided, and where a unit named had already ended', () => {
    const notes = corpus!.diagnostics.filter((d) => d.plan === 'giua' && d.code.startsWith('unit-'));
    expect(notes.map((d) => [d.level, d.code, d.text])).toEqual([
      ['info', 'unit-by-date', 'Sở Tài chính'],
      ['warning', 'unit-not-valid-on-plan-date', 'Sở Kế hoạch và Đầu tư'],
    ]);
    expect(task('2').coordinate).toEqual(['so-ke-hoach-va-dau-tu']);
  });

  it('leaves the older plans with the units of their time', () => {
    const old = corpus!.tasks.filter((t) => t.plan === 'qt-2021-2025').flatMap((t) => [...t.lead, ...t.coordinate]);
    expect(old).toContain('so-tai-chinh');
    expect(old).not.toContain('so-tai-chinh-2025');
  });
});

describe('bad event files stop the build with file, line and field', () => {
  it.each([
    ['missing-basis', /^unit-events\.yaml:\d+ events\.0\.basis: missing legal basis/],
    [
      'cycle',
      /^unit-events\.yaml:\d+ events\.1\.successors: cycle: so-ke-hoach-va-dau-tu → so-tai-chinh → so-ke-hoach-va-dau-tu$/,
    ],
    [
      'unknown-successor',
      /^unit-events\.yaml:\d+ events\.0\.successors\.0\.unit: successor "so-tai-chinh-moi" is not a known unit$/,
    ],
    ['unknown-basis', /^unit-events\.yaml:\d+ events\.0\.basis\.0: unknown legal basis "nq-hdnd-khong-co"/],
    [
      'before-first-appearance',
      /^unit-events\.yaml:\d+ events\.0\.effective: 2023-07-01 is before "hai-lang-phong-noi-vu" first appears in a plan \(2024-01-01\)$/,
    ],
    [
      'before-unit-exists',
      /^unit-events\.yaml:\d+ events\.0\.effective: 2025-01-01 is before "so-tai-chinh-2025" exists/,
    ],
  ])('%s', (name, message) => {
    const { errors } = build({ events: `tests/fixtures/reorg/bad/${name}.yaml` });
    expect(errors).toBeDefined();
    expect(errors!.some((l) => message.test(l))).toBe(true);
    for (const l of errors!) expect(l).not.toMatch(/\n|    at /);
  });

  it('points at the line of the field', () => {
    const { errors } = build({ events: 'tests/fixtures/reorg/bad/unknown-successor.yaml' });
    // unknown-successor.yaml line 11: "    successors: [{ unit: so-tai-chinh-moi }]".
    expect(errors).toContain(
      'unit-events.yaml:11 events.0.successors.0.unit: successor "so-tai-chinh-moi" is not a known unit',
    );
  });
});
