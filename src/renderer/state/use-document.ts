import { startTransition, useEffect, useState } from 'react';
import type { DocumentId } from '../../core/ids';
import type { DocumentContent, SegmentRow } from '../../shared/types';
import { call } from '../lib/api';
import { errorMessage } from '../../core/result';

export type DocumentState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly id: DocumentId }
  | { readonly status: 'ready'; readonly content: DocumentContent; readonly segments: readonly SegmentRow[] }
  | { readonly status: 'failed'; readonly message: string };

/**
 * Fetches one document's verbatim text and turns when the selection changes, and only its coded
 * segments after each committed change: the text is immutable, and keeping the same `content` object
 * keeps the transcript editor (5 MB of turns) from being rebuilt on every coding.
 */
export function useDocument(id: DocumentId | null, generation: number): DocumentState {
  const [state, setState] = useState<DocumentState>({ status: 'idle' });
  const loadedId = state.status === 'ready' ? state.content.id : null;

  useEffect(() => {
    if (id === null) {
      setState({ status: 'idle' });
      return;
    }
    let cancelled = false;
    setState({ status: 'loading', id });
    Promise.all([call('getDocument', { documentId: id }), call('listSegments', { documentId: id })])
      .then(([content, segments]) => {
        if (!cancelled) setState({ status: 'ready', content, segments });
      })
      .catch((e: unknown) => {
        if (!cancelled) setState({ status: 'failed', message: errorMessage(e) });
      });
    return () => {
      cancelled = true;
    };
  }, [id]);

  useEffect(() => {
    if (id === null || loadedId !== id || generation === 0) return;
    let cancelled = false;
    call('listSegments', { documentId: id })
      .then((segments) => {
        if (!cancelled) startTransition(() => setState((s) => (s.status === 'ready' && s.content.id === id ? { ...s, segments } : s)));
      })
      .catch((e: unknown) => {
        if (!cancelled) setState({ status: 'failed', message: errorMessage(e) });
      });
    return () => {
      cancelled = true;
    };
    // loadedId is left out on purpose: the first fetch already brought fresh segments.
  }, [id, generation]);
  return state;
}
