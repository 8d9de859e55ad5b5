import { useEffect, useEffectEvent, useLayoutEffect, useRef } from 'react';
import type { CodeId } from '../../../core/ids';
import type { FigureDropTarget, StructureLayout, StructureSvgStyle } from '../../../core/structure';
import { FigureDom } from './figure-dom';
import { FigureField, type FigureFieldSpec } from './FigureField';
import { FigureOverlay } from './FigureOverlay';

/** What a box on the figure can do; every handler gets the box's code id and name. */
export interface BoxHandlers {
  readonly onOpen: (codeId: CodeId, name: string) => void;
  /** A press that may become a drag. */
  readonly onPress?: (e: PointerEvent, codeId: CodeId, name: string) => void;
  /** True when the click ends a drag rather than opening the box. */
  readonly takeClick?: () => boolean;
  readonly onRename?: (codeId: CodeId) => void;
  readonly onKey?: (e: KeyboardEvent, codeId: CodeId) => void;
  readonly onHover?: (codeId: CodeId | null, box: DOMRect | null) => void;
}

/**
 * The figure as live DOM (see {@link FigureDom}), so boxes can be clicked, dragged and focused.
 * Each code box becomes a button named after its code for keyboard and screen-reader users. The
 * SVG keeps its own size; the drop overlay and the inline name field sit on it in its own pixels.
 */
export function FigureCanvas(props: {
  layout: StructureLayout;
  style: StructureSvgStyle;
  label: string;
  width: number;
  height: number;
  boxes: BoxHandlers;
  hint?: FigureDropTarget | null;
  field?: FigureFieldSpec | null;
  page?: number;
  register?: (page: number, el: HTMLElement | null) => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const { register, page = 0 } = props;
  useEffect(() => {
    register?.(page, host.current);
    return () => register?.(page, null);
  }, [register, page]);
  const idOf = (box: Element) => (box.getAttribute('data-code-id') ?? '') as CodeId;
  const nameOf = (box: Element) => box.getAttribute('aria-label') ?? '';
  const click = useEffectEvent((box: Element) => {
    if (props.boxes.takeClick?.() === true) return;
    props.boxes.onOpen(idOf(box), nameOf(box));
  });
  const press = useEffectEvent((e: PointerEvent, box: Element) => props.boxes.onPress?.(e, idOf(box), nameOf(box)));
  const rename = useEffectEvent((box: Element) => props.boxes.onRename?.(idOf(box)));
  const key = useEffectEvent((e: KeyboardEvent, box: Element) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.boxes.onOpen(idOf(box), nameOf(box));
    } else props.boxes.onKey?.(e, idOf(box));
  });
  const hover = useEffectEvent((box: Element | null) => {
    // Only when asked: reading a box's rect right after a redraw forces a layout of the whole figure.
    if (props.boxes.onHover !== undefined)
      props.boxes.onHover(box === null ? null : idOf(box), box === null ? null : box.getBoundingClientRect());
  });
  const dom = useRef<FigureDom | null>(null);
  // Before paint: the frame that commits a change shows it, rather than the one after.
  useLayoutEffect(() => {
    const el = host.current?.querySelector('.figure-svg');
    if (el === null || el === undefined) return;
    dom.current ??= new FigureDom();
    const figure = dom.current;
    const focused = el.querySelector(':focus')?.getAttribute('data-code-id') ?? null;
    for (const box of figure.update(props.layout, props.style)) {
      const name = box.querySelector('title')?.textContent ?? '';
      box.setAttribute('role', 'button');
      box.setAttribute('tabindex', '0');
      box.setAttribute('aria-label', name);
      // Each box is the button, so it carries its own pointer and key handlers.
      box.addEventListener('click', () => click(box));
      box.addEventListener('dblclick', () => rename(box));
      box.addEventListener('pointerdown', (e) => {
        if (e instanceof PointerEvent) press(e, box);
      });
      box.addEventListener('pointerenter', () => hover(box));
      box.addEventListener('pointerleave', () => hover(null));
      box.addEventListener('keydown', (e) => {
        if (e instanceof KeyboardEvent) key(e, box);
      });
    }
    figure.svg.setAttribute('role', 'group');
    figure.svg.setAttribute('aria-label', props.label);
    if (figure.svg.parentNode !== el) el.replaceChildren(figure.svg);
    // A box drawn anew (renamed, recounted) takes the focus its old drawing had.
    if (focused !== null && el.querySelector(':focus') === null) {
      figure.svg.querySelector<SVGGElement>(`g[data-code-id="${CSS.escape(focused)}"]`)?.focus();
    }
  }, [props.layout, props.style, props.label]);
  return (
    <div ref={host} className="figure-canvas" style={{ width: props.width }}>
      <div className="figure-svg" />
      {props.hint !== undefined && props.hint !== null && <FigureOverlay width={props.width} height={props.height} target={props.hint} />}
      {props.field !== undefined && props.field !== null && <FigureField key={props.field.label} spec={props.field} />}
    </div>
  );
}
