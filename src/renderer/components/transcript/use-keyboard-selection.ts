import { useEffect, useEffectEvent, type RefObject } from 'react';
import { shortcutOf, type ShortcutId } from '../../../shared/shortcuts';
import { keyContext } from '../../lib/keyboard';

const CARET_KEYS = [
  'caret-move',
  'caret-word',
  'caret-line',
  'select-text',
  'select-word',
  'select-line',
] as const satisfies readonly ShortcutId[];
/** How close to the pane's edge the caret may come before the text scrolls. */
const SCROLL_MARGIN_PX = 32;

/**
 * Selecting text from the keyboard. The transcript takes the focus (Tab), which puts a caret at the
 * first line in view unless the text already holds one; arrows move it (with Ctrl/Cmd by word,
 * Home/End to the line's ends), and with Shift they select; letting go of Shift opens the code
 * picker. Read-only text gets no caret from the browser, so `caretRef` is drawn where the selection's
 * focus is. All of it works on the DOM selection, which the mouse sets too, so either can start and
 * the other continue.
 */
export function useKeyboardSelection(
  rootRef: RefObject<HTMLElement | null>,
  caretRef: RefObject<HTMLElement | null>,
  onSelected: () => void,
): void {
  const selected = useEffectEvent(onSelected);
  useEffect(() => {
    const root = rootRef.current;
    const caret = caretRef.current;
    if (root === null || caret === null) return;
    const scroller = root.closest<HTMLElement>('.main-pane');
    const selection = () => {
      const sel = window.getSelection();
      return sel !== null && sel.rangeCount > 0 && sel.focusNode !== null && root.contains(sel.focusNode) ? sel : null;
    };

    const drawCaret = () => {
      const sel = selection();
      const rect = sel !== null && sel.isCollapsed && document.activeElement === root ? focusRect(sel) : null;
      caret.hidden = rect === null;
      if (rect === null) return;
      const box = caret.offsetParent?.getBoundingClientRect();
      caret.style.left = `${rect.left - (box?.left ?? 0)}px`;
      caret.style.top = `${rect.top - (box?.top ?? 0)}px`;
      caret.style.height = `${rect.height}px`;
    };

    const keepInView = (sel: Selection) => {
      const rect = focusRect(sel);
      if (rect === null || scroller === null) return;
      const view = scroller.getBoundingClientRect();
      if (rect.top < view.top + SCROLL_MARGIN_PX) scroller.scrollTop -= view.top + SCROLL_MARGIN_PX - rect.top;
      else if (rect.bottom > view.bottom - SCROLL_MARGIN_PX) scroller.scrollTop += rect.bottom - view.bottom + SCROLL_MARGIN_PX;
    };

    const onFocus = () => {
      // Only a keyboard focus places a caret: a click places its own.
      if (selection() === null && root.matches(':focus-visible')) placeAtTopOfView(root, scroller);
      drawCaret();
    };

    const onKeyDown = (e: KeyboardEvent) => {
      const id = shortcutOf(e, CARET_KEYS, keyContext(e));
      if (id === null) return;
      e.preventDefault();
      const sel = selection() ?? (placeAtTopOfView(root, scroller), selection());
      if (sel === null) return;
      const before = { anchor: sel.anchorNode, anchorOffset: sel.anchorOffset, focus: sel.focusNode, focusOffset: sel.focusOffset };
      const back = e.key === 'ArrowLeft' || e.key === 'ArrowUp' || e.key === 'Home';
      const unit = id.endsWith('word')
        ? 'word'
        : id.endsWith('line')
          ? 'lineboundary'
          : e.key === 'ArrowUp' || e.key === 'ArrowDown'
            ? 'line'
            : 'character';
      sel.modify(id.startsWith('select') ? 'extend' : 'move', back ? 'backward' : 'forward', unit);
      // The caret stays in the transcript: past its first or last word it does not move on into the page.
      if (sel.focusNode === null || !root.contains(sel.focusNode)) {
        if (before.anchor !== null && before.focus !== null)
          sel.setBaseAndExtent(before.anchor, before.anchorOffset, before.focus, before.focusOffset);
        return;
      }
      keepInView(sel);
    };

    const onKeyUp = (e: KeyboardEvent) => {
      const sel = selection();
      if (e.key === 'Shift' && sel !== null && !sel.isCollapsed) selected();
    };

    root.addEventListener('focus', onFocus);
    root.addEventListener('blur', drawCaret);
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('keyup', onKeyUp);
    document.addEventListener('selectionchange', drawCaret);
    scroller?.addEventListener('scroll', drawCaret, { passive: true });
    return () => {
      root.removeEventListener('focus', onFocus);
      root.removeEventListener('blur', drawCaret);
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('keyup', onKeyUp);
      document.removeEventListener('selectionchange', drawCaret);
      scroller?.removeEventListener('scroll', drawCaret);
    };
  }, [rootRef, caretRef]);
}

/** Where the selection's focus (its moving end) is on screen. */
function focusRect(sel: Selection): DOMRect | null {
  if (sel.focusNode === null) return null;
  const range = document.createRange();
  range.setStart(sel.focusNode, sel.focusOffset);
  range.collapse(true);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return rect.height === 0 ? null : rect;
}

/** A collapsed selection at the first character of the first line in view. */
function placeAtTopOfView(root: HTMLElement, scroller: HTMLElement | null): void {
  const box = root.getBoundingClientRect();
  const top = Math.max(box.top, scroller?.getBoundingClientRect().top ?? 0) + 12;
  // The text column starts after the speaker label, which is painted from CSS and holds no text.
  const first = root.querySelector<HTMLElement>('.turn');
  const left = (first?.getBoundingClientRect().left ?? box.left) + parseFloat(getComputedStyle(first ?? root).paddingLeft) + 1;
  const point = document.caretPositionFromPoint?.(left, top);
  if (point === null || point === undefined || !root.contains(point.offsetNode)) return;
  window.getSelection()?.collapse(point.offsetNode, point.offset);
}
