import type { DocumentId } from '../../core/ids';
import type { DocumentContent, SegmentRow } from '../../shared/types';
import { useApiQuery } from '../lib/use-api-query';
import { withLens, type Lens } from './lens';

export type DocumentState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly id: DocumentId }
  | { readonly status: 'ready'; readonly content: DocumentContent; readonly segments: readonly SegmentRow[] }
  | { readonly status: 'failed'; readonly message: string };

/**
 * One document's verbatim text and turns, fetched when the selection changes, and its coded segments,
 * fetched again after each project reload (a coding is applied in place, see open-segments.ts): the text is immutable, and keeping the same `content`
 * object keeps the transcript editor (5 MB of turns) from being rebuilt on every coding. A
 * correction of the turns (split, join, speakers) is the one change that reads the content again.
 */
export function useDocument(id: DocumentId | null, reloads: number, lens: Lens, turnsRevision = 0): DocumentState {
  const params = id === null ? null : { documentId: id };
  // Read again only when the turns were corrected (the summary's revision moved), never per coding.
  const content = useApiQuery('getDocument', params, turnsRevision);
  // One coder's lens filters on the spot (a new coding paints at once); the consensus layer and a
  // code set are the server's.
  const serverSide = lens.kind === 'consensus' || lens.codeSetId !== undefined;
  const segments = useApiQuery('listSegments', params === null ? null : { ...params, ...(serverSide ? withLens(lens) : {}) }, reloads);
  if (id === null) return { status: 'idle' };
  if (content.status === 'failed') return content;
  if (segments.status === 'failed') return segments;
  if (content.status !== 'ready' || segments.status !== 'ready') return { status: 'loading', id };
  return { status: 'ready', content: content.value, segments: segments.value };
}
