/**
 * Prints a plan as text extracted from a PDF (hai-lang-2024's shape): prose hard-wrapped
 * at about 80 characters, then an appendix whose cells come one short line at
 * a time, left to right, with no delimiter; page numbers and the repeated
 * header interleaved. Numbered items run on across sections, as in hai-lang-2024.
 */
import type { Rng } from './rng';
import type { PlanSpec } from './plan';
import { ROMAN } from './words';
import { preamble } from './preamble';

const HEADER = [
  'TT Nhiệm vụ cụ thể Hoạt động',
  'Sản phẩm',
  'đầu ra',
  'Cơ quan chủ',
  'trì',
  'Cơ quan phối',
  'hợp',
  'Thời gian',
  'hoàn thành',
  'Ghi',
  'chú',
];
// Characters per line of each column in hai-lang-2024's layout.
const WIDTH = { task: 26, activity: 17, output: 18, lead: 14, coord: 15, time: 11 };

/** Greedy wrap; a line that would be a bare number is kept with its neighbour, so it cannot pass for a row number. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last.length + 1 + word.length <= width || /^\d{1,3}\.?$/.test(last)))
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > 1 && /^\d{1,3}\.?$/.test(lines[lines.length - 1]!)) lines[lines.length - 2] += ` ${lines.pop()}`;
  return lines;
}

export function renderPdf(plan: PlanSpec, rng: Rng): string {
  const out: string[] = [];
  // Every extracted line ends in a space and is followed by a blank line.
  const emit = (line: string) => out.push(`${line} `, '');
  for (const para of preamble(plan, rng)) for (const l of wrap(para, 80)) emit(l);
  let page = 2;
  const pageBreak = () => {
    out.push('', '', `${page++} `, '');
    for (const h of HEADER) emit(h);
  };
  emit('PHỤ LỤC');
  emit(
    `Các nhiệm vụ cải cách hành chính ${plan.issuer.place} ${plan.from === plan.to ? `năm ${plan.from}` : `giai đoạn ${plan.from}-${plan.to}`}`,
  );
  for (const h of HEADER) emit(h);
  let n = 0;
  let sincePage = 0;
  plan.areas.forEach((area, ai) => {
    emit(`${ROMAN[ai]} ${area.label.toUpperCase()}`);
    for (const task of area.tasks) {
      if (sincePage >= rng.int(3, 5)) {
        pageBreak();
        sincePage = 0;
      }
      out.push(`${++n}  `);
      task.activities.forEach((a, i) => {
        // The Nhiệm vụ cell spans the item's rows: printed once, on the first.
        const cells = [...(i === 0 ? [task.title] : []), a.text, a.output, a.lead, a.coordinate, a.time];
        const widths = [
          ...(i === 0 ? [WIDTH.task] : []),
          WIDTH.activity,
          WIDTH.output,
          WIDTH.lead,
          WIDTH.coord,
          WIDTH.time,
        ];
        cells.forEach((c, k) => {
          // An empty cell leaves a whitespace-only line, as the extractor does.
          if (c === '') out.push(' ');
          else for (const l of wrap(c, widths[k]!)) emit(l);
        });
        out.push(' ', '');
      });
      sincePage++;
    }
  });
  return out.join('\n') + '\n';
}
