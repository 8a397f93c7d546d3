/**
 * The data dictionary shown on /du-lieu/: one entry per published file, one
 * row per field. Summarises src/schema (the normative definition) and
 * docs/DATA.md for readers who open the files in Excel or a script.
 */
import { SOURCE_SHAPES } from '../../schema/shapes';

export interface FileDoc {
  file: string;
  title: string;
  fields: [name: string, meaning: string][];
}

const source: [string, string] = ['source', 'Vị trí trong văn bản gốc: {file, lines: [dòng đầu, dòng cuối]}'];

export const DICTIONARY: FileDoc[] = [
  {
    file: 'plans.json',
    title: 'Kế hoạch',
    fields: [
      ['id', 'Mã kế hoạch, dùng trong địa chỉ trang (vd. vp-ubnd-2024)'],
      ['title', 'Tên kế hoạch như văn bản ghi'],
      ['issuer', 'Cơ quan ban hành'],
      ['jurisdiction', 'Cấp/địa bàn của kế hoạch'],
      ['period', 'Thời kỳ: {from, to} (năm)'],
      ['horizon', 'Năm định hướng (nếu có)'],
      ['documentNumber', 'Số văn bản; bỏ trống khi văn bản để trống, không bao giờ tự điền'],
      ['issuedOn', 'Ngày ban hành (YYYY-MM-DD), bỏ trống khi văn bản không ghi'],
      ['appendix', 'Tên phụ lục dùng khi trích dẫn'],
      ['format', `Dạng văn bản gốc: ${SOURCE_SHAPES.map((s) => `${s.id} (${s.label})`).join(', ')}`],
      ['url', 'Địa chỉ trang của kế hoạch trên trang này'],
      ['taskCount, declaredTaskCount', 'Số nhiệm vụ đọc được; số nhiệm vụ văn bản tự ghi (nếu có)'],
      [
        'areas',
        'Các lĩnh vực: {key, label (như văn bản ghi), number, declaredCount, statements (mục tiêu, yêu cầu, nhiệm vụ, giải pháp)}',
      ],
    ],
  },
  {
    file: 'tasks.json',
    title: 'Nhiệm vụ',
    fields: [
      ['id', '<mã kế hoạch>/<slug>'],
      [
        'plan, area, areaLabel',
        'Kế hoạch; khóa lĩnh vực chuẩn (chi-dao, the-che, tthc, bo-may, cong-vu, tai-chinh, so, chi-so); tên lĩnh vực như văn bản ghi',
      ],
      ['number, slug', 'Số thứ tự như văn bản ghi (13, II.3, 2.3) và dạng dùng trong địa chỉ (13, ii-3, 2-3)'],
      ['title, objective', 'Nhiệm vụ; mục tiêu'],
      [
        'activities',
        'Hoạt động: {text, outputs (kết quả/sản phẩm), lead, coordinate, leadRaw, coordinateRaw, time, unitNotes}',
      ],
      ['lead, coordinate', 'Mã đơn vị chủ trì, phối hợp (xem units.json)'],
      ['leadRaw, coordinateRaw', 'Đơn vị chủ trì, phối hợp như văn bản ghi'],
      ['leadDerived', 'true khi đơn vị chủ trì lấy từ phần Tổ chức thực hiện, không ghi ở nhiệm vụ'],
      ['time', 'Thời gian: {raw (như văn bản ghi), kind, from, to, recurrence, parts}'],
      ['budget, note', 'Kinh phí; ghi chú'],
      ['url', 'Địa chỉ cố định của nhiệm vụ'],
      source,
      ['corrections', 'Các chỉnh sửa đã áp dụng: {field, from, to, reason}'],
      [
        'confidence',
        'Độ tin cậy từng trường (title, objective, activities, outputs, lead, coordinate, time, budget, note): certain (chắc chắn) hoặc doubtful (cần đối chiếu văn bản gốc)',
      ],
      ['doubts', 'Lý do nghi ngờ: {field, reason (mã cảnh báo, vd. items-count-mismatch, lead-derived), lines}'],
    ],
  },
  {
    file: 'tasks.csv',
    title: 'Nhiệm vụ (bảng CSV)',
    fields: [
      [
        '(mỗi dòng một nhiệm vụ)',
        'UTF-8 có BOM, mở trực tiếp bằng Excel; các cột tương ứng tasks.json, đơn vị ghi bằng tên; doubtful và doubt_reasons: các trường cần đối chiếu văn bản gốc và lý do',
      ],
    ],
  },
  {
    file: 'units.json',
    title: 'Đơn vị',
    fields: [
      ['id, name', 'Mã và tên đơn vị'],
      ['jurisdiction', 'Cấp quản lý; cùng tên ở hai huyện là hai đơn vị'],
      ['kind', 'office (một cơ quan) hoặc group (cách gọi chung nhiều cơ quan)'],
      ['aliases', 'Cách viết khác, viết tắt'],
      ['discovered', 'true khi tên lấy từ văn bản, chưa có trong danh mục'],
      [
        'validFrom, validTo',
        'Ngày đầu và ngày cuối tồn tại (YYYY-MM-DD) theo unit-events.json; bỏ trống khi có trước các kế hoạch hoặc còn đến nay',
      ],
      ['duties', 'Trách nhiệm theo phần Tổ chức thực hiện: {plan, role, areas, text, source}'],
    ],
  },
  {
    file: 'targets.json',
    title: 'Chỉ tiêu',
    fields: [
      ['id, plan, area', 'Mã; kế hoạch; lĩnh vực'],
      ['sentence', 'Trọn câu văn bản nêu chỉ tiêu, nguyên văn (không cắt giữa câu)'],
      ['text', 'Vế của câu nói về chỉ tiêu này (một câu có thể nêu nhiều chỉ tiêu)'],
      [
        'value, valueMax, valueRaw, unit',
        'Mức (cận dưới khi có «tối thiểu», «từ … trở lên»); mức trên của khoảng («15% - 25%») hoặc null; mức như văn bản viết; đơn vị đo (80, %)',
      ],
      [
        'comparator, comparatorRaw',
        'Loại so sánh (min, max, exact, more-than, less-than, reduce-by) và cách văn bản viết (tối thiểu, trên…)',
      ],
      [
        'deadlineYear, deadlineRaw',
        'Năm phải đạt, và cách văn bản viết («Đến năm 2025», «hàng năm»); deadlineRaw rỗng: câu không ghi năm, năm là năm cuối của kế hoạch',
      ],
      ['indicator', 'Khóa chỉ số, để so sánh cùng chỉ số giữa các kế hoạch'],
      source,
    ],
  },
  {
    file: 'unit-events.json',
    title: 'Sự kiện tổ chức của đơn vị (sắp xếp năm 2025)',
    fields: [
      ['id', 'Mã sự kiện (e1, e2, …) theo thứ tự trong content/unit-events.yaml'],
      ['unit', 'Mã đơn vị (xem units.json)'],
      [
        'type',
        'unchanged (không thay đổi), renamed (đổi tên), merged_into (hợp nhất vào), dissolved_functions_to (chấm dứt, chức năng chuyển cho), territorial_successor (địa bàn thuộc đơn vị mới), unknown (chưa xác định)',
      ],
      ['effective', 'Ngày có hiệu lực (YYYY-MM-DD); đơn vị tồn tại đến hết ngày trước đó'],
      ['successors', 'Đơn vị kế tục: {unit, scope (phần chức năng hoặc địa bàn)}; rỗng khi chưa xác định'],
      ['basis', 'Căn cứ pháp lý: mã trong legal-bases.json, hoặc {ref, cite} khi dẫn điều, khoản'],
      ['confidence', 'confirmed (đã đối chiếu) hoặc unconfirmed'],
      ['note', 'Ghi chú, gồm những điều chưa xác định'],
      ['line', 'Dòng trong tệp nguồn content/unit-events.yaml'],
    ],
  },
  {
    file: 'legal-bases.json',
    title: 'Căn cứ pháp lý',
    fields: [
      ['id', 'Mã căn cứ'],
      ['number', 'Số văn bản; null khi chưa xác định được'],
      ['title, issuer', 'Tên văn bản; cơ quan ban hành'],
      ['date, effective', 'Ngày ban hành; ngày có hiệu lực (nếu đã xác minh)'],
      ['url', 'Đường dẫn đến văn bản (nếu có)'],
    ],
  },
  {
    file: 'unit-events.csv',
    title: 'Sự kiện tổ chức (bảng CSV)',
    fields: [
      [
        '(mỗi dòng một sự kiện)',
        'UTF-8 có BOM; các cột tương ứng unit-events.json, đơn vị và căn cứ ghi bằng tên, số, ngày',
      ],
    ],
  },
  {
    file: 'quality.json',
    title: 'Chất lượng dữ liệu',
    fields: [
      ['id, level', 'Mã; mức: error, warning (cảnh báo), info'],
      ['code, message', 'Loại vấn đề; mô tả'],
      ['plan, file, line, field', 'Vị trí vấn đề'],
      ['text', 'Đoạn văn bản gốc liên quan, nguyên văn'],
    ],
  },
];
