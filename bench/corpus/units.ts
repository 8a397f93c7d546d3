/**
 * Units for synthetic plans. A large corpus comes from many issuers, each
 * with its own offices, so the real registry is extended with more districts
 * and departments of Quảng Trị, cloned from the two real templates (Hải Lăng
 * for a district, Sở Nội vụ for a department). Unit pages then grow as they
 * would with real data: a few hundred units, not 73 units with thousands of
 * tasks each.
 */
import { readFileSync } from 'node:fs';
import { parseYaml } from '../../src/schema/read';
import { unitRegistrySchema } from '../../src/schema/unit';

interface Jurisdiction {
  name: string;
  kind: string;
  parent?: string;
  aliases?: string[];
  idPrefix?: string;
}
interface UnitEntry {
  id: string;
  name: string;
  jurisdiction: string;
  kind: 'office' | 'group';
  aliases?: string[];
}
export interface Registry {
  jurisdictions: Jurisdiction[];
  units: UnitEntry[];
}

export interface Issuer {
  /** Jurisdiction name, as the plan's meta states it. */
  jurisdiction: string;
  issuer: string;
  /** Short place name for prose ("huyện Cam Lộ"). */
  place: string;
  idPrefix: string;
  kind: 'district' | 'department' | 'province';
  /** Names a cell may print: the issuer's own offices and groups first, then the province's. */
  offices: string[];
  groups: string[];
}

const PROVINCE = 'tỉnh Quảng Trị';
const DISTRICT_TEMPLATE = 'huyện Hải Lăng';
const DEPARTMENT_TEMPLATE = 'Sở Nội vụ tỉnh Quảng Trị';
const DISTRICTS: [string, string][] = [
  ['Cam Lộ', 'cam-lo'],
  ['Gio Linh', 'gio-linh'],
  ['Triệu Phong', 'trieu-phong'],
  ['Đakrông', 'dakrong'],
  ['Hướng Hóa', 'huong-hoa'],
  ['Cồn Cỏ', 'con-co'],
];
const DEPARTMENTS: [string, string][] = [
  ['Sở Tư pháp', 'stp'],
  ['Sở Tài chính', 'stc'],
  ['Sở Y tế', 'syt'],
  ['Sở Giáo dục và Đào tạo', 'sgddt'],
  ['Sở Xây dựng', 'sxd'],
  ['Sở Công Thương', 'sct'],
  ['Sở Nông nghiệp và Môi trường', 'snnmt'],
  ['Sở Khoa học và Công nghệ', 'skhcn'],
];

/** The real registry, read and checked by the one input reader. */
export function readRegistry(file: string): Registry {
  return parseYaml(readFileSync(file, 'utf8'), unitRegistrySchema(), file);
}

function clone(reg: Registry, template: string, name: string, prefix: string, swap: (s: string) => string): void {
  const t = reg.jurisdictions.find((j) => j.name === template)!;
  reg.jurisdictions.push({ ...t, name, aliases: (t.aliases ?? []).map(swap), idPrefix: prefix });
  for (const u of reg.units.filter((x) => x.jurisdiction === template))
    reg.units.push({
      ...u,
      id: `${prefix}-${u.id.startsWith(`${t.idPrefix}-`) ? u.id.slice(`${t.idPrefix}-`.length) : u.id}`,
      name: swap(u.name),
      jurisdiction: name,
      ...(u.aliases ? { aliases: u.aliases.map(swap) } : {}),
    });
}

/** The real registry plus cloned districts and departments; ids stay unique. */
export function extendRegistry(real: Registry): Registry {
  const reg: Registry = structuredClone(real);
  for (const [place, prefix] of DISTRICTS)
    clone(reg, DISTRICT_TEMPLATE, `huyện ${place}`, prefix, (s) => s.replaceAll('Hải Lăng', place));
  for (const [dept, prefix] of DEPARTMENTS)
    clone(reg, DEPARTMENT_TEMPLATE, `${dept} tỉnh Quảng Trị`, prefix, (s) => s.replaceAll('Sở Nội vụ', dept));
  return reg;
}

/** Every issuer of the extended registry that a synthetic plan can come from. */
export function issuers(reg: Registry): Issuer[] {
  const names = (j: string, kind: 'office' | 'group') =>
    reg.units.filter((u) => u.jurisdiction === j && u.kind === kind).map((u) => u.name);
  const province = { offices: names(PROVINCE, 'office'), groups: names(PROVINCE, 'group') };
  return reg.jurisdictions.map((j): Issuer => {
    const kind = j.name === PROVINCE ? 'province' : j.kind === 'huyện' ? 'district' : 'department';
    const own =
      j.name === PROVINCE
        ? { offices: [], groups: [] }
        : { offices: names(j.name, 'office'), groups: names(j.name, 'group') };
    return {
      jurisdiction: j.name,
      issuer: kind === 'district' ? `UBND ${j.name}` : j.name === PROVINCE ? `UBND ${PROVINCE}` : j.name,
      place: kind === 'department' ? j.name.replace(/ tỉnh Quảng Trị$/, '') : j.name,
      idPrefix: j.idPrefix || 'qt',
      kind,
      // Own offices lead most tasks; the province's are there as coordinators.
      offices: own.offices.length ? own.offices : province.offices,
      groups: [...own.groups, ...province.groups],
    };
  });
}
