/**
 * What readers type, and the page that must come up in the first three
 * results. Every expected page was checked by hand against the source
 * documents (content/sources/<plan>.txt, line numbers in `src`). Shared by the
 * e2e search test and the search benchmark (bench/search.ts).
 */

export type Expected =
  /** A page by its site-relative path. */
  | { path: string }
  /** The task of `plan` whose text contains `text` (exactly one must). */
  | { task: string; text: string }
  /** A unit page, by the unit's registered name (and jurisdiction when the name repeats). */
  | { unit: string; jurisdiction?: string };

export interface SearchCase {
  q: string;
  expect: Expected;
  /** Where the expectation comes from. */
  src: string;
}

export const SEARCH_CASES: readonly SearchCase[] = [
  // Task numbers, as officials cite them ("thực hiện nhiệm vụ số 13 ...").
  { q: 'nhiệm vụ 13', expect: { path: '/vp-ubnd-2024/13/' }, src: 'vp-ubnd-2024 l.226 row 13' },
  { q: 'nhiem vu so 13 buu chinh', expect: { path: '/vp-ubnd-2024/13/' }, src: 'vp-ubnd-2024 l.226–229' },
  // Accented and not.
  {
    q: 'bưu chính công ích',
    expect: { path: '/vp-ubnd-2024/13/' },
    src: 'vp-ubnd-2024 l.229 "dịch vụ bưu chính công ích"',
  },
  { q: 'buu chinh cong ich', expect: { path: '/vp-ubnd-2024/13/' }, src: 'vp-ubnd-2024 l.229' },
  {
    q: 'chữ ký số',
    expect: { task: 'hai-lang-2024', text: 'chữ ký số chuyên' },
    src: 'hai-lang-2024 l.3227–3233 task 49 "ứng dụng chữ ký số chuyên dùng"',
  },
  {
    q: 'chu ky so',
    expect: { task: 'hai-lang-2024', text: 'chữ ký số chuyên' },
    src: 'hai-lang-2024 l.3227–3233 task 49',
  },
  {
    q: 'áp dụng chữ ký số hồ sơ công việc',
    expect: { path: '/vp-ubnd-2024/29/' },
    src: 'vp-ubnd-2024 l.258 row 29 "tạo lập hồ sơ công việc …; áp dụng chữ ký số"',
  },
  { q: 'hồ sơ điện tử lưu trữ', expect: { path: '/vp-ubnd-2024/28/' }, src: 'vp-ubnd-2024 l.258 row 28' },
  { q: 'ho so dien tu luu tru', expect: { path: '/vp-ubnd-2024/28/' }, src: 'vp-ubnd-2024 l.258 (đ: "điện")' },
  {
    q: 'tra cuu van ban di den',
    expect: { path: '/vp-ubnd-2024/27/' },
    src: 'vp-ubnd-2024 l.257 "văn bản đi, đến" (đ: "đi", "đến")',
  },
  {
    q: 'nghi dinh 42',
    expect: { path: '/vp-ubnd-2024/25/' },
    src: 'vp-ubnd-2024 l.254 "Nghị định số 42/2022/NĐ-CP" (đ: "định")',
  },
  {
    q: 'bau cu dai bieu quoc hoi',
    expect: { task: 'snv-2026', text: 'bầu cử đại biểu Quốc hội' },
    src: 'snv-2026 l.237 (đ: "đại")',
  },
  { q: 'xa dao an toan khu', expect: { task: 'snv-2026', text: 'xã đảo' }, src: 'snv-2026 l.245 (đ: "đảo")' },
  { q: 'phan loai do thi', expect: { task: 'snv-2026', text: 'phân loại đô thị' }, src: 'snv-2026 l.241 (đ: "đô")' },
  {
    q: 'de an vi tri viec lam',
    expect: { task: 'snv-2026', text: 'Đề án vị trí việc làm của các sở, ban, ngành' },
    src: 'snv-2026 l.248 (đ: "Đề")',
  },
  { q: 'điều tra xã hội học', expect: { task: 'snv-2026', text: 'điều tra xã hội học' }, src: 'snv-2026 l.190' },
  {
    q: 'tinh gian bien che 2026-2030',
    expect: { task: 'snv-2026', text: 'tinh giản biên chế theo chỉ đạo' },
    src: 'snv-2026 l.239',
  },
  {
    q: 'thanh toán trực tuyến nghĩa vụ tài chính',
    expect: { task: 'qt-2021-2025', text: 'nghĩa vụ tài chính' },
    src: 'qt-2021-2025 l.49 II.6',
  },
  {
    q: 'ngoai ngu moi truong quoc te',
    expect: { task: 'qt-2021-2025', text: 'môi trường quốc tế' },
    src: 'qt-2021-2025 l.75–78 IV.4',
  },
  {
    q: 'giám sát điều hành thông minh',
    expect: { task: 'qt-2021-2025', text: 'điều hành thông minh' },
    src: 'qt-2021-2025 l.115 VI.5',
  },
  // Abbreviations and their expansions, both ways.
  {
    q: 'DVCTT toàn trình',
    expect: { path: '/vp-ubnd-2024/25/' },
    src: 'vp-ubnd-2024 l.254 "Triển khai DVCTT toàn trình"',
  },
  {
    q: 'dịch vụ công trực tuyến toàn trình',
    expect: { path: '/vp-ubnd-2024/25/' },
    src: 'vp-ubnd-2024 l.254: written "DVCTT" only',
  },
  {
    q: 'tái cơ cấu DNNN',
    expect: { task: 'qt-2021-2025', text: 'Tái cơ cấu doanh nghiệp' },
    src: 'qt-2021-2025 l.98 V.5: written "doanh nghiệp nhà nước" only',
  },
  {
    q: 'co so du lieu quoc gia ve dan cu',
    expect: { path: '/vp-ubnd-2024/26/' },
    src: 'vp-ubnd-2024 l.253–256 "Cơ sở DLQG về Dân cư", "CSDL quốc gia về dân cư"',
  },
  {
    q: 'đơn giản hóa TTHC nội bộ',
    expect: { task: 'snv-2026', text: 'đơn giản hóa TTHC nội bộ giữa' },
    src: 'snv-2026 l.228 task 3.6',
  },
  {
    q: 'don gian hoa thu tuc hanh chinh noi bo',
    expect: { task: 'snv-2026', text: 'đơn giản hóa TTHC nội bộ giữa' },
    src: 'snv-2026 l.228: written "TTHC nội bộ"',
  },
  {
    q: 'phong hctc',
    expect: { unit: 'Phòng Hành chính - Tổ chức' },
    src: 'vp-ubnd-2024 l.206 "Phòng HCTC", l.208 "Phòng Hành chính - Tổ chức"; units.yaml alias',
  },
  // Units, by name, alias and abbreviation.
  { q: 'Sở TT&TT', expect: { unit: 'Sở Thông tin và Truyền thông' }, src: 'units.yaml alias; vp-ubnd-2024 "Sở TT&TT"' },
  {
    q: 'so thong tin va truyen thong',
    expect: { unit: 'Sở Thông tin và Truyền thông' },
    src: 'qt-2021-2025 l.49, 111',
  },
  { q: 'so noi vu', expect: { unit: 'Sở Nội vụ' }, src: 'qt-2021-2025 l.66; vp-ubnd-2024 l.240' },
  {
    q: 'trung tam pvhcc',
    expect: { unit: 'Trung tâm Phục vụ hành chính công tỉnh' },
    src: 'vp-ubnd-2024 l.206 "Trung tâm PVHCC"',
  },
  {
    q: 'Phòng XDCQ',
    expect: { unit: 'Phòng Xây dựng chính quyền' },
    src: 'snv-2026 l.237, 241 "Phòng Xây dựng chính quyền"',
  },
  {
    q: 'phong van hoa va thong tin hai lang',
    expect: { unit: 'Phòng Văn hóa và Thông tin', jurisdiction: 'huyện Hải Lăng' },
    src: 'units.yaml (Hải Lăng), alias "Phòng VH&TT"',
  },
  // Areas and plans.
  {
    q: 'chinh quyen dien tu',
    expect: { path: '/linh-vuc/so/' },
    src: 'docs/DOMAIN.md §4 area "so"; every plan has it',
  },
  { q: 'cải cách tài chính công', expect: { path: '/linh-vuc/tai-chinh/' }, src: 'docs/DOMAIN.md §4 area "tai-chinh"' },
  {
    q: 'ke hoach cai cach hanh chinh huyen Vinh Linh',
    expect: { path: '/vinh-linh-2021-2025/' },
    src: 'vinh-linh-2021-2025.meta.yaml title',
  },
  { q: '5486/QĐ-UBND', expect: { path: '/vinh-linh-2021-2025/' }, src: 'vinh-linh-2021-2025.meta.yaml documentNumber' },
  { q: 'Hải Lăng năm 2024', expect: { path: '/hai-lang-2024/' }, src: 'hai-lang-2024.meta.yaml title' },
];

