/**
 * One page of every type, and facts read off the source documents. Facts are
 * checked against content/sources/*.txt by hand (line numbers noted), so the
 * tests hold for the real data, not for a fixture.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

interface UnitRecord {
  id: string;
  name: string;
  url: string;
}

/** Published open data of the built site (dist/data). */
export function data<T>(file: string): T {
  return JSON.parse(readFileSync(join(inject('distDir'), 'data', file), 'utf8')) as T;
}

export function unitUrl(name: string): string {
  const unit = data<UnitRecord[]>('units.json').find((u) => u.name === name);
  if (!unit) throw new Error(`Không có đơn vị "${name}" trong units.json`);
  return unit.url;
}

// vp-ubnd-2024.txt lines 226–229: row "13", Chủ trì "Trung tâm Phục | vụ hành
// chính công tỉnh", Thời gian "Từ Quý I đến | Quý III" (cells cut by a page break).
export const TASK_13 = {
  path: '/vp-ubnd-2024/13/',
  lead: 'Trung tâm Phục vụ hành chính công tỉnh',
  time: 'Từ Quý I đến Quý III',
  firstLine: 226,
};

export function pageTypes(): [type: string, path: string][] {
  return [
    ['trang chủ', '/'],
    ['kế hoạch', '/vp-ubnd-2024/'],
    ['nhiệm vụ', TASK_13.path],
    ['văn bản gốc', '/vp-ubnd-2024/van-ban/'],
    ['danh sách đơn vị', '/don-vi/'],
    ['đơn vị', unitUrl(TASK_13.lead)],
    ['danh sách lĩnh vực', '/linh-vuc/'],
    ['lĩnh vực', '/linh-vuc/tthc/'],
    ['chỉ tiêu', '/chi-tieu/'],
    ['dữ liệu', '/du-lieu/'],
    ['chất lượng dữ liệu', '/chat-luong/'],
    ['tìm kiếm', '/tim-kiem/'],
    ['mẫu giao diện', '/mau-giao-dien/'],
    ['404', '/khong-co-trang-nay/'],
    ...laterPages(),
  ];
}

/**
 * Page 2 of the lists that page (src/lib/site/paging.ts), where the built site has
 * one: none on the real site, whose lists all fit on a page; a synthetic site
 * (DIST_DIR, docs/BENCHMARKS.md) has them all.
 */
function laterPages(): [type: string, path: string][] {
  const dist = inject('distDir');
  const firstWith = (dir: string) =>
    existsSync(join(dist, dir))
      ? readdirSync(join(dist, dir))
          .sort()
          .find((id) => existsSync(join(dist, dir, id, '2', 'index.html')))
      : undefined;
  const candidates: [string, string | undefined][] = [
    ['chỉ tiêu, trang 2', existsSync(join(dist, 'chi-tieu', '2', 'index.html')) ? '/chi-tieu/2/' : undefined],
    ['lĩnh vực, trang 2', firstWith('linh-vuc') && `/linh-vuc/${firstWith('linh-vuc')}/2/`],
    ['đơn vị, trang 2', firstWith('don-vi') && `/don-vi/${firstWith('don-vi')}/2/`],
    ['tiến độ đơn vị, trang 2', firstWith('tien-do/don-vi') && `/tien-do/don-vi/${firstWith('tien-do/don-vi')}/2/`],
  ];
  return candidates.filter((c): c is [string, string] => c[1] !== undefined);
}
