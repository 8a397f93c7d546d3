/**
 * Sharded builds (docs/SCALE.md): PLANS selects a shard's plans from one
 * content folder, and the shard manifest is read strictly. Plan counts are
 * the real sources' (tests/unit/pipeline-sources.test.ts checks them line by line).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importContent } from '../../scripts/lib/pipeline';
import { planSelection } from '../../scripts/lib/plan-select';
import { InputError } from '../../scripts/lib/input-file';
import { readManifest } from '../../scripts/lib/shard';
import { searchScope } from '../../src/lib/site/shards';
import { shardUnits, siblingShards } from '../../scripts/lib/shard-units';

const lines = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.lines;
    return [(e as Error).message];
  }
  return [];
};

function manifest(value: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cchc-manifest-')), 'shards.json');
  writeFileSync(file, JSON.stringify(value));
  return file;
}

describe('PLANS', () => {
  it('takes ids and prefixes ending in *', () => {
    const s = planSelection(' qt-*, hai-lang-2024 ')!;
    expect(['qt-2021-2025', 'hai-lang-2024', 'hai-lang-2025', 'snv-2026'].filter((id) => s.has(id))).toEqual([
      'qt-2021-2025',
      'hai-lang-2024',
    ]);
    expect(planSelection('')).toBeUndefined();
    expect(planSelection(undefined)).toBeUndefined();
  });

  it('imports only the selected plans; the corrections of the others are not dangling', () => {
    // content/corrections has qt-2021-2025.yaml and snv-2026.yaml; snv-2026 is not selected.
    const corpus = importContent('content', process.cwd(), planSelection('qt-*,hai-lang-*'));
    expect(corpus.plans.map((p) => p.id).sort()).toEqual(['hai-lang-2024', 'qt-2021-2025']);
    expect(new Set(corpus.tasks.map((t) => t.plan))).toEqual(new Set(['hai-lang-2024', 'qt-2021-2025']));
    // 42 numbered items in qt-2021-2025, as in the whole-corpus import.
    expect(corpus.tasks.filter((t) => t.plan === 'qt-2021-2025')).toHaveLength(42);
  }, 60_000);

  it('a pattern that matches no plan stops the build with one line', () => {
    expect(lines(() => importContent('content', process.cwd(), planSelection('qt-*,quang-binh-*')))).toEqual([
      'PLANS: "quang-binh-*" không khớp kế hoạch nào trong nguồn',
    ]);
  }, 60_000);
});

describe('shard manifest', () => {
  const two = {
    shards: [
      { id: 'tinh', title: 'Cấp tỉnh' },
      { id: 'huyen', title: 'Cấp huyện', base: '/cap-huyen/' },
    ],
  };

  it('gives the other shards with their base paths and Pagefind bundles', () => {
    expect(searchScope(manifest(two), '/tinh/')).toEqual({
      titles: ['Cấp tỉnh'],
      together: [],
      elsewhere: [{ id: 'huyen', title: 'Cấp huyện', base: '/cap-huyen/', bundle: '/cap-huyen/pagefind/' }],
    });
    expect(searchScope(undefined, '/')).toEqual({ titles: [], together: [], elsewhere: [] });
  });

  it("searches a shard's group at once and every other shard on request", () => {
    const file = manifest({
      shards: [
        { id: 'tinh', title: 'Kế hoạch của tỉnh', group: 'quang-tri' },
        { id: 'ha-tinh', title: 'Tỉnh Hà Tĩnh' },
        { id: 'so-nganh', title: 'Sở, ngành', group: 'quang-tri' },
      ],
    });
    const tinh = { id: 'tinh', title: 'Kế hoạch của tỉnh', base: '/tinh/', bundle: '/tinh/pagefind/' };
    const haTinh = { id: 'ha-tinh', title: 'Tỉnh Hà Tĩnh', base: '/ha-tinh/', bundle: '/ha-tinh/pagefind/' };
    const soNganh = { id: 'so-nganh', title: 'Sở, ngành', base: '/so-nganh/', bundle: '/so-nganh/pagefind/' };
    expect(searchScope(file, '/so-nganh')).toEqual({
      titles: ['Sở, ngành', 'Kế hoạch của tỉnh'],
      together: [tinh],
      elsewhere: [haTinh],
    });
    // No group: alone by default, even beside shards that have one.
    expect(searchScope(file, '/ha-tinh/')).toEqual({
      titles: ['Tỉnh Hà Tĩnh'],
      together: [],
      elsewhere: [tinh, soNganh],
    });
  });

  it('refuses a build whose base path is not in the manifest: its search would merge its own index', () => {
    expect(lines(() => searchScope(manifest(two), '/'))).toEqual([
      expect.stringMatching(/không có phân mảnh nào có đường dẫn \/ \(BASE_PATH/),
    ]);
  });

  it('refuses two shards at one address and an id that is not a folder name, with file and field', () => {
    const file = manifest({
      shards: [
        { id: 'tinh', title: 'A' },
        { id: 'x', title: 'B', base: '/tinh/' },
      ],
    });
    expect(lines(() => readManifest(file))).toEqual([expect.stringContaining('shards.1.id: trùng đường dẫn /tinh/')]);
    const bad = manifest({ shards: [{ id: 'Quảng Trị', title: 'A' }] });
    expect(lines(() => readManifest(bad))).toEqual([expect.stringContaining('shards.0.id')]);
    const group = manifest({ shards: [{ id: 'tinh', title: 'A', group: 'Quảng Trị' }] });
    expect(lines(() => readManifest(group))).toEqual([expect.stringContaining('shards.0.group')]);
  });
});

describe('units across shards', () => {
  const shards = [
    { id: 'tinh', title: 'Kế hoạch của tỉnh', plans: 'qt-*' },
    { id: 'so-nganh', title: 'Sở, ngành', plans: 'snv-*,vp-ubnd-*' },
    // A province of its own: its "so-noi-vu" is another office.
    { id: 'ha-tinh', title: 'Tỉnh Hà Tĩnh' },
  ];

  it('links only shards cut from one content folder: never a province with its own folder', () => {
    expect(siblingShards(shards, '/tinh/').map((s) => s.id)).toEqual(['so-nganh']);
    expect(siblingShards(shards, '/ha-tinh/')).toEqual([]);
    expect(siblingShards(shards, '/').map((s) => s.id)).toEqual([]);
  });

  it("counts what a unit leads and supports in each sibling shard's plans", () => {
    const corpus = importContent('content', process.cwd(), planSelection('snv-*,vp-ubnd-*'));
    const units = shardUnits(siblingShards(shards, '/tinh/'), corpus.tasks);
    // vp-ubnd-2024.txt line 232: task 15, "Sở Nội vụ" leads; line 236: task 16, "Văn phòng UBND tỉnh" leads.
    expect(units.find((u) => u.unit === 'so-noi-vu')).toEqual({
      unit: 'so-noi-vu',
      shard: 'so-nganh',
      title: 'Sở, ngành',
      base: '/so-nganh/',
      led: 1,
      supported: 0,
    });
    expect(units.find((u) => u.unit === 'van-phong-ubnd-tinh')).toMatchObject({ led: 1, supported: 0 });
    // Line 232 again: "Sở, ban, ngành, các đơn vị có liên quan và UBND cấp huyện" support task 15.
    expect(units.find((u) => u.unit === 'ubnd-cap-huyen')).toMatchObject({ led: 0, supported: 1 });
  }, 60_000);
});
