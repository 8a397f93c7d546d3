/**
 * One page of every type of the built site, by site-relative path: the list
 * the browser tests walk and `npm run screenshots` photographs.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

interface UnitRecord {
  name: string;
  url: string;
}

/** The unit page of a unit named exactly so, from the published open data (dist/data/units.json). */
export function unitUrl(dist: string, name: string): string {
  const units = JSON.parse(readFileSync(join(dist, 'data', 'units.json'), 'utf8')) as UnitRecord[];
  const unit = units.find((u) => u.name === name);
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

export function pageTypes(dist: string): [type: string, path: string][] {
  return [
    ['trang chủ', '/'],
    ['kế hoạch', '/vp-ubnd-2024/'],
    ['nhiệm vụ', TASK_13.path],
    ['văn bản gốc', '/vp-ubnd-2024/van-ban/'],
    ['danh sách đơn vị', '/don-vi/'],
    ['đơn vị', unitUrl(dist, TASK_13.lead)],
    ['danh sách lĩnh vực', '/linh-vuc/'],
    ['lĩnh vực', '/linh-vuc/tthc/'],
    ['chỉ tiêu', '/chi-tieu/'],
    ['dữ liệu', '/du-lieu/'],
    ['chất lượng dữ liệu', '/chat-luong/'],
    ['tìm kiếm', '/tim-kiem/'],
    ['mẫu giao diện', '/mau-giao-dien/'],
    ['404', '/khong-co-trang-nay/'],
    ...laterPages(dist),
  ];
}

/**
 * The chart pages, which load their own scripts: the general and per-plan
 * timeline, a unit's timeline and the network.
 */
export function chartPages(dist: string): [type: string, path: string][] {
  const unit = unitUrl(dist, TASK_13.lead).replace(/^\/don-vi\//, '/tien-do/don-vi/');
  return [
    ['tiến độ chung', '/tien-do/'],
    ['tiến độ một kế hoạch', '/tien-do/vp-ubnd-2024/'],
    ['tiến độ một đơn vị', unit],
    ['mạng lưới', '/mang-luoi/'],
    ['mạng lưới một kế hoạch', '/mang-luoi/vp-ubnd-2024/'],
  ];
}

/**
 * Page 2 of the lists that page (src/lib/site/paging.ts), where the built site has
 * one: none on the real site, whose lists all fit on a page; a synthetic site
 * (DIST_DIR, docs/BENCHMARKS.md) has them all.
 */
function laterPages(dist: string): [type: string, path: string][] {
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
