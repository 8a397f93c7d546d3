/**
 * The prose that precedes the appendix table (snv-2026's outline): header, legal
 * bases, purposes with measurable targets, and "Tổ chức thực hiện" duties.
 * One line per paragraph, blank lines between, as the tab-separated sources
 * print it; the PDF printer re-wraps it.
 */
import type { Rng } from './rng';
import type { PlanSpec } from './plan';
import { objectiveText, targetText } from './words';

export function preamble(plan: PlanSpec, rng: Rng): string[] {
  const out = ['', 'Số: /KH-UBND', '', `Quảng Trị, ngày  tháng  năm ${plan.from}`, '', 'KẾ HOẠCH', '', plan.title, ''];
  out.push(
    `Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030; ${plan.issuer.issuer} ban hành Kế hoạch cải cách hành chính như sau:`,
    '',
  );
  out.push('I. MỤC ĐÍCH, YÊU CẦU', '', '1. Mục tiêu', '');
  for (let i = rng.int(2, 3); i > 0; i--) out.push(`- ${objectiveText(rng)}.`, '');
  out.push('2. Các chỉ tiêu cụ thể', '');
  for (let i = rng.int(2, 4); i > 0; i--) out.push(`- ${targetText(rng, plan.to)}`, '');
  out.push('II. NHIỆM VỤ TRỌNG TÂM: (Phụ lục kèm theo)', '', 'III. TỔ CHỨC THỰC HIỆN', '');
  rng
    .some(plan.issuer.offices, 3)
    .forEach((unit, i) =>
      out.push(
        `${i + 1}. ${unit} chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai thực hiện các nhiệm vụ được giao tại Phụ lục kèm theo Kế hoạch này; báo cáo kết quả định kỳ theo quy định.`,
        '',
      ),
    );
  out.push('Nơi nhận:', '', '- Như trên;', '- Lưu: VT.', '');
  return out;
}
