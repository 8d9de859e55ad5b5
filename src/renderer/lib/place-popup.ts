export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Placement {
  /** Which edge of the popup lines up with `at.x`: its left ('start') or its right ('end'). */
  readonly align?: 'start' | 'end';
  /** Whether the popup hangs below `at.y` or sits above it (menus in the status bar open upwards). */
  readonly side?: 'below' | 'above';
}

const MARGIN = 4;

/**
 * Where a popup of `size` goes so that it opens at `at` as asked and stays whole inside the window:
 * it is shifted back in from any edge it would cross, and pinned to the top left when it is larger
 * than the window.
 */
export function placePopup(
  size: { readonly width: number; readonly height: number },
  at: Point,
  placement: Placement,
  viewport: { readonly width: number; readonly height: number },
): { left: number; top: number } {
  const left = placement.align === 'end' ? at.x - size.width : at.x;
  const top = placement.side === 'above' ? at.y - size.height : at.y;
  const clamp = (v: number, room: number) => Math.max(MARGIN, Math.min(v, room - MARGIN));
  return { left: clamp(left, viewport.width - size.width), top: clamp(top, viewport.height - size.height) };
}

/** Places `el` (position: fixed) with `placePopup`, measuring it as laid out. */
export function placeElement(el: HTMLElement, at: Point, placement: Placement): void {
  const { left, top } = placePopup({ width: el.offsetWidth, height: el.offsetHeight }, at, placement, {
    width: window.innerWidth,
    height: window.innerHeight,
  });
  el.style.left = `${left}px`;
  el.style.top = `${top}px`;
}
