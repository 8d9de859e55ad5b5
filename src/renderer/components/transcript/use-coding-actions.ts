import { useCallback, useMemo } from 'react';
import type { CodeId, DocumentId, SegmentId } from '../../../core/ids';
import type { CodeRow, SegmentRow } from '../../../shared/types';
import type { SegmentChange } from '../../state/open-segments';
import { errorMessage } from '../../../core/result';
import { afterNextFrame } from '../../lib/after-frame';
import { call } from '../../lib/api';
import { useWorkspace } from '../../state/workspace';
import { useKeepInCodeSet } from '../sets/use-keep-in-code-set';
import { msg } from '../../messages';

export type CodeWith = { readonly codeIds: readonly CodeId[] } | { readonly newConcept: string } | { readonly inVivo: true };

type Apply = (change: SegmentChange) => void;

/** The coding layer's two steps: measure a range while its request is out, paint the answer when it comes. */
export interface Paint {
  readonly measureAhead: (start: number, end: number) => void;
  readonly now: (segment: SegmentRow) => void;
}

const now = (segment: SegmentRow, createdCodes: readonly CodeRow[] = []): SegmentChange => ({
  segmentId: segment.id,
  segment,
  createdCodes,
});
const gone = (segmentId: SegmentId): SegmentChange => ({ segmentId, segment: null, createdCodes: [] });

const excerpt = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/**
 * Coding operations of the transcript. A new or extended coding is painted as soon as the backend's
 * answer arrives (`paint.now`, straight into the coding layer) and applied to the local segment list
 * in the same task, with the codebook's counts; the data-changed event that follows finds it done.
 * What only reports the coding (the status line, the last-code memory) follows after its frame.
 */
export function useCodingActions(documentId: DocumentId, codes: readonly CodeRow[], apply: Apply, paint: Paint) {
  const ws = useWorkspace();
  const { flash, setLastCode } = ws;
  const keepInCodeSet = useKeepInCodeSet();
  const nameOf = useCallback((id: string) => codes.find((c) => c.id === id)?.name ?? msg.transcript.someCode, [codes]);

  const codeRange = useCallback(
    async (start: number, end: number, how: CodeWith): Promise<SegmentRow | null> => {
      try {
        const answer = call('codeSelection', {
          documentId,
          start,
          end,
          codeIds: 'codeIds' in how ? [...how.codeIds] : [],
          ...('newConcept' in how ? { newConcept: { name: how.newConcept } } : {}),
          inVivo: 'inVivo' in how,
        });
        paint.measureAhead(start, end);
        const result = await answer;
        paint.now(result.segment);
        apply(now(result.segment, result.createdCodes));
        const applied = result.createdCodes[0]?.id ?? ('codeIds' in how ? how.codeIds[0] : undefined);
        const label = result.createdCodes[0]?.name ?? ('codeIds' in how ? how.codeIds.map(nameOf).join(', ') : msg.transcript.someCode);
        afterNextFrame(() => {
          if (applied !== undefined) setLastCode(applied);
          flash(msg.transcript.coded(excerpt(result.segment.quote), label));
          void keepInCodeSet(result.createdCodes);
        });
        return result.segment;
      } catch (e) {
        flash(msg.common.couldNot(msg.transcript.failed.code, errorMessage(e)));
        return null;
      }
    },
    [documentId, apply, setLastCode, flash, nameOf, paint, keepInCodeSet],
  );

  const applyCode = useCallback(
    async (segmentId: SegmentId, codeId: CodeId) => {
      try {
        const segment = await call('applyCode', { segmentId, codeId });
        paint.now(segment);
        apply(now(segment));
        setLastCode(codeId);
        flash(msg.transcript.added(nameOf(codeId)));
      } catch (e) {
        flash(msg.common.couldNot(msg.transcript.failed.add, errorMessage(e)));
      }
    },
    [apply, setLastCode, flash, nameOf, paint],
  );

  const removeCode = useCallback(
    async (segmentId: SegmentId, codeId: CodeId) => {
      try {
        const segment = await call('removeCode', { segmentId, codeId });
        apply(segment === null ? gone(segmentId) : now(segment));
        flash(msg.transcript.removed(nameOf(codeId), segment === null));
      } catch (e) {
        flash(msg.common.couldNot(msg.transcript.failed.remove, errorMessage(e)));
      }
    },
    [apply, flash, nameOf],
  );

  const deleteSegment = useCallback(
    async (segmentId: SegmentId) => {
      try {
        await call('deleteSegment', { segmentId });
        apply(gone(segmentId));
        flash(msg.transcript.segmentDeleted);
      } catch (e) {
        flash(msg.common.couldNot(msg.transcript.failed.delete, errorMessage(e)));
      }
    },
    [apply, flash],
  );

  const resize = useCallback(
    async (segmentId: SegmentId, start: number, end: number) => {
      if (end <= start) return;
      try {
        const segment = await call('resizeSegment', { segmentId, start, end });
        apply(now(segment));
      } catch (e) {
        flash(msg.common.couldNot(msg.transcript.failed.resize, errorMessage(e)));
      }
    },
    [apply, flash],
  );

  return useMemo(
    () => ({ codeRange, applyCode, removeCode, deleteSegment, resize }),
    [codeRange, applyCode, removeCode, deleteSegment, resize],
  );
}
