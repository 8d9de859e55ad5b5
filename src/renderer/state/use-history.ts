import { useRef, useState } from 'react';
import { errorMessage } from '../../core/result';
import type { HistoryState } from '../../shared/features/coding-types';
import { call } from '../lib/api';
import { useShortcuts } from '../lib/keyboard';
import { readyValue, useApiQuery } from '../lib/use-api-query';
import { msg } from '../messages';

const EMPTY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

/**
 * Project-wide undo/redo over the backend's event log (not a text-editor undo), on the registry's
 * undo and redo shortcuts and the desktop menu's commands. Text fields keep their own undo.
 */
export function useHistory(generation: number, flash: (m: string) => void): void {
  const fetched = readyValue(useApiQuery('getHistory', {}, generation));
  // An undo's own answer names the next step at once; the refresh it causes replaces it.
  const [stepped, setStepped] = useState<{ readonly over: HistoryState | null; readonly state: HistoryState } | null>(null);
  const history = stepped !== null && stepped.over === fetched ? stepped.state : (fetched ?? EMPTY);
  const busy = useRef(false);

  const step = async (which: 'undo' | 'redo') => {
    if (busy.current) return;
    const label = which === 'undo' ? history.undoLabel : history.redoLabel;
    busy.current = true;
    try {
      setStepped({ over: fetched, state: await call(which, {}) });
      flash(which === 'undo' ? msg.shell.undone(label) : msg.shell.redone(label));
    } catch (e) {
      flash(msg.shell.nothingTo(which, errorMessage(e)));
    } finally {
      busy.current = false;
    }
  };
  useShortcuts({ undo: () => void step('undo'), redo: () => void step('redo') });
}
