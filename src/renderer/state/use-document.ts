import { useEffect, useState } from 'react';
import type { DocumentId } from '../../core/ids';
import type { DocumentContent, SegmentRow } from '../../shared/types';
import { call } from '../lib/api';

export type DocumentState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly id: DocumentId }
  | { readonly status: 'ready'; readonly content: DocumentContent; readonly segments: readonly SegmentRow[] }
  | { readonly status: 'failed'; readonly message: string };

/** Fetches one document's verbatim text, turns and coded segments when the selection changes. */
export function useDocument(id: DocumentId | null, generation: number): DocumentState {
  const [state, setState] = useState<DocumentState>({ status: 'idle' });
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
        if (!cancelled) setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      cancelled = true;
    };
  }, [id, generation]);
  return state;
}
