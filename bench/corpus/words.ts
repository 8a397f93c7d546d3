/**
 * Phrases for synthetic plans, taken from the five real sources so that cell
 * lengths, vocabulary (and so search-index size and page weight) look like
 * the real thing. Combined at random, they read like a plan, not lorem ipsum.
 */
import type { Rng } from './rng';

export interface AreaWords {
  key: string;
  /** Headings as the sources print them: title case, upper case. */
  labels: readonly string[];
  objects: readonly string[];
}

export const AREA_WORDS: readonly AreaWords[] = [
  {
    key: 'chi-dao',
    labels: ['Công tác chỉ đạo, điều hành', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH', 'Công tác chỉ đạo điều hành CCHC'],
    objects: [
      'Kế hoạch cải cách hành chính',
      'công tác tuyên truyền CCHC',
      'công tác kiểm tra CCHC',
      'chỉ số cải cách hành chính',
      'kỷ luật, kỷ cương hành chính',
      'Kế hoạch tuyên truyền về CCHC',
    ],
  },
  {
    key: 'the-che',
    labels: ['Cải cách thể chế', 'CẢI CÁCH THỂ CHẾ', 'Cải cách thể chế, theo dõi thi hành pháp luật'],
    objects: [
      'văn bản quy phạm pháp luật',
      'công tác pháp chế',
      'công tác theo dõi thi hành pháp luật',
      'công tác phổ biến, giáo dục pháp luật',
      'văn bản QPPL thuộc lĩnh vực quản lý của ngành',
    ],
  },
  {
    key: 'tthc',
    labels: ['Cải cách thủ tục hành chính', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'Cải cách Thủ tục hành chính'],
    objects: [
      'thủ tục hành chính',
      'cơ chế một cửa, một cửa liên thông',
      'dịch vụ công trực tuyến toàn trình',
      'phương án đơn giản hóa TTHC nội bộ',
      'hồ sơ TTHC trên Hệ thống thông tin giải quyết TTHC',
    ],
  },
  {
    key: 'bo-may',
    labels: ['Cải cách tổ chức bộ máy hành chính nhà nước', 'CẢI CÁCH TỔ CHỨC BỘ MÁY HCNN', 'Cải cách tổ chức bộ máy'],
    objects: [
      'vị trí việc làm',
      'chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức',
      'đơn vị sự nghiệp công lập',
      'quy chế làm việc của cơ quan',
      'biên chế công chức và số lượng người làm việc',
    ],
  },
  {
    key: 'cong-vu',
    labels: ['Cải cách chế độ công vụ', 'CẢI CÁCH CÔNG VỤ', 'Cải cách công chức, công vụ'],
    objects: [
      'công tác tuyển dụng công chức, viên chức',
      'đánh giá, xếp loại CBCCVC',
      'đào tạo, bồi dưỡng cán bộ, công chức, viên chức',
      'văn hóa công vụ',
      'công tác thi đua, khen thưởng',
    ],
  },
  {
    key: 'tai-chinh',
    labels: ['Cải cách tài chính công', 'CẢI CÁCH TÀI CHÍNH CÔNG'],
    objects: [
      'phương án tự chủ tài chính',
      'danh mục dịch vụ sự nghiệp công sử dụng ngân sách nhà nước',
      'quy chế chi tiêu nội bộ',
      'công tác quyết toán ngân sách',
      'cơ chế tự chủ của đơn vị sự nghiệp công lập',
    ],
  },
  {
    key: 'so',
    labels: [
      'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
      'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ',
      'Ứng dụng và phát triển Chính quyền điện tử, Chính quyền số',
    ],
    objects: [
      'Kế hoạch chuyển đổi số',
      'hệ thống quản lý văn bản và hồ sơ công việc',
      'chữ ký số',
      'kết nối với Cơ sở dữ liệu quốc gia về Dân cư',
      'phân hệ lập hồ sơ điện tử, giao nộp hồ sơ điện tử',
      'an toàn thông tin mạng',
    ],
  },
];

const VERBS = [
  'Xây dựng và ban hành',
  'Tổ chức triển khai',
  'Rà soát, đánh giá',
  'Kiểm tra việc thực hiện',
  'Tăng cường',
  'Nâng cao chất lượng',
  'Triển khai có hiệu quả',
  'Tiếp tục thực hiện',
  'Hoàn thiện',
  'Đẩy mạnh',
  'Tham mưu ban hành',
  'Công khai',
  'Cập nhật, bổ sung',
  'Theo dõi, đôn đốc',
];
const QUALIFIERS = [
  'năm {y}',
  'trên địa bàn {place}',
  'theo quy định',
  'giai đoạn {from}-{to}',
  'của các cơ quan, đơn vị',
  'theo hướng dẫn của Trung ương',
  'gắn với chuyển đổi số',
  '',
];
const ACTIVITIES = [
  'Xây dựng dự thảo, lấy ý kiến tham gia',
  'Tổ chức hội nghị quán triệt, triển khai',
  'Báo cáo kết quả thực hiện',
  'Rà soát, thống kê, đề xuất phương án',
  'Thẩm định dự thảo văn bản',
  'Tổ chức tập huấn, bồi dưỡng nghiệp vụ',
  'Kiểm tra, đôn đốc việc thực hiện',
  'Công bố, công khai trên Cổng Thông tin điện tử',
  'Tổng hợp, đánh giá kết quả',
  'Ban hành Quyết định phê duyệt',
];
const OUTPUTS = [
  'Kế hoạch',
  'Báo cáo',
  'Quyết định',
  'Công văn',
  'Kế hoạch, Báo cáo',
  'Quyết định; Báo cáo',
  'Tờ trình, Nghị quyết, Quyết định',
  'Biên bản, Kết luận kiểm tra',
  'Văn bản triển khai, Kế hoạch',
  'Phần mềm được hoàn thiện',
  'Bài viết, phóng sự, cuộc thi và các hình thức tuyên truyền khác',
];
const OBJECTIVE_HEADS = [
  'Nâng cao chất lượng, hiệu quả',
  'Bảo đảm 100%',
  'Tối thiểu 80%',
  'Xây dựng và hoàn thiện',
  'Đổi mới, nâng cao hiệu lực',
  'Tiếp tục đẩy mạnh',
];
const OBJECTIVE_TAILS = [
  'văn bản quy phạm pháp luật của HĐND và UBND được ban hành đúng pháp luật, đồng bộ, thống nhất theo các văn bản chủ đạo của Trung ương và có tính khả thi cao, công khai, dễ tiếp cận',
  'hồ sơ giải quyết thủ tục hành chính được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử',
  'cơ quan, đơn vị được quy định đầy đủ chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức theo quy định của Chính phủ và hướng dẫn của Bộ, ngành Trung ương',
  'đội ngũ cán bộ, công chức, viên chức chuyên nghiệp, có phẩm chất, trình độ và năng lực, đáp ứng yêu cầu nhiệm vụ và sự phát triển của địa phương',
  'người dân, doanh nghiệp khi thực hiện thủ tục hành chính không phải cung cấp lại thông tin, giấy tờ, tài liệu đã được chấp nhận khi thực hiện thành công thủ tục trước đó',
  'mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước đạt tối thiểu 90%',
];
const BUDGETS = [
  'Theo dự toán ngân sách hàng năm',
  'Ngân sách tỉnh',
  'Lồng ghép trong kinh phí thường xuyên',
  'Nguồn kinh phí CCHC',
];

/** Time expressions of docs/DOMAIN.md §7, with the plan's own years. */
export function timeExpression(rng: Rng, from: number, to: number): string {
  const y = from;
  const annual = [
    `Quý I/${y}`,
    `Quý III/${y}`,
    `Tháng 01/${y}`,
    `Trước 31/01/${y}`,
    `Trước ngày 15/01/${y}`,
    `Ngày 15/12/${y}`,
    `Cả năm ${y}`,
    `Tháng 6/${y} và tháng 11/${y}`,
    `Trước ngày 30/9/${y}`,
    'Hàng Quý',
    'Quý IV hàng năm',
    'Thường xuyên',
    'Sau khi Trung ương công bố kết quả',
    'Theo Kế hoạch',
    'Từ Quý I đến Quý III',
  ];
  const multi = [
    'Hàng năm',
    'Trước ngày 31/12 hàng năm',
    `${from}-${to}`,
    `Từ ${from}-${to}`,
    `Năm ${to}`,
    'Đến năm 2030',
    `Triển khai ${from + 1}, hoàn thành ${to}`,
    'Thường xuyên',
    'Tháng 12 hàng năm',
    `Hàng năm, đến năm ${to}`,
  ];
  return rng.pick(from === to ? annual : multi);
}

export interface Context {
  place: string;
  from: number;
  to: number;
}

const fill = (s: string, c: Context) =>
  s
    .replace('{y}', String(c.from))
    .replace('{place}', c.place)
    .replace('{from}', String(c.from))
    .replace('{to}', String(c.to));

export function taskTitle(rng: Rng, area: AreaWords, c: Context): string {
  const q = fill(rng.pick(QUALIFIERS), c);
  return `${rng.pick(VERBS)} ${rng.pick(area.objects)}${q ? ` ${q}` : ''}`;
}

export function activityText(rng: Rng, area: AreaWords): string {
  const a = rng.pick(ACTIVITIES);
  return rng.chance(0.5) ? `${a} về ${rng.pick(area.objects)}` : a;
}

export const outputText = (rng: Rng) => rng.pick(OUTPUTS);
export const budgetText = (rng: Rng) => rng.pick(BUDGETS);

/** One or two sentences, 100–400 characters, like the Mục tiêu cells of qt-2021-2025 and vp-ubnd-2024. */
export function objectiveText(rng: Rng): string {
  const one = `${rng.pick(OBJECTIVE_HEADS)} ${rng.pick(OBJECTIVE_TAILS)}`;
  return rng.chance(0.4) ? `${one}. ${rng.pick(OBJECTIVE_HEADS)} ${rng.pick(OBJECTIVE_TAILS)}` : one;
}

/** A sentence of target prose with a number and a deadline (docs/DOMAIN.md §8). */
export function targetText(rng: Rng, to: number): string {
  return `${rng.pick(['Tối thiểu', 'Đạt', 'Phấn đấu'])} ${rng.int(5, 19) * 5}% ${rng.pick(OBJECTIVE_TAILS)} đến năm ${to}.`;
}

export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
