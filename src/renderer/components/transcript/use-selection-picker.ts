import { useCallback, useEffect, useEffectEvent, useState, type RefObject } from 'react';
import type { SegmentId } from '../../../core/ids';
import { snapQuoteRange } from '../../../core/quote-bounds';
import type { Point } from '../../lib/place-popup';
import type { TranscriptEditor } from './transcript-editor';
import { useKeyboardSelection } from './use-keyboard-selection';

/** A range waiting for its code in the picker. */
export interface Pending {
  readonly start: number;
  readonly end: number;
  readonly at: Point;
  /** Picking a code for an existing segment instead of a new selection. */
  readonly segmentId?: SegmentId;
}

/**
 * From a selection in the text to the code picker: a selection made with the mouse opens the picker
 * when the button is released, one made from the keyboard when Shift is (use-keyboard-selection).
 * `finish` closes it and leaves the caret at the end of what was coded, for a keyboard user to go on.
 */
export function useSelectionPicker(
  editor: TranscriptEditor | null,
  text: string,
  rootRef: RefObject<HTMLElement | null>,
  caretRef: RefObject<HTMLElement | null>,
  onOpen: () => void,
) {
  const [pending, setPending] = useState<Pending | null>(null);

  const readSelection = useCallback((): Pending | null => {
    const sel = window.getSelection();
    const picked = editor?.selectionRange(sel ?? null) ?? null;
    // The pending highlight shows the quotation as it will be stored: snapped to word edges.
    const range = picked === null ? null : snapQuoteRange(text, picked.start, picked.end);
    if (range === null || sel === null) return null;
    const rect = sel.getRangeAt(0).getBoundingClientRect();
    return { ...range, at: { x: rect.left, y: rect.bottom + 6 } };
  }, [editor, text]);

  /** Opens the picker on the current selection; false when nothing is selected in the transcript. */
  const openPicker = useCallback((): boolean => {
    const p = readSelection();
    if (p === null) return false;
    onOpen();
    setPending(p);
    return true;
  }, [readSelection, onOpen]);

  const finish = useCallback(() => {
    setPending(null);
    const sel = window.getSelection();
    if (sel !== null && sel.rangeCount > 0) sel.collapseToEnd();
  }, []);

  // Native listeners: the region is text that the user selects, not a control to activate.
  const mouseReleased = useEffectEvent(() => setTimeout(openPicker, 0));
  useEffect(() => {
    const root = rootRef.current;
    if (root === null) return;
    const onUp = () => mouseReleased();
    root.addEventListener('mouseup', onUp);
    return () => root.removeEventListener('mouseup', onUp);
  }, [rootRef]);
  useKeyboardSelection(rootRef, caretRef, openPicker);

  return { pending, setPending, readSelection, openPicker, finish };
}
