/**
 * Prints a plan as Markdown prose (vinh-linh-2021-2025's shape): numbered area headings of
 * varying depth, "a) Mục tiêu" and "b) Nhiệm vụ" bullet lists ("- " a task,
 * "+ " its activities), targets under "Đến năm ...", and a "Tổ chức thực
 * hiện" section giving each office its areas.
 */
import type { Rng } from './rng';
import type { PlanSpec } from './plan';
import { objectiveText, targetText } from './words';

const heading = (rng: Rng, min: number, text: string) =>
  `${'#'.repeat(rng.int(min, min + 2))} ${rng.chance(0.5) ? `**${text}**` : text}`;

export function renderProse(plan: PlanSpec, rng: Rng): string {
  const out = [
    '',
    `**${plan.issuer.issuer.toUpperCase()}**`,
    '',
    'Số: /QĐ-UBND',
    '',
    `${plan.issuer.place}, ngày  tháng  năm ${plan.from}`,
    '',
  ];
  out.push('## KẾ HOẠCH', '', `### **${plan.title}**`, '');
  out.push('## **I. MỤC TIÊU, YÊU CẦU**', '', '### **1. Mục tiêu**', '', objectiveText(rng) + '.', '');
  out.push(
    `## **II. MỤC TIÊU, NHIỆM VỤ CỤ THỂ CẢI CÁCH HÀNH CHÍNH ${plan.from === plan.to ? `NĂM ${plan.from}` : `GIAI ĐOẠN ${plan.from}-${plan.to}`}**`,
    '',
  );
  plan.areas.forEach((area, ai) => {
    out.push(heading(rng, 2, `${ai + 1}. ${area.label.charAt(0)}${area.label.slice(1).toLowerCase()}`), '');
    out.push(heading(rng, 3, 'a) Mục tiêu:'), '');
    out.push(`- ${objectiveText(rng)}.`, '');
    if (rng.chance(0.5)) out.push(`**Đến năm ${plan.to}:**`, '', `+ ${targetText(rng, plan.to)}`, '');
    out.push(heading(rng, 3, 'b) Nhiệm vụ:'), '');
    for (const task of area.tasks) {
      const subs = task.activities.length > 1 ? task.activities : [];
      out.push(`- ${task.title}${subs.length ? ':' : '.'}`, '');
      for (const a of subs) out.push(`+ ${a.text}.`, '');
    }
  });
  out.push(
    '## VI. TỔ CHỨC THỰC HIỆN',
    '',
    `1. Các cơ quan, đơn vị căn cứ Kế hoạch này xây dựng kế hoạch cụ thể để triển khai thực hiện.`,
    '',
  );
  const leads = rng.some(plan.issuer.offices, Math.min(plan.areas.length, plan.issuer.offices.length));
  leads.forEach((unit, i) => {
    const area = plan.areas[i % plan.areas.length]!;
    out.push(
      heading(rng, 2, `${i + 2}. ${unit}:`),
      '',
      `Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tham mưu triển khai thực hiện nhiệm vụ ${area.label.toLowerCase()}.`,
      '',
    );
  });
  out.push('**Nơi nhận:**', '', '- Như Điều 3;', '- Lưu: VT.', '');
  return out.join('\n') + '\n';
}
