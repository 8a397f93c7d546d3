/**
 * Progressive enhancement of a prerendered network (Network.astro): zoom and
 * pan (wheel, drag, and buttons for keyboards), hover/focus highlighting of
 * a unit's partners, a filter by plan and area, and the groups toggle.
 * Clicking a node follows its link; a drag does not.
 */
import { tooltips } from './tooltip';

export function startNetwork(root: HTMLElement): void {
  const svg = root.querySelector<SVGSVGElement>('svg.network');
  const viewport = svg?.querySelector<SVGGElement>('.net-viewport');
  if (!svg || !viewport) return;
  const controls = root.querySelector<HTMLElement>('[data-chart-controls]');
  if (controls) controls.hidden = false;
  tooltips(root, 'a.net-node');

  const view = { k: 1, x: 0, y: 0 };
  const draw = () => viewport.setAttribute('transform', `translate(${view.x},${view.y}) scale(${view.k})`);
  const zoom = (factor: number, cx = svg.viewBox.baseVal.width / 2, cy = svg.viewBox.baseVal.height / 2) => {
    const k = Math.min(6, Math.max(0.5, view.k * factor));
    view.x = cx - ((cx - view.x) * k) / view.k;
    view.y = cy - ((cy - view.y) * k) / view.k;
    view.k = k;
    draw();
  };
  const toSvg = (e: MouseEvent) => {
    const r = svg.getBoundingClientRect();
    return {
      x: ((e.clientX - r.left) * svg.viewBox.baseVal.width) / r.width,
      y: ((e.clientY - r.top) * svg.viewBox.baseVal.height) / r.height,
    };
  };
  svg.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const p = toSvg(e);
      zoom(e.deltaY < 0 ? 1.2 : 1 / 1.2, p.x, p.y);
    },
    { passive: false },
  );

  let drag: { x: number; y: number; moved: boolean } | undefined;
  svg.addEventListener('pointerdown', (e) => (drag = { ...toSvg(e), moved: false }));
  svg.addEventListener('pointermove', (e) => {
    if (!drag || e.buttons !== 1) return;
    const p = toSvg(e);
    if (!drag.moved && Math.hypot(p.x - drag.x, p.y - drag.y) < 4) return;
    drag.moved = true;
    view.x += p.x - drag.x;
    view.y += p.y - drag.y;
    [drag.x, drag.y] = [p.x, p.y];
    draw();
  });
  svg.addEventListener('click', (e) => drag?.moved && e.preventDefault(), true);
  svg.addEventListener('pointerup', () => setTimeout(() => (drag = undefined)));

  root.querySelectorAll<HTMLButtonElement>('button[data-zoom]').forEach((b) =>
    b.addEventListener('click', () => {
      if (b.dataset.zoom === 'reset') (Object.assign(view, { k: 1, x: 0, y: 0 }), draw());
      else zoom(b.dataset.zoom === 'in' ? 1.3 : 1 / 1.3);
    }),
  );

  const highlight = (unit: string | undefined) => {
    const near = new Set(unit ? [unit] : []);
    for (const e of svg.querySelectorAll<SVGElement>('.net-edge')) {
      const hot = !!unit && (e.dataset.source === unit || e.dataset.target === unit);
      if (hot) near.add(e.dataset.source!).add(e.dataset.target!);
      e.classList.toggle('is-hot', hot);
      e.classList.toggle('is-dim', !!unit && !hot);
    }
    for (const n of svg.querySelectorAll<SVGElement>('.net-node'))
      n.classList.toggle('is-dim', !!unit && !near.has(n.dataset.unit!));
  };
  const onNode = (e: Event) => (e.target as Element).closest<SVGElement>('.net-node')?.dataset.unit;
  svg.addEventListener('mouseover', (e) => highlight(onNode(e)));
  svg.addEventListener('focusin', (e) => highlight(onNode(e)));
  svg.addEventListener('mouseleave', () => highlight(undefined));
  svg.addEventListener('focusout', () => highlight(undefined));

  const plan = root.querySelector<HTMLSelectElement>('select[data-filter="plan"]');
  const area = root.querySelector<HTMLSelectElement>('select[data-filter="area"]');
  const groups = root.querySelector<HTMLInputElement>('input[data-filter="groups"]');
  const apply = () => {
    const inScope = (el: Element) =>
      (el.getAttribute('data-scope') ?? '').split(' ').some((s) => {
        const [p, a] = s.split('|');
        return (!plan?.value || p === plan.value) && (!area?.value || a === area.value);
      });
    const showGroups = groups?.checked ?? true;
    for (const el of svg.querySelectorAll<SVGElement>('.net-node, .net-edge')) {
      const group = el.dataset.kind === 'group' || el.dataset.group === '1';
      el.toggleAttribute('hidden', !inScope(el) || (group && !showGroups));
    }
    svg.querySelector('.net-strip')?.toggleAttribute('hidden', !showGroups);
    const wrap = root.closest('[data-network-wrap]') ?? root;
    // Rows carry data-scope only when there is a filter to apply; the groups toggle applies to all.
    for (const tr of wrap.querySelectorAll<HTMLElement>('.chart-data tbody tr'))
      tr.hidden = !inScope(tr) || (tr.dataset.group === '1' && !showGroups);
  };
  for (const c of [plan, area, groups]) c?.addEventListener('change', apply);
}
