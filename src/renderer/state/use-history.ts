import { useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryState } from '../../shared/features/coding-types';
import { errorMessage } from '../../core/result';
import { call } from '../lib/api';

const EMPTY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

const editable = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA');

/**
 * Project-wide undo/redo over the backend's event log (not a text-editor undo). Keys work in the
 * browser; in Electron the menu consumes them and sends "undo"/"redo" events instead, so each
 * gesture arrives exactly once. Text fields keep their own undo.
 */
export function useHistory(generation: number, flash: (m: string) => void): HistoryState & { undo: () => void; redo: () => void } {
  const [history, setHistory] = useState<HistoryState>(EMPTY);
  const ref = useRef(history);
  ref.current = history;
  const busy = useRef(false);

  useEffect(() => {
    let cancelled = false;
    call('getHistory', {})
      .then((h) => !cancelled && setHistory(h))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [generation]);

  const step = useCallback(
    async (which: 'undo' | 'redo') => {
      if (busy.current) return;
      const label = which === 'undo' ? ref.current.undoLabel : ref.current.redoLabel;
      busy.current = true;
      try {
        const next = await call(which, {});
        setHistory(next);
        flash(`${which === 'undo' ? 'Undone' : 'Redone'}: ${label ?? 'last change'}`);
      } catch (e) {
        flash(`Nothing to ${which}: ${errorMessage(e)}`);
      } finally {
        busy.current = false;
      }
    },
    [flash],
  );
  const undo = useCallback(() => void step('undo'), [step]);
  const redo = useCallback(() => void step('redo'), [step]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || editable(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) undo();
      else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const off = window.gioia.onEvent((event) => {
      if (event.type === 'menu' && event.command === 'undo') undo();
      if (event.type === 'menu' && event.command === 'redo') redo();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [undo, redo]);

  return { ...history, undo, redo };
}
