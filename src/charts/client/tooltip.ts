/**
 * One tooltip per chart, shown on hover and on keyboard focus (the native SVG
 * <title> tooltip appears on hover only). The <title> text moves into
 * data-tip so the browser does not show a second, native tooltip; links keep
 * their aria-label, so nothing is lost for screen readers.
 */
export function tooltips(root: HTMLElement, selector: string): void {
  const tip = root.querySelector<HTMLElement>('[data-chart-tip]');
  if (!tip) return;
  for (const a of root.querySelectorAll<SVGAElement>(selector)) {
    const title = a.querySelector(':scope > title');
    if (title) {
      a.dataset.tip = title.textContent ?? '';
      title.remove();
    }
  }
  const show = (event: Event) => {
    const a = (event.target as Element).closest<SVGAElement>(selector);
    if (!a?.dataset.tip) return;
    tip.textContent = a.dataset.tip;
    tip.hidden = false;
    const box = root.getBoundingClientRect();
    const at = event instanceof MouseEvent ? { x: event.clientX, y: event.clientY } : centre(a.getBoundingClientRect());
    const left = Math.min(at.x - box.left + 12, box.width - tip.offsetWidth - 4);
    tip.style.left = `${Math.max(0, left)}px`;
    tip.style.top = `${at.y - box.top + 16}px`;
  };
  const hide = () => (tip.hidden = true);
  root.addEventListener('mouseover', show);
  root.addEventListener('focusin', show);
  root.addEventListener('mouseout', hide);
  root.addEventListener('focusout', hide);
  root.addEventListener('keydown', (e) => e.key === 'Escape' && hide());
}

function centre(r: DOMRect): { x: number; y: number } {
  return { x: r.left + Math.min(r.width, 320) / 2, y: r.top + r.height / 2 };
}
