import type { AppEvent } from '../../shared/types';

export type EventListener = (event: AppEvent) => void;

export interface EventHub {
  /** Pass to `createBackend({ emit })`. */
  readonly emit: (event: AppEvent) => void;
  /** Pass to `startWebServer({ subscribe })`; returns the unsubscribe function. */
  readonly subscribe: (listener: EventListener) => () => void;
}

/**
 * The backend is created before the web server that relays its events, so the two meet here
 * instead of one holding a reference to the other.
 */
export function createEventHub(): EventHub {
  const listeners = new Set<EventListener>();
  return {
    emit(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch {
          // One broken subscriber (a closed socket) must not stop the others.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
