import { useEffect, useRef } from 'react';

/**
 * Puts our own SVG (escaped by the pure renderer, no scripts) into the page as live DOM, so boxes
 * can be clicked and focused: DOMParser + importNode, never innerHTML. Each code box becomes a
 * button named after its code for keyboard and screen-reader users. The SVG keeps its own size.
 */
export function FigureCanvas(props: { svg: string; label: string; onBox: (codeId: string, name: string) => void }) {
  const host = useRef<HTMLDivElement>(null);
  const onBox = useRef(props.onBox);
  onBox.current = props.onBox;
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
    }
    el.replaceChildren(svg);
  }, [props.svg, props.label]);
  const activate = (target: EventTarget | null) => {
    const box = (target as Element | null)?.closest?.('g[data-code-id]');
    if (box) onBox.current(box.getAttribute('data-code-id') ?? '', box.getAttribute('aria-label') ?? '');
  };
  return (
    <div
      ref={host}
      className="figure-canvas"
      onClick={(e) => activate(e.target)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          activate(e.target);
        }
      }}
    />
  );
}
