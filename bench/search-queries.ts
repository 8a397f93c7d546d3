/**
 * What readers type, and the page that must come up in the first three
 * results. Every expected page was checked by hand against the source
 * documents (content/sources/<plan>.txt, line numbers in `src`). Shared by the
 * e2e search test and the search benchmark (bench/search.ts).
 */

import { foldKey } from '../src/text/fold';

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

/**
 * Needs, written before any tuning from what a reader wants to know (who does
 * it, what, where), not from page titles. Each is asked in three forms: as
 * written (accented), without accents (derived: foldKey, as a phone without a
 * Vietnamese keyboard types it), and `hurried` (abbreviations, everyday words,
 * y/i and tone-placement variants, typos). Every expected page was checked by
 * hand against content/sources/<plan>.txt, lines in `src`.
 *
 * Every fourth need (index 3, 7, 11, …) is held out: chosen by position when
 * the list was written, before the first measurement, and never looked at
 * while tuning. Its figures are reported apart as "unseen".
 */
export interface Need {
  /** The need as a reader writes it with accents. */
  q: string;
  /** The same need typed in a hurry. */
  hurried: string;
  /** The page a person judged right. */
  path: string;
  /** Where that judgement comes from. */
  src: string;
}

export const NEEDS: readonly Need[] = [
  // Văn phòng UBND tỉnh, 2024 (vp-ubnd-2024.txt)
  {
    q: 'nộp hồ sơ qua bưu điện',
    hurried: 'nop hs qua buu dien',
    path: '/vp-ubnd-2024/13/',
    src: 'vp-ubnd-2024 l.226–229 "Doanh nghiệp cung ứng dịch vụ bưu chính công ích … tiếp nhận, số hóa hồ sơ"',
  },
  {
    q: 'tỷ lệ lãnh đạo ký số văn bản đi',
    hurried: 'ti le lanh dao ki so vb di',
    path: '/vp-ubnd-2024/29/',
    src: 'vp-ubnd-2024 l.262 "tỷ lệ lãnh đạo ký số trên 80% trong tổng số văn bản đi"',
  },
  {
    q: 'giao nộp hồ sơ điện tử vào lưu trữ cơ quan',
    hurried: 'nop hs dien tu vao luu tru',
    path: '/vp-ubnd-2024/28/',
    src: 'vp-ubnd-2024 l.258 "giao nộp hồ sơ điện tử vào Lưu trữ cơ quan"',
  },
  {
    q: 'tra cứu văn bản đi đến của các sở',
    hurried: 'tra cuu vb di den cac so',
    path: '/vp-ubnd-2024/27/',
    src: 'vp-ubnd-2024 l.257 "hệ thống cập nhật, tra cứu văn bản đi, đến của UBND tỉnh, các sở"',
  },
  {
    q: 'không phải khai báo lại thông tin công dân đã có trong dữ liệu dân cư',
    hurried: 'ko khai bao lai thong tin csdl dan cu',
    path: '/vp-ubnd-2024/26/',
    src: 'vp-ubnd-2024 l.253–256 "không yêu cầu khai báo lại các thông tin đã có trong CSDL quốc gia về dân cư"',
  },
  {
    q: 'công bố danh mục dịch vụ công trực tuyến toàn trình',
    hurried: 'danh muc dvctt toan trinh',
    path: '/vp-ubnd-2024/25/',
    src: 'vp-ubnd-2024 l.252 "Công bố danh mục DVCTT toàn trình và một phần"',
  },
  {
    q: 'kế hoạch chuyển đổi số và an toàn thông tin năm 2024',
    hurried: 'kh cds va attt 2024',
    path: '/vp-ubnd-2024/23/',
    src: 'vp-ubnd-2024 l.248 "Kế hoạch chuyển đổi số và đảm bảo an toàn thông tin năm 2024"',
  },
  {
    q: 'phần mềm đánh giá chất lượng cán bộ công chức',
    hurried: 'pm danh gia chat luong cbccvc',
    path: '/vp-ubnd-2024/19/',
    src: 'vp-ubnd-2024 l.239 "Hoàn thiện phần mềm quản lý, tổ chức đánh giá chất lượng CBCCVN"',
  },
  // Sở Nội vụ, 2026 (snv-2026.txt)
  {
    q: 'chấm điểm chỉ số cải cách hành chính của tỉnh năm 2025',
    hurried: 'cham diem chi so cchc 2025',
    path: '/snv-2026/1-1/',
    src: 'snv-2026 l.179',
  },
  {
    q: 'phê duyệt kế hoạch cải cách hành chính giai đoạn 2026 - 2030',
    hurried: 'phe duyet kh cchc 2026-2030',
    path: '/snv-2026/1-2/',
    src: 'snv-2026 l.180',
  },
  {
    q: 'công bố xếp hạng cải cách hành chính của các sở',
    hurried: 'xep hang cchc cac so',
    path: '/snv-2026/1-5/',
    src: 'snv-2026 l.183 "Công bố chỉ số xếp hạng cải cách hành chính năm 2025 của các sở"',
  },
  {
    q: 'báo cáo Bộ Nội vụ về cải cách hành chính theo quý',
    hurried: 'bao cao bo noi vu cchc quy 3',
    path: '/snv-2026/1-7/',
    src: 'snv-2026 l.188 "Báo cáo Bộ Nội vụ … Quý I, 6 tháng, Quý III"',
  },
  {
    q: 'báo cáo Ban Thường vụ Tỉnh ủy kết quả cải cách hành chính',
    hurried: 'bc btv tinh uy ket qua cchc',
    path: '/snv-2026/1-8/',
    src: 'snv-2026 l.189 "Báo cáo BTV Tỉnh ủy … kết quả công tác CCHC"',
  },
  {
    q: 'điều tra xã hội học sự hài lòng của người dân',
    hurried: 'dieu tra xhh su hai long nguoi dan',
    path: '/snv-2026/1-9/',
    src: 'snv-2026 l.190',
  },
  {
    q: 'tháo gỡ điểm nghẽn, rào cản trong cải cách hành chính',
    hurried: 'thao go diem nghen cchc',
    path: '/snv-2026/1-10/',
    src: 'snv-2026 l.191 "tháo gỡ các điểm nghẽn, rào cản trong công tác CCHC"',
  },
  {
    q: 'giải quyết vướng mắc pháp lý của doanh nghiệp',
    hurried: 'vuong mac phap ly dn',
    path: '/snv-2026/2-6/',
    src: 'snv-2026 l.218 "khó khăn, vướng mắc về pháp lý của cá nhân, tổ chức, doanh nghiệp"',
  },
  {
    q: 'Thông tư 02/2017/TT-VPCP',
    hurried: 'tt 02/2017',
    path: '/snv-2026/3-4/',
    src: 'snv-2026 l.226 "Chương V, Thông tư 02/2017/TT-VPCP"',
  },
  {
    q: 'làm thủ tục hành chính không phụ thuộc địa giới hành chính',
    hurried: 'lam giay to ko phu thuoc dia gioi',
    path: '/snv-2026/3-7/',
    src: 'snv-2026 l.229 "TTHC không phụ thuộc vào địa giới hành chính"',
  },
  {
    q: 'phản ánh cán bộ nhũng nhiễu gây khó khăn',
    hurried: 'phan anh can bo nhung nhieu',
    path: '/snv-2026/3-9/',
    src: 'snv-2026 l.231 "phản ánh, kiến nghị … hành vi những nhiễu, gây khó khăn" (sic)',
  },
  {
    q: 'kế hoạch đào tạo, bồi dưỡng của tỉnh năm 2026',
    hurried: 'kh dtbd tinh 2026',
    path: '/snv-2026/5-1/',
    src: 'snv-2026 l.247',
  },
  {
    q: 'cập nhật cơ sở dữ liệu cán bộ công chức viên chức',
    hurried: 'cap nhat csdl cbccvc',
    path: '/snv-2026/5-4/',
    src: 'snv-2026 l.250',
  },
  {
    q: 'luân chuyển cán bộ xã, phường, đặc khu',
    hurried: 'luan chuyen can bo xa phuong dac khu',
    path: '/snv-2026/5-5/',
    src: 'snv-2026 l.251 "Điều động, luân chuyển … cán bộ, công chức xã, phường, đặc khu"',
  },
  // Tỉnh Quảng Trị, 2021–2025 (qt-2021-2025.txt)
  {
    q: 'điều tra, khảo sát tình hình thi hành pháp luật',
    hurried: 'dieu tra khao sat thi hanh phap luat',
    path: '/qt-2021-2025/i-2/',
    src: 'qt-2021-2025 l.27 "Thực hiện hoạt động điều tra, khảo sát tình hình thi hành pháp luật"',
  },
  {
    q: 'thủ tục hành chính mức độ 3 và mức độ 4',
    hurried: 'tthc muc do 3 4',
    path: '/qt-2021-2025/ii-3/',
    src: 'qt-2021-2025 l.44 "Cung cấp TTHC mức độ 3 và mức độ 4"',
  },
  {
    q: 'sự hài lòng về thủ tục đất đai, xây dựng, đầu tư',
    hurried: 'hai long tthc dat dai xay dung',
    path: '/qt-2021-2025/ii-8/',
    src: 'qt-2021-2025 l.59 "mức độ hài lòng về giải quyết các thủ tục hành chính lĩnh vực đất đai, xây dựng, đầu tư"',
  },
  {
    q: 'sát hạch cán bộ công chức định kỳ',
    hurried: 'sat hach cbccvc dinh ki',
    path: '/qt-2021-2025/iv-1/',
    src: 'qt-2021-2025 l.69 "Đề án thực hiện sát hạch CBCCV định kỳ"',
  },
  {
    q: 'thi tuyển cạnh tranh chức danh lãnh đạo',
    hurried: 'thi tuyen canh tranh lanh dao',
    path: '/qt-2021-2025/iv-2/',
    src: 'qt-2021-2025 l.73 "Ban hành Quy định bổ nhiệm, thi tuyển cạnh tranh"',
  },
  {
    q: 'công chức cấp xã đạt chuẩn',
    hurried: 'cong chuc xa dat chuan',
    path: '/qt-2021-2025/iv-6/',
    src: 'qt-2021-2025 l.80 "100% công chức cấp xã đạt chuẩn theo quy định"',
  },
  {
    q: 'phần mềm thi tuyển công chức, viên chức',
    hurried: 'pm thi tuyen cong chuc',
    path: '/qt-2021-2025/iv-7/',
    src: 'qt-2021-2025 l.81',
  },
  {
    q: 'phân cấp ngân sách cho địa phương',
    hurried: 'phan cap ns cho dia phuong',
    path: '/qt-2021-2025/v-1/',
    src: 'qt-2021-2025 l.87 "Tăng cường phân cấp ngân sách để các địa phương"',
  },
  {
    q: 'quyết toán ngân sách hằng năm',
    hurried: 'quyet toan ns hang nam',
    path: '/qt-2021-2025/v-4/',
    src: 'qt-2021-2025 l.97 "thẩm định, xét duyệt quyết toán ngân sách hàng năm"',
  },
  {
    q: 'cổ phần hóa doanh nghiệp nhà nước',
    hurried: 'co phan hoa dnnn',
    path: '/qt-2021-2025/v-5/',
    src: 'qt-2021-2025 l.98–101 "Tái cơ cấu doanh nghiệp nhà nước … thành công ty cổ phần"',
  },
  {
    q: 'mạng truyền số liệu chuyên dùng',
    hurried: 'mang truyen so lieu chuyen dung',
    path: '/qt-2021-2025/vi-1/',
    src: 'qt-2021-2025 l.103',
  },
  {
    q: 'nền tảng số của tỉnh Quảng Trị',
    hurried: 'nen tang so tinh qt',
    path: '/qt-2021-2025/vi-3/',
    src: 'qt-2021-2025 l.110 "Xây dựng hệ thống nền tảng số tỉnh Quảng Trị"',
  },
  {
    q: 'đô thị thông minh ở Đông Hà',
    hurried: 'do thi thong minh dong ha',
    path: '/qt-2021-2025/vi-5/',
    src: 'qt-2021-2025 l.115 "các mô hình đô thị thông minh tại thành phố Đông Hà"',
  },
  {
    q: 'giao ban, trực báo công tác cải cách hành chính',
    hurried: 'giao ban truc bao cchc',
    path: '/qt-2021-2025/vii-3/',
    src: 'qt-2021-2025 l.123 "Tổ chức giao ban, trực báo công tác CCHC định kỳ"',
  },
  // Huyện Hải Lăng, 2024 (hai-lang-2024.txt)
  {
    q: 'cải cách chính sách tiền lương',
    hurried: 'cai cach chinh sach tien luong cbccvc',
    path: '/hai-lang-2024/38/',
    src: 'hai-lang-2024 l.2796–2829',
  },
  {
    q: 'giải ngân vốn đầu tư công',
    hurried: 'giai ngan von dau tu cong',
    path: '/hai-lang-2024/40/',
    src: 'hai-lang-2024 l.2890–2912',
  },
  {
    q: 'thu ngân sách huyện tăng 10%',
    hurried: 'thu ns huyen tang 10%',
    path: '/hai-lang-2024/41/',
    src: 'hai-lang-2024 l.2914–2940',
  },
  {
    q: 'kiểm kê tài sản công',
    hurried: 'kiem ke tai san cong',
    path: '/hai-lang-2024/45/',
    src: 'hai-lang-2024 l.3038–3062',
  },
  {
    q: 'công khai mua sắm, thanh lý tài sản công',
    hurried: 'cong khai mua sam thanh ly tai san',
    path: '/hai-lang-2024/44/',
    src: 'hai-lang-2024 l.3005–3035',
  },
  {
    q: 'kế hoạch ứng dụng công nghệ thông tin năm 2024',
    hurried: 'kh ung dung cntt 2024',
    path: '/hai-lang-2024/47/',
    src: 'hai-lang-2024 l.3151–3199',
  },
  {
    q: 'chữ ký số chuyên dùng',
    hurried: 'chu ki so chuyen dung',
    path: '/hai-lang-2024/49/',
    src: 'hai-lang-2024 l.3234–3276 "ứng dụng chữ ký số chuyên dùng"',
  },
  {
    q: 'trang thông tin điện tử cấp huyện',
    hurried: 'trang ttdt cap huyen',
    path: '/hai-lang-2024/51/',
    src: 'hai-lang-2024 l.3334–3383',
  },
  {
    q: 'xếp loại chỉ số cải cách hành chính cấp xã',
    hurried: 'xep loai chi so cchc cap xa',
    path: '/hai-lang-2024/4/',
    src: 'hai-lang-2024 l.865–884',
  },
  {
    q: 'đối thoại giữa cơ quan và doanh nghiệp',
    hurried: 'doi thoai voi dn',
    path: '/hai-lang-2024/8/',
    src: 'hai-lang-2024 l.993–1034 "Tổ chức đối thoại giữa các cơ quan, đơn vị với Doanh nghiệp"',
  },
  {
    q: 'hệ thống hóa văn bản quy phạm pháp luật 2019 - 2023',
    hurried: 'he thong hoa vbqppl 2019-2023',
    path: '/hai-lang-2024/17/',
    src: 'hai-lang-2024 l.1585–1618',
  },
  {
    q: 'tuyển dụng viên chức và công chức cấp xã',
    hurried: 'tuyen dung vien chuc cong chuc xa',
    path: '/hai-lang-2024/33/',
    src: 'hai-lang-2024 l.2551–2590',
  },
  {
    q: 'giao quyền tự chủ cho đơn vị sự nghiệp',
    hurried: 'giao quyen tu chu dvsn',
    path: '/hai-lang-2024/39/',
    src: 'hai-lang-2024 l.2834–2862',
  },
  {
    q: 'công khai tiến độ giải quyết hồ sơ trên cổng dịch vụ công',
    hurried: 'cong khai tien do ho so tren cong dvc',
    path: '/hai-lang-2024/24/',
    src: 'hai-lang-2024 l.2016–2082',
  },
  {
    q: 'đánh giá giải quyết thủ tục theo Quyết định 1089',
    hurried: 'qd 1089',
    path: '/hai-lang-2024/28/',
    src: 'hai-lang-2024 l.2315–2356 "theo Quyết định số 1089/QĐ-UBND"',
  },
  // Huyện Vĩnh Linh, 2021–2025 (vinh-linh-2021-2025.txt)
  {
    q: 'quy hoạch mạng lưới đơn vị sự nghiệp y tế, giáo dục',
    hurried: 'quy hoach mang luoi dvsn y te giao duc',
    path: '/vinh-linh-2021-2025/3-5/',
    src: 'vinh-linh-2021-2025 l.202',
  },
  {
    q: 'xã hội hóa trường mầm non',
    hurried: 'xa hoi hoa truong mam non',
    path: '/vinh-linh-2021-2025/3-7/',
    src: 'vinh-linh-2021-2025 l.206 "chuyển đổi các trường mầm non … xã hội hóa cao"',
  },
  {
    q: 'kiện toàn xã, thị trấn mới sáp nhập',
    hurried: 'xa thi tran moi sap nhap',
    path: '/vinh-linh-2021-2025/3-9/',
    src: 'vinh-linh-2021-2025 l.210',
  },
  {
    q: 'giảm số người làm việc ở đơn vị sự nghiệp chưa tự chủ',
    hurried: 'giam so nguoi lam viec dvsn',
    path: '/vinh-linh-2021-2025/3-4/',
    src: 'vinh-linh-2021-2025 l.200 "lộ trình giảm số người làm việc … đơn vị sự nghiệp công lập chưa tự đảm bảo chi thường xuyên"',
  },
  {
    q: 'phát triển nguồn nhân lực chất lượng cao',
    hurried: 'nguon nhan luc chat luong cao',
    path: '/vinh-linh-2021-2025/4-3/',
    src: 'vinh-linh-2021-2025 l.244',
  },
  {
    q: 'người hoạt động không chuyên trách ở cấp xã',
    hurried: 'nguoi hoat dong ko chuyen trach cap xa',
    path: '/vinh-linh-2021-2025/4-6/',
    src: 'vinh-linh-2021-2025 l.250',
  },
  {
    q: 'bộ tiêu chí đánh giá cán bộ theo kết quả công việc',
    hurried: 'tieu chi danh gia cbccvc',
    path: '/vinh-linh-2021-2025/4-10/',
    src: 'vinh-linh-2021-2025 l.258 "bổ sung bộ tiêu chí đánh giá CBCCVC"',
  },
  {
    q: 'nhà nước đặt hàng dịch vụ sự nghiệp công',
    hurried: 'dat hang dich vu su nghiep cong',
    path: '/vinh-linh-2021-2025/5-6/',
    src: 'vinh-linh-2021-2025 l.292 "cơ chế Nhà nước đặt hàng, giao nhiệm vụ cung cấp dịch vụ sự nghiệp công"',
  },
  {
    q: 'phòng chống tham nhũng, lãng phí trong đầu tư công',
    hurried: 'phong chong tham nhung lang phi',
    path: '/vinh-linh-2021-2025/5-4/',
    src: 'vinh-linh-2021-2025 l.288',
  },
  {
    q: 'sáng kiến cải cách hành chính',
    hurried: 'sang kien cchc',
    path: '/vinh-linh-2021-2025/7-6/',
    src: 'vinh-linh-2021-2025 l.374 "đề xuất các giải pháp, sáng kiến về thực hiện cải cách hành chính"',
  },
  {
    q: 'sơ kết, tổng kết kế hoạch cải cách hành chính 5 năm',
    hurried: 'so ket tong ket cchc 5 nam',
    path: '/vinh-linh-2021-2025/7-10/',
    src: 'vinh-linh-2021-2025 l.384 "Sơ kết, tổng kết đánh giá thực hiện Kế hoạch CCHC 5 năm, 10 năm"',
  },
  // Units (content/units.yaml; the plans' lead columns)
  {
    q: 'Sở Tư pháp làm những gì',
    hurried: 'so tu phap lam gi',
    path: '/don-vi/so-tu-phap/',
    src: 'units.yaml so-tu-phap; qt-2021-2025 l.12–27 (chủ trì)',
  },
  {
    q: 'Văn phòng UBND tỉnh',
    hurried: 'vp ubnd tinh',
    path: '/don-vi/van-phong-ubnd-tinh/',
    src: 'units.yaml van-phong-ubnd-tinh; qt-2021-2025 l.38',
  },
  {
    q: 'Trung tâm Phục vụ hành chính công tỉnh',
    hurried: 'tt pvhcc tinh',
    path: '/don-vi/trung-tam-phuc-vu-hanh-chinh-cong-tinh/',
    src: 'units.yaml; vp-ubnd-2024 l.226 "Trung tâm Phục vụ …"',
  },
  {
    q: 'Cổng Thông tin điện tử tỉnh',
    hurried: 'cong ttdt tinh',
    path: '/don-vi/cong-thong-tin-dien-tu-tinh/',
    src: 'units.yaml alias "Cổng TTĐT tỉnh"; vp-ubnd-2024 l.248',
  },
  {
    q: 'Phòng Nội chính Văn phòng UBND',
    hurried: 'p. noi chinh',
    path: '/don-vi/vp-ubnd-phong-noi-chinh/',
    src: 'units.yaml; vp-ubnd-2024 l.218',
  },
  {
    q: 'Phòng Quản trị - Tài vụ',
    hurried: 'p quan tri tai vu',
    path: '/don-vi/vp-ubnd-phong-quan-tri-tai-vu/',
    src: 'units.yaml; vp-ubnd-2024 l.242',
  },
  {
    q: 'Phòng Cải cách hành chính của Sở Nội vụ',
    hurried: 'phong cchc so noi vu',
    path: '/don-vi/snv-phong-cai-cach-hanh-chinh/',
    src: 'units.yaml alias "Phòng CCHC"; snv-2026 l.179',
  },
  {
    q: 'Phòng Tổ chức biên chế và Tổ chức phi chính phủ',
    hurried: 'phong to chuc bien che',
    path: '/don-vi/snv-phong-to-chuc-bien-che-va-to-chuc-phi-chinh-phu/',
    src: 'units.yaml; snv-2026 l.239',
  },
  {
    q: 'Phòng Nội vụ huyện Vĩnh Linh',
    hurried: 'p noi vu vinh linh',
    path: '/don-vi/vinh-linh-phong-noi-vu/',
    src: 'units.yaml alias; vinh-linh-2021-2025 l.28',
  },
  {
    q: 'Phòng Tư pháp Hải Lăng',
    hurried: 'p.tu phap hai lang',
    path: '/don-vi/hai-lang-phong-tu-phap/',
    src: 'units.yaml (huyện Hải Lăng)',
  },
  {
    q: 'bộ phận một cửa huyện Hải Lăng',
    hurried: 'bo phan 1 cua hai lang',
    path: '/don-vi/hai-lang-bo-phan-tiep-nhan-va-tra-ket-qua-huyen/',
    src: 'units.yaml alias "Bộ phận Một cửa huyện"',
  },
  {
    q: 'Hội đồng Thi đua - Khen thưởng huyện Hải Lăng',
    hurried: 'hoi dong thi dua khen thuong hai lang',
    path: '/don-vi/hai-lang-hoi-dong-thi-dua-khen-thuong-huyen/',
    src: 'units.yaml (huyện Hải Lăng)',
  },
  {
    q: 'Bưu điện tỉnh',
    hurried: 'buu dien tinh',
    path: '/don-vi/buu-dien-tinh/',
    src: 'units.yaml buu-dien-tinh; qt-2021-2025 "Bưu điện"',
  },
  {
    q: 'Sở Kế hoạch và Đầu tư',
    hurried: 'so kh&dt',
    path: '/don-vi/so-ke-hoach-va-dau-tu/',
    src: 'units.yaml so-ke-hoach-va-dau-tu',
  },
  // Plans (content/sources/*.meta.yaml titles)
  {
    q: 'kế hoạch cải cách hành chính năm 2026 của Sở Nội vụ',
    hurried: 'kh cchc snv 2026',
    path: '/snv-2026/',
    src: 'snv-2026.meta.yaml; snv-2026 l.172',
  },
  {
    q: 'kế hoạch cải cách hành chính của Văn phòng UBND tỉnh năm 2024',
    hurried: 'kh cchc vp ubnd 2024',
    path: '/vp-ubnd-2024/',
    src: 'vp-ubnd-2024.meta.yaml; vp-ubnd-2024 l.196',
  },
  {
    q: 'kế hoạch cải cách hành chính tỉnh Quảng Trị 2021 - 2025',
    hurried: 'kh cchc tinh qt 2021-2025',
    path: '/qt-2021-2025/',
    src: 'qt-2021-2025.meta.yaml; qt-2021-2025 l.5',
  },
  // Tasks by printed number and a plan hint
  { q: 'nhiệm vụ 13 văn phòng 2024', hurried: 'nv13 vp', path: '/vp-ubnd-2024/13/', src: 'vp-ubnd-2024 l.226 row 13' },
  {
    q: 'nhiệm vụ II.3 tỉnh 2021',
    hurried: 'II.3 tinh 2021',
    path: '/qt-2021-2025/ii-3/',
    src: 'qt-2021-2025 l.44 row II.3',
  },
  {
    q: 'nhiệm vụ 25 của Văn phòng UBND tỉnh',
    hurried: 'nv25',
    path: '/vp-ubnd-2024/25/',
    src: 'vp-ubnd-2024 l.252 row 25 (hai-lang-2024 also has a task 25: either in the top 3 is fair; this one is judged first)',
  },
  {
    q: 'nhiệm vụ 4.6 Vĩnh Linh',
    hurried: 'nv 4.6 vinh linh',
    path: '/vinh-linh-2021-2025/4-6/',
    src: 'vinh-linh-2021-2025 l.250 item 4.6',
  },
  {
    q: 'nhiệm vụ 38 Hải Lăng',
    hurried: 'nv38 hai lang',
    path: '/hai-lang-2024/38/',
    src: 'hai-lang-2024 l.2796 row 38',
  },
  // Areas (docs/DOMAIN.md §4)
  {
    q: 'cải cách chế độ công vụ',
    hurried: 'cai cach che do cong vu',
    path: '/linh-vuc/cong-vu/',
    src: 'docs/DOMAIN.md §4 area "cong-vu"; qt-2021-2025 l.68',
  },
  {
    q: 'cải cách tổ chức bộ máy hành chính',
    hurried: 'cai cach to chuc bo may hc',
    path: '/linh-vuc/bo-may/',
    src: 'docs/DOMAIN.md §4 area "bo-may"; qt-2021-2025 l.60',
  },
];

/** How a query was typed. */
export type Form = 'accented' | 'plain' | 'hurried';
export const FORMS: readonly Form[] = ['accented', 'plain', 'hurried'];

export interface RelevanceCase {
  q: string;
  form: Form;
  path: string;
  src: string;
  /** Held out: never used for tuning (see NEEDS). */
  unseen: boolean;
}

/** Every need in its three forms; the plain form is the accented one folded ("đ" → "d"), as typed on a bare keyboard. */
export const RELEVANCE_CASES: readonly RelevanceCase[] = NEEDS.flatMap((n, i) => {
  const unseen = i % 4 === 3;
  return [
    { q: n.q, form: 'accented' as const, path: n.path, src: n.src, unseen },
    { q: foldKey(n.q), form: 'plain' as const, path: n.path, src: n.src, unseen },
    { q: n.hurried, form: 'hurried' as const, path: n.path, src: n.src, unseen },
  ];
});
