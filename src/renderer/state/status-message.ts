import { useSyncExternalStore } from 'react';

/**
 * The status bar's transient line, kept outside React state: a flash after every coding would
 * otherwise re-render the whole App (codebook, sidebar, transcript) just to change one <span>.
 * Only the status bar subscribes.
 */
export interface StatusMessageStore {
  get(): string | null;
  set(message: string | null): void;
  subscribe(listener: () => void): () => void;
}

export function createStatusMessageStore(): StatusMessageStore {
  let current: string | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(message) {
      if (message === current) return;
      current = message;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useStatusMessage(store: StatusMessageStore): string | null {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
