import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import type { Turn } from '../../../core/turns';
import { shortcutOf } from '../../../shared/shortcuts';
import { keyContext } from '../../lib/keyboard';
import type { Point } from '../../lib/place-popup';
import { pointToOffset } from '../../lib/turn-index';
import type { TranscriptEditor } from './transcript-editor';

/** Where the turn actions were asked for: a document offset inside a turn, and where to open the menu. */
export interface TurnTarget {
  readonly at: number;
  readonly turn: Turn;
  readonly index: number;
  readonly point: Point;
  /** The speaker chooser is open instead of the menu. */
  readonly choosing?: boolean;
}

export type TurnKeyAction = 'split-turn' | 'merge-turn';

/**
 * The turn under the pointer (right-click) or the caret (Shift+F10, the context-menu key), for the
 * turn actions; Ctrl/Cmd+Shift+Enter and Ctrl/Cmd+Shift+Backspace split and join at the caret
 * without the menu. Native listeners: the region is text to read and select, not a control.
 */
export function useTurnMenu(
  rootRef: RefObject<HTMLElement | null>,
  editor: TranscriptEditor | null,
  turns: readonly Turn[],
  onKeyAction: (action: TurnKeyAction, target: TurnTarget | null) => void,
) {
  const [target, setTarget] = useState<TurnTarget | null>(null);

  const targetAt = useEffectEvent((node: Node | null, offset: number, point: Point): TurnTarget | null => {
    if (editor === null || node === null) return null;
    const p = editor.editorPoint(node, offset);
    const at = p === null ? null : pointToOffset(editor.index, p);
    if (at === null) return null;
    const index = turns.findIndex((t) => t.start <= at && at < t.end);
    const turn = turns[index];
    return turn === undefined ? null : { at, turn, index, point };
  });

  const caretTarget = useEffectEvent((): TurnTarget | null => {
    const sel = window.getSelection();
    if (sel === null || sel.rangeCount === 0) return null;
    const rect = sel.getRangeAt(0).getBoundingClientRect();
    return targetAt(sel.focusNode, sel.focusOffset, { x: rect.left, y: rect.bottom + 4 });
  });

  const onContextMenu = useEffectEvent((e: MouseEvent) => {
    const caret = document.caretPositionFromPoint?.(e.clientX, e.clientY);
    const found = caret === null || caret === undefined ? null : targetAt(caret.offsetNode, caret.offset, { x: e.clientX, y: e.clientY });
    if (found === null) return;
    e.preventDefault();
    setTarget(found);
  });

  const onKeyDown = useEffectEvent((e: KeyboardEvent) => {
    const action = shortcutOf(e, ['turn-menu', 'split-turn', 'merge-turn'], keyContext(e));
    if (action === null) return;
    e.preventDefault();
    const found = caretTarget();
    if (action === 'turn-menu') {
      if (found !== null) setTarget(found);
    } else onKeyAction(action, found);
  });

  useEffect(() => {
    const root = rootRef.current;
    if (root === null) return;
    const menu = (e: MouseEvent) => onContextMenu(e);
    const key = (e: KeyboardEvent) => onKeyDown(e);
    root.addEventListener('contextmenu', menu);
    root.addEventListener('keydown', key);
    return () => {
      root.removeEventListener('contextmenu', menu);
      root.removeEventListener('keydown', key);
    };
  }, [rootRef]);

  return {
    target,
    close: () => setTarget(null),
    /** Turns the open menu into the speaker chooser for the same turn. */
    chooseSpeaker: (of: TurnTarget) => setTarget({ ...of, choosing: true }),
  };
}
