import type { Handlers } from '../../shared/api';
import type { AppEvent } from '../../shared/types';
import { lastEventSeq, type ProjectStore } from '../../storage';
import { dataChangeOf } from './data-change-of';

/**
 * Wraps the whole handler map so that every call which appended to the open project's event log
 * emits `{ type: 'data-changed', action: <channel> }` once it has succeeded. Keyed on the log, not
 * on a list of channel names, so every feature's mutations (imports included) get it without
 * registering anything, reads never do, and a refused mutation (rolled back) never does. A few
 * mutations also say what they changed (data-change-of.ts), so views can update in place.
 */
export function withDataChanged(handlers: Handlers, current: () => ProjectStore | null, emit: (event: AppEvent) => void): Handlers {
  const wrapped: Record<string, (p: unknown) => unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [string, (p: unknown) => unknown][]) {
    wrapped[channel] = async (params: unknown) => {
      const before = current();
      const seqBefore = before?.isOpen ? lastEventSeq(before.conn) : null;
      const result = await handler(params);
      const after = current();
      if (after !== null && after === before && after.isOpen && lastEventSeq(after.conn) !== seqBefore) {
        const change = dataChangeOf(channel, params, result);
        emit({ type: 'data-changed', action: channel, ...(change === undefined ? {} : { change }) });
      }
      return result;
    };
  }
  return wrapped as unknown as Handlers;
}
