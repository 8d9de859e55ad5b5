import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { errorMessage } from '../../core/result';
import type { HistoryState } from '../../shared/features/coding-types';
import { call } from '../lib/api';
import { readyValue, useApiQuery } from '../lib/use-api-query';

const EMPTY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

const editable = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA');

/**
 * Project-wide undo/redo over the backend's event log (not a text-editor undo). Keys work in the
 * browser; in Electron the menu consumes them and sends "undo"/"redo" events instead, so each
 * gesture arrives exactly once. Text fields keep their own undo.
 */
export function useHistory(generation: number, flash: (m: string) => void): void {
  const fetched = readyValue(useApiQuery('getHistory', {}, generation));
  // An undo's own answer names the next step at once; the refresh it causes replaces it.
  const [stepped, setStepped] = useState<{ readonly over: HistoryState | null; readonly state: HistoryState } | null>(null);
  const history = stepped !== null && stepped.over === fetched ? stepped.state : (fetched ?? EMPTY);
  const busy = useRef(false);

  const step = useEffectEvent(async (which: 'undo' | 'redo') => {
    if (busy.current) return;
    const label = which === 'undo' ? history.undoLabel : history.redoLabel;
    busy.current = true;
    try {
      setStepped({ over: fetched, state: await call(which, {}) });
      flash(`${which === 'undo' ? 'Undone' : 'Redone'}: ${label ?? 'last change'}`);
    } catch (e) {
      flash(`Nothing to ${which}: ${errorMessage(e)}`);
    } finally {
      busy.current = false;
    }
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || editable(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) void step('undo');
      else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) void step('redo');
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const off = window.gioia.onEvent((event) => {
      if (event.type === 'menu' && event.command === 'undo') void step('undo');
      if (event.type === 'menu' && event.command === 'redo') void step('redo');
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, []);
}
