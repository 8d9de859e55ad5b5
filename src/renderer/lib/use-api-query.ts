import { startTransition, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../../core/result';
import type { Channel } from '../../shared/channels';
import type { Params, Returns } from '../../shared/contract';
import { call } from './api';

/** What a view has of data it fetches: nothing asked for, loading, the answer, or why it failed. */
export type Query<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  /** `refreshing`: this answer is for the current key, and a newer one has been asked for. */
  | { readonly status: 'ready'; readonly value: T; readonly refreshing: boolean }
  | { readonly status: 'failed'; readonly message: string };

interface Settled<T> {
  readonly key: string;
  readonly refresh: unknown;
  readonly outcome: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };
}

/**
 * Combines a refresh's answer with the value it replaces, e.g. to keep the unchanged parts by
 * reference so memoised views do not redo their work. Pass a function defined outside the component.
 */
export type Keep<T> = (previous: T, next: T) => T;

/**
 * Fetches `load()` for `key`, and again whenever `refreshKey` changes (the shell's data generation).
 * An answer is shown only for the key it was asked for: after the key changes the query is loading,
 * never showing the previous key's value (a quote list must not show another code's quotes), and an
 * answer arriving after the key changed or the component unmounted is dropped. A refresh keeps the
 * current value on screen until its answer arrives, and commits that answer as a transition: it is
 * background work and must not hold up the frame of the change that caused it. A null key fetches
 * nothing (idle).
 */
export function useQuery<T>(key: string | null, load: () => Promise<T>, refreshKey?: unknown, keep?: Keep<T>): Query<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const shownKey = useRef<string | null>(null);
  const fetchNow = useEffectEvent(load);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    const settle = (outcome: Settled<T>['outcome']) => {
      if (!live) return;
      const update = () =>
        setSettled((prev) => {
          const kept =
            keep !== undefined && outcome.ok && prev?.key === key && prev.outcome.ok
              ? { ok: true as const, value: keep(prev.outcome.value, outcome.value) }
              : outcome;
          return { key, refresh: refreshKey, outcome: kept };
        });
      const isRefresh = shownKey.current === key;
      shownKey.current = key;
      if (isRefresh) startTransition(update);
      else update();
    };
    fetchNow().then(
      (value) => settle({ ok: true, value }),
      (e: unknown) => settle({ ok: false, message: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [key, refreshKey, keep]);

  return useMemo(() => view(settled, key, refreshKey), [settled, key, refreshKey]);
}

function view<T>(settled: Settled<T> | null, key: string | null, refreshKey: unknown): Query<T> {
  if (key === null) return { status: 'idle' };
  if (settled === null || settled.key !== key) return { status: 'loading' };
  if (!settled.outcome.ok) return { status: 'failed', message: settled.outcome.message };
  return { status: 'ready', value: settled.outcome.value, refreshing: !Object.is(settled.refresh, refreshKey) };
}

/**
 * `useQuery` over one API channel: `useApiQuery('listQuotes', { codeId }, generation)`. The key is
 * the channel and its params, so new params are a new key; null params fetch nothing.
 */
export function useApiQuery<K extends Channel>(
  channel: K,
  params: Params<K> | null,
  refreshKey?: unknown,
  keep?: Keep<Returns<K>>,
): Query<Returns<K>> {
  const key = params === null ? null : `${channel} ${JSON.stringify(params)}`;
  return useQuery(key, () => call(channel, params as Params<K>), refreshKey, keep);
}

/** The answer when there is one for the current key, otherwise null. */
export function readyValue<T>(query: Query<T>): T | null {
  return query.status === 'ready' ? query.value : null;
}
