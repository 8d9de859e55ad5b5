import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { CodeId } from '../../../core/ids';
import { dropTargetAt, type DropIndex, type FigureDropTarget } from '../../../core/structure';

/** Where a drag would land, on which page of the figure. */
export interface DragHint {
  readonly page: number;
  readonly codeId: CodeId;
  readonly target: FigureDropTarget | null;
}

interface Pending {
  readonly codeId: CodeId;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  dragging: boolean;
  key: string;
  hint: DragHint | null;
  ghost: HTMLElement | null;
  shield: HTMLElement | null;
}

/** Pixels the pointer travels before a press on a box becomes a drag (below it, it is a click). */
const SLOP = 4;

/**
 * Dragging boxes on the live figure. Each pointer move asks the pure drop geometry what the drop
 * would be; React renders only when that answer changes, the ghost under the pointer moves by
 * style alone, so a frame stays cheap on a large figure. `onDrop` gets the target let go on.
 */
export function useFigureDrag(props: {
  readonly indexes: readonly DropIndex[];
  readonly ordered: boolean;
  readonly onDrop: (codeId: CodeId, target: FigureDropTarget, page: number) => void;
  readonly onAnnounce: (text: string) => void;
  readonly messages: { readonly dragging: (name: string) => string; readonly cancelled: string };
}) {
  const canvases = useRef(new Map<number, HTMLElement>());
  const pending = useRef<Pending | null>(null);
  const clickSuppressed = useRef(false);
  const [hint, setHint] = useState<DragHint | null>(null);

  const register = useCallback((page: number, el: HTMLElement | null) => {
    if (el === null) canvases.current.delete(page);
    else canvases.current.set(page, el);
  }, []);

  const finish = useCallback(() => {
    const p = pending.current;
    p?.ghost?.remove();
    p?.shield?.remove();
    pending.current = null;
    setHint(null);
  }, []);

  const hintAt = useEffectEvent((p: Pending, e: PointerEvent): DragHint | null => {
    let best: { page: number; svg: Element; d: number } | null = null;
    for (const [page, host] of canvases.current) {
      const svg = host.querySelector('svg');
      if (svg === null) continue;
      const r = svg.getBoundingClientRect();
      const d = e.clientY < r.top ? r.top - e.clientY : e.clientY > r.bottom ? e.clientY - r.bottom : 0;
      if (best === null || d < best.d) best = { page, svg, d };
    }
    const ix = best === null ? undefined : props.indexes[best.page];
    if (best === null || ix === undefined) return null;
    const r = best.svg.getBoundingClientRect();
    const scale = r.width > 0 ? ix.layout.width / r.width : 1;
    const point = { x: (e.clientX - r.left) * scale, y: (e.clientY - r.top) * scale };
    const target = dropTargetAt(ix, p.codeId, point, { merge: e.altKey, ordered: props.ordered });
    return { page: best.page, codeId: p.codeId, target };
  });

  const onMove = useEffectEvent((e: PointerEvent) => {
    const p = pending.current;
    if (p === null) return;
    if (!p.dragging) {
      if (Math.hypot(e.clientX - p.x, e.clientY - p.y) < SLOP) return;
      p.dragging = true;
      p.ghost = ghostOf(p.name);
      p.shield = shield();
      props.onAnnounce(props.messages.dragging(p.name));
    }
    if (p.ghost !== null) p.ghost.style.transform = `translate(${e.clientX + 12}px, ${e.clientY + 8}px)`;
    const next = hintAt(p, e);
    const key = next === null ? '' : `${next.page}:${JSON.stringify(next.target?.drop ?? null)}`;
    if (key === p.key) return;
    p.key = key;
    p.hint = next;
    setHint(next);
  });

  const onUp = useEffectEvent((e: PointerEvent) => {
    const p = pending.current;
    if (p === null) return;
    // Where the last move said: asking again would force a layout of the whole figure for nothing.
    const at = p.dragging ? (p.hint ?? hintAt(p, e)) : null;
    clickSuppressed.current = p.dragging;
    finish();
    if (at !== null && at.target !== null) props.onDrop(p.codeId, at.target, at.page);
  });

  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.key !== 'Escape' || pending.current?.dragging !== true) return;
    e.preventDefault();
    e.stopPropagation();
    finish();
    props.onAnnounce(props.messages.cancelled);
  });

  useEffect(() => {
    const move = (e: PointerEvent) => onMove(e);
    const up = (e: PointerEvent) => onUp(e);
    const key = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', finish);
    window.addEventListener('keydown', key, true);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', finish);
      window.removeEventListener('keydown', key, true);
      finish();
    };
  }, [finish]);

  /** A press on a box: a drag if the pointer then travels, else the click the box already handles. */
  const press = useCallback((e: PointerEvent, codeId: CodeId, name: string) => {
    if (e.button !== 0) return;
    clickSuppressed.current = false;
    pending.current = { codeId, name, x: e.clientX, y: e.clientY, dragging: false, key: '', hint: null, ghost: null, shield: null };
  }, []);

  /** Whether the click that follows a drop should be ignored (the press was a drag, not a click). */
  const takeClick = useCallback(() => {
    const suppressed = clickSuppressed.current;
    clickSuppressed.current = false;
    return suppressed;
  }, []);

  return { hint, register, press, takeClick };
}

/**
 * A pane over the window for the drag's duration: it shows the grabbing cursor everywhere and keeps
 * hover effects off the boxes, without restyling the figure (a class on the page would restyle
 * every box of a large figure at the start and end of each drag).
 */
function shield(): HTMLElement {
  const pane = document.createElement('div');
  pane.className = 'figure-drag-shield';
  pane.setAttribute('aria-hidden', 'true');
  document.body.append(pane);
  return pane;
}

function ghostOf(name: string): HTMLElement {
  const ghost = document.createElement('div');
  ghost.className = 'figure-ghost';
  ghost.setAttribute('aria-hidden', 'true');
  ghost.textContent = name;
  document.body.append(ghost);
  return ghost;
}
