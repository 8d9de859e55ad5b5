import { useEffect, useEffectEvent, useRef } from 'react';

/**
 * A read-only figure (history, comparisons, saturation): puts our own SVG (escaped by the pure renderer, no scripts) into the page as live DOM, so boxes
 * can be clicked and focused: DOMParser + importNode, never innerHTML. Each code box becomes a
 * button named after its code for keyboard and screen-reader users. The SVG keeps its own size.
 */
export function StaticFigure(props: { svg: string; label: string; onBox: (codeId: string, name: string) => void }) {
  const host = useRef<HTMLDivElement>(null);
  const open = useEffectEvent((box: Element) => props.onBox(box.getAttribute('data-code-id') ?? '', box.getAttribute('aria-label') ?? ''));
  useEffect(() => {
    const el = host.current;
    if (el === null) return;
    const parsed = new DOMParser().parseFromString(props.svg, 'image/svg+xml');
    const svg = document.importNode(parsed.documentElement, true);
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', props.label);
    for (const box of svg.querySelectorAll('g[data-code-id]')) {
      const name = box.querySelector('title')?.textContent ?? '';
      box.setAttribute('role', 'button');
      box.setAttribute('tabindex', '0');
      box.setAttribute('aria-label', name);
      // Each box is the button, so it carries its own pointer and key handlers.
      box.addEventListener('click', () => open(box));
      box.addEventListener('keydown', (e) => {
        if (!(e instanceof KeyboardEvent) || (e.key !== 'Enter' && e.key !== ' ')) return;
        e.preventDefault();
        open(box);
      });
    }
    el.replaceChildren(svg);
  }, [props.svg, props.label]);
  return <div ref={host} className="figure-canvas" />;
}
