import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { SegmentId } from '../../../core/ids';
import type { SegmentRow } from '../../../shared/types';
import { FLASH_HIGHLIGHT, type Marks } from '../../lib/marks';
import type { TranscriptEditor } from './transcript-editor';

const FLASH_MS = 1600;

/**
 * Going to a place in the transcript asked for from elsewhere (a quote in the inspector, a search
 * hit, a matrix cell): the range is scrolled into view and flashed, and a requested segment is
 * selected once the editor is ready. Later codings must not yank the view back, so only a new request
 * (or the editor becoming ready for it) scrolls. Returns `scrollTo`, for the view's own jumps.
 */
export function useSegmentFocus(
  editor: TranscriptEditor | null,
  marks: Marks | null,
  segments: readonly SegmentRow[],
  focusSegmentId: SegmentId | null,
  focusRange: { readonly start: number; readonly end: number } | null,
  select: (id: SegmentId) => void,
): (start: number, end: number) => void {
  const scrollTo = useCallback(
    (start: number, end: number) => {
      if (editor === null || marks === null) return;
      editor.reveal(start, end);
      marks.mark(FLASH_HIGHLIGHT, { start, end });
      setTimeout(() => marks.mark(FLASH_HIGHLIGHT, null), FLASH_MS);
    },
    [editor, marks],
  );

  const [handled, setHandled] = useState<SegmentId | null>(null);
  const target = focusSegmentId === null ? undefined : segments.find((x) => x.id === focusSegmentId);
  if (editor !== null && focusSegmentId !== handled) {
    setHandled(focusSegmentId);
    if (target !== undefined) select(target.id);
  }
  const scrollToTarget = useEffectEvent(() => {
    if (target !== undefined) scrollTo(target.start, target.end);
  });
  useEffect(() => scrollToTarget(), [focusSegmentId, editor]);
  useEffect(() => {
    if (focusRange !== null) scrollTo(focusRange.start, focusRange.end);
  }, [focusRange, scrollTo]);
  return scrollTo;
}
