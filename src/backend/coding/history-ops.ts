import { DomainError } from '../../core/result';
import type { HistoryState } from '../../shared/features/coding-types';
import {
  eventSummary,
  getCoder,
  getSetting,
  historyStacks,
  isForeignKeyError,
  readEvent,
  replayChanges,
  revertChanges,
  SETTING_ACTIVE_CODER,
  type ProjectStore,
} from '../../storage';

export function getHistory(store: ProjectStore): HistoryState {
  const { undo, redo } = historyStacks(store.conn);
  return {
    canUndo: undo.length > 0,
    canRedo: redo.length > 0,
    undoLabel: eventSummary(store.conn, undo.at(-1)),
    redoLabel: eventSummary(store.conn, redo.at(-1)),
  };
}

/**
 * Reverts the newest undoable event as a new 'undo' event (the log stays append-only). Nothing to
 * undo is not an error: Ctrl+Z pressed once too often should do nothing.
 */
export function undo(store: ProjectStore): HistoryState {
  return step(store, 'undo');
}

export function redo(store: ProjectStore): HistoryState {
  return step(store, 'redo');
}

function step(store: ProjectStore, kind: 'undo' | 'redo'): HistoryState {
  const stacks = historyStacks(store.conn);
  const target = (kind === 'undo' ? stacks.undo : stacks.redo).at(-1);
  if (target === undefined) return getHistory(store);
  const original = readEvent(store.conn, target);
  const label = original.summary;
  // The event's coder must exist (foreign key): an undone createCoder may have removed the active one.
  const active = getSetting(store.conn, SETTING_ACTIVE_CODER);
  const coderId = active === null ? null : (getCoder(store.conn, active)?.id ?? null);
  store.mutate(
    {
      coderId,
      action: kind,
      summary: `${kind === 'undo' ? 'Undo' : 'Redo'}: ${label}`,
      kind,
      targetSeq: target,
    },
    (tx) => {
      try {
        if (kind === 'undo') revertChanges(tx, original.changes, label);
        else replayChanges(tx, original.changes, label);
      } catch (e) {
        if (!isForeignKeyError(e)) throw e;
        throw new DomainError('conflict', `Cannot ${kind} “${label}”: other data still depends on it. Nothing was changed.`);
      }
    },
  );
  return getHistory(store);
}
