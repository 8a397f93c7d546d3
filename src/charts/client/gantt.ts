/**
 * Progressive enhancement of a prerendered Gantt (src/components/charts/Gantt.astro):
 * filters by plan, area, unit and year toggle `hidden` on rows (in both zoom
 * levels and in the table) and restack the visible ones; the zoom buttons
 * swap the year and quarter SVGs. Without JavaScript the chart is complete;
 * with it, a chart of several plans opens on the first one.
 */
import { tooltips } from './tooltip';
import { dayX, todayLabel } from '../gantt/today';
import { localDay } from '../../lib/time/dates';

type Filters = { plan: string; area: string; unit: string; year: string };

export function startGantt(root: HTMLElement): void {
  const controls = root.querySelector<HTMLElement>('[data-chart-controls]');
  if (controls) controls.hidden = false;
  tooltips(root, 'a');
  const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const status = root.querySelector<HTMLElement>('[data-chart-status]');
  const apply = () => {
    const f = Object.fromEntries(selects.map((s) => [s.dataset.filter, s.value])) as Filters;
    const table = root.closest('[data-gantt-wrap]') ?? root;
    let shown = 0;
    let total = 0;
    for (const el of table.querySelectorAll<Element>('[data-task]')) {
      const ok = matches(el, f);
      el.toggleAttribute('hidden', !ok);
      if (el.matches('g.gantt-row') && el.closest('[data-zoom-view]:not([hidden])'))
        [shown, total] = [shown + (ok ? 1 : 0), total + 1];
    }
    // The chart and its label column stack their rows alike, so they stay side by side.
    for (const svg of root.querySelectorAll<SVGSVGElement>('svg.gantt, svg.gantt-labels')) restack(svg);
    if (status)
      status.textContent = shown === total ? `Hiện tất cả ${total} nhiệm vụ.` : `Hiện ${shown} trên ${total} nhiệm vụ.`;
  };
  for (const s of selects) s.addEventListener('change', apply);
  // One plan at a time by default: every plan at once makes a chart taller
  // than a phone can follow. "Tất cả" in the filter still shows them all.
  const plan = selects.find((s) => s.dataset.filter === 'plan');
  if (plan && !plan.value && plan.options.length > 2) {
    plan.selectedIndex = 1;
    apply();
  }

  moveToday(root, localDay());

  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-zoom]')];
  for (const b of buttons) {
    b.addEventListener('click', () => {
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === b));
      for (const view of root.querySelectorAll<HTMLElement>('[data-zoom-view]'))
        view.hidden = view.dataset.zoomView !== b.dataset.zoom;
      apply();
    });
  }
}

function matches(el: Element, f: Filters): boolean {
  const has = (name: string, value: string) => !value || (el.getAttribute(name) ?? '').split(' ').includes(value);
  // Undated tasks (no data-years) stay listed under a year filter: their year is unknown, not another one.
  const yearOk = !el.hasAttribute('data-years') || has('data-years', f.year);
  return has('data-plan', f.plan) && has('data-area', f.area) && has('data-units', f.unit) && yearOk;
}

/** Moves visible blocks up so hidden rows leave no gaps; headers of empty areas hide too. */
function restack(svg: SVGSVGElement): void {
  const blocks = [...svg.querySelectorAll<SVGGElement>('.gantt-body > g')];
  blocks.forEach((g, i) => {
    if (!g.classList.contains('gantt-area')) return;
    let any = false;
    for (let j = i + 1; j < blocks.length && !blocks[j]!.classList.contains('gantt-area'); j++)
      any ||= !blocks[j]!.hasAttribute('hidden');
    g.toggleAttribute('hidden', !any);
  });
  let y = Number(svg.dataset.top ?? 0);
  for (const g of blocks) {
    if (g.hasAttribute('hidden')) continue;
    g.setAttribute('transform', `translate(0,${y})`);
    y += Number(g.dataset.h ?? 0);
  }
  const width = svg.viewBox.baseVal.width;
  svg.setAttribute('viewBox', `0 0 ${width} ${y + 4}`);
  svg.setAttribute('height', String(y + 4));
}

/** The line drawn on the build date moves to the reader's day, or goes when that day is off the axis. */
function moveToday(root: HTMLElement, day: string): void {
  for (const g of root.querySelectorAll<SVGGElement>('g.today')) {
    const { from = '', until = '', x0 = '', x1 = '' } = g.dataset;
    const x = dayX(day, { from, until, x0: Number(x0), x1: Number(x1) });
    const line = g.querySelector('line');
    const text = g.querySelector('text');
    const svg = g.ownerSVGElement;
    if (x === undefined || !line || !text || !svg) {
      g.setAttribute('display', 'none');
      continue;
    }
    const label = todayLabel(x, svg.viewBox.baseVal.width, day, false);
    line.setAttribute('x1', String(x));
    line.setAttribute('x2', String(x));
    text.setAttribute('x', String(label.x));
    if (label.anchor === 'end') text.setAttribute('text-anchor', 'end');
    else text.removeAttribute('text-anchor');
    text.textContent = label.text;
  }
}