interface TaskRecord {
  plan: string;
  url: string;
  title: string;
  objective?: string;
  activities?: { text: string; outputs?: string[] }[];
}
interface UnitRecord {
  name: string;
  jurisdiction: string;
  url: string;
  /** Set on units the 2025 reorganisation created (units.json); the table names units as the plans print them. */
  validFrom?: string;
}

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');

/** The site-relative path a case expects, read from the built site's open data. */
export function expectedPath(e: Expected, tasks: readonly TaskRecord[], units: readonly UnitRecord[]): string {
  if ('path' in e) return e.path;
  if ('task' in e) {
    const hits = tasks.filter(
      (t) =>
        t.plan === e.task &&
        fold(
          [t.title, t.objective ?? '', ...(t.activities ?? []).flatMap((a) => [a.text, ...(a.outputs ?? [])])].join(
            ' ',
          ),
        ).includes(fold(e.text)),
    );
    if (hits.length !== 1)
      throw new Error(`${hits.length} nhiệm vụ của ${e.task} chứa "${e.text}": ${hits.map((t) => t.url).join(', ')}`);
    return hits[0]!.url;
  }
  const hits = units.filter(
    (u) => u.name === e.unit && !u.validFrom && (!e.jurisdiction || u.jurisdiction === e.jurisdiction),
  );
  if (hits.length !== 1)
    throw new Error(`${hits.length} đơn vị tên "${e.unit}"${e.jurisdiction ? ` (${e.jurisdiction})` : ''}`);
  return hits[0]!.url;
}
