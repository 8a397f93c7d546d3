/**
 * Prints a plan as a tab-separated appendix table, in the three layouts of
 * the real sources: 9 columns with Kinh phí (qt-2021-2025), 8 columns (vp-ubnd-2024) and the
 * 6-column two-row header with "Nội dung N." sections (snv-2026). Quirks kept:
 * the header repeats on every page, a row cut by a page break continues
 * after the header in a row with no number, several activities share one row
 * separated by two spaces, sub-activities in <i>.
 */
import type { Rng } from './rng';
import type { PlanSpec, TaskSpec } from './plan';
import { ROMAN } from './words';
import { preamble } from './preamble';

type Layout = 'tsv-9' | 'tsv-8' | 'tsv-6';

const HEADERS: Record<Layout, string[]> = {
  'tsv-9': [
    'STT\t1- Mục tiêu\t2- Nhiệm vụ\t3- Hoạt động\t4- Kết quả/ Sản phẩm\t5-Chủ trì\t6-Phối hợp\t7-Thời gian\t8- Kinh phí',
  ],
  'tsv-8': ['TT\tMục tiêu\tNhiệm vụ\tHoạt động\tKết quả/ Sản phẩm\tChủ trì\tPhối hợp\tThời gian'],
  'tsv-6': [
    'STT\tNhiệm vụ\tKết quả/ Sản phẩm\tTrách nhiệm cụ thể\t\tThời gian thực hiện/ hoàn thành',
    '\t\t\tĐơn vị chủ trì\tĐơn vị phối hợp\t',
  ],
};
const WIDTH: Record<Layout, number> = { 'tsv-9': 9, 'tsv-8': 8, 'tsv-6': 6 };

/** Where a long cell can be cut so that the rest reads as a continuation: before a lower-case word. */
function cut(text: string, rng: Rng): [string, string] | undefined {
  const words = text.split(' ');
  const at = words.map((_, i) => i).filter((i) => i >= 4 && i <= words.length - 3 && /^\p{Ll}/u.test(words[i]!));
  if (at.length === 0) return undefined;
  const i = rng.pick(at);
  return [words.slice(0, i).join(' '), words.slice(i).join(' ')];
}

function taskRows(layout: Layout, task: TaskSpec, number: string, rng: Rng): string[][] {
  const acts = task.activities;
  if (layout === 'tsv-6') {
    const a = acts[0]!;
    const first = [number, task.title, a.output, a.lead, a.coordinate, a.time];
    if (acts.length === 1) return [first];
    // snv-2026 Nội dung 2: the task row, then its sub-activities in italics.
    return [first, ...acts.map((s) => ['', `<i>${s.text}</i>`, `<i>${s.output}</i>`, '', '', ''])];
  }
  const tail = (cells: string[], budget: string) => (layout === 'tsv-9' ? [...cells, budget] : cells);
  if (acts.length > 1 && rng.chance(0.2)) {
    // qt-2021-2025 row 1: several activities in one row, each column's items two spaces apart.
    const join = (f: (a: (typeof acts)[number]) => string) => acts.map(f).join('  ');
    return [
      tail(
        [
          number,
          task.objective,
          task.title,
          join((a) => a.text),
          join((a) => a.output),
          join((a) => a.lead),
          join((a) => a.coordinate),
          join((a) => a.time),
        ],
        acts.map(() => task.budget).join('  '),
      ),
    ];
  }
  return acts.map((a, i) =>
    tail(
      [
        i === 0 ? number : '',
        i === 0 ? task.objective : '',
        i === 0 ? task.title : '',
        a.text,
        a.output,
        a.lead,
        a.coordinate,
        a.time,
      ],
      task.budget,
    ),
  );
}

export function renderTsv(plan: PlanSpec, layout: Layout, rng: Rng): string {
  const lines = [
    ...preamble(plan, rng),
    'PHỤ LỤC',
    '',
    plan.title.toUpperCase(),
    '',
    `(Kèm theo Kế hoạch số: /KH-UBND ngày  tháng  năm ${plan.from} của ${plan.issuer.issuer})`,
    '',
  ];
  const header = HEADERS[layout];
  const width = WIDTH[layout];
  const rows: string[][] = [];
  let running = 0;
  plan.areas.forEach((area, ai) => {
    if (layout === 'tsv-6')
      rows.push([`Nội dung ${ai + 1}. ${area.label} (${String(area.tasks.length).padStart(2, '0')} nhiệm vụ)`]);
    else if (layout === 'tsv-9') rows.push([`<b>${ROMAN[ai]}</b>`, `<b>${area.label}</b>`]);
    else rows.push([ROMAN[ai]!, area.label.toUpperCase()]);
    area.tasks.forEach((task, ti) =>
      rows.push(...taskRows(layout, task, String(layout === 'tsv-8' ? ++running : ti + 1), rng)),
    );
  });
  const pad = (cells: string[]) => [...cells, ...Array<string>(width - cells.length).fill('')].join('\t');
  lines.push(...header);
  let sincePage = 0;
  let pageLength = rng.int(5, 9);
  for (const row of rows) {
    if (sincePage >= pageLength) {
      // Page break; with luck the row just printed is cut and goes on after the repeated header.
      const prev = lines[lines.length - 1]!.split('\t');
      const col = 1; // Mục tiêu (9, 8 columns) or Nhiệm vụ (6): the long cells that page breaks cut in the sources
      const parts = prev[0] !== '' && /^\d+$/.test(prev[0]!) && rng.chance(0.5) ? cut(prev[col]!, rng) : undefined;
      if (parts) lines[lines.length - 1] = pad(prev.map((c, i) => (i === col ? parts[0] : c)));
      lines.push('', ...header);
      if (parts) lines.push(pad(prev.map((_, i) => (i === col ? parts[1] : ''))));
      sincePage = 0;
      pageLength = rng.int(5, 9);
    }
    lines.push(pad(row));
    sincePage++;
  }
  return lines.join('\n') + '\n';
}
