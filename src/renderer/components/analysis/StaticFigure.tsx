import { useEffect, useEffectEvent, useRef } from 'react';

/**
 * A read-only figure (history, comparisons, saturation, the co-occurrence network): puts our own
 * SVG (escaped by the pure renderer, no scripts) into the page as live DOM, so boxes can be clicked
 * and focused: DOMParser + importNode, never innerHTML. Each code box becomes a button named after
 * its code for keyboard and screen-reader users, and so does each network link (`data-edge`) when
 * `onEdge` is given. The SVG keeps its own size.
 */
export function StaticFigure(props: {
  svg: string;
  label: string;
  onBox: (codeId: string, name: string) => void;
  onEdge?: (edge: string) => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const open = useEffectEvent((box: Element) => props.onBox(box.getAttribute('data-code-id') ?? '', box.getAttribute('aria-label') ?? ''));
  const openEdge = useEffectEvent((edge: Element) => props.onEdge?.(edge.getAttribute('data-edge') ?? ''));
  const edges = props.onEdge !== undefined;
  useEffect(() => {
    const el = host.current;
    if (el === null) return;
    const parsed = new DOMParser().parseFromString(props.svg, 'image/svg+xml');
    const svg = document.importNode(parsed.documentElement, true);
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', props.label);
    const asButton = (target: Element, run: (target: Element) => void) => {
      const name = target.querySelector('title')?.textContent ?? '';
      target.setAttribute('role', 'button');
      target.setAttribute('tabindex', '0');
      target.setAttribute('aria-label', name);
      // Each box is the button, so it carries its own pointer and key handlers.
      target.addEventListener('click', () => run(target));
      target.addEventListener('keydown', (e) => {
        if (!(e instanceof KeyboardEvent) || (e.key !== 'Enter' && e.key !== ' ')) return;
        e.preventDefault();
        run(target);
      });
    };
    for (const box of svg.querySelectorAll('g[data-code-id]')) asButton(box, open);
    if (edges) for (const edge of svg.querySelectorAll('g[data-edge]')) asButton(edge, openEdge);
    el.replaceChildren(svg);
  }, [props.svg, props.label, edges]);
  return <div ref={host} className="figure-canvas" />;
}
