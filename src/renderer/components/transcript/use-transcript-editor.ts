import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { CodeRow, DocumentContent, SegmentRow } from '../../../shared/types';
import { createMarks, type Marks } from '../../lib/marks';
import { buildTurnIndex } from '../../lib/turn-index';
import { turnBlocks } from '../../lib/turn-blocks';
import { CodingLayer } from './coding-layer';
import { TranscriptEditor } from './transcript-editor';

export interface TranscriptHandle {
  readonly editor: TranscriptEditor | null;
  readonly layer: CodingLayer | null;
  readonly marks: Marks | null;
  /** Turns rendered so far; bumps as chunks of a long transcript arrive. */
  readonly rendered: number;
}

/**
 * Owns the Lexical transcript editor, the coding layer and the marks for one document, and hands the
 * coding layer every new segment list. Marks `data-first-paint-ms` on the root with the time the
 * first chunk took, for the bench.
 */
export function useTranscriptEditor(
  rootRef: RefObject<HTMLDivElement | null>,
  layerRef: RefObject<HTMLDivElement | null>,
  content: DocumentContent,
  segments: readonly SegmentRow[],
  codes: readonly CodeRow[],
  joinLines = false,
): TranscriptHandle {
  const index = useMemo(() => buildTurnIndex(turnBlocks(content.text, content.turns), joinLines), [content, joinLines]);
  const [handle, setHandle] = useState<{ editor: TranscriptEditor; layer: CodingLayer; marks: Marks } | null>(null);
  const [rendered, setRendered] = useState(0);

  useLayoutEffect(() => {
    const root = rootRef.current;
    const layerEl = layerRef.current;
    const scroller = root?.closest<HTMLElement>('.main-pane') ?? null;
    if (root === null || layerEl === null || scroller === null) return;
    delete root.dataset['firstPaintMs'];
    const t0 = performance.now();
    let first = true;
    const editor = new TranscriptEditor(root, index, (n) => {
      if (first) root.dataset['firstPaintMs'] = (performance.now() - t0).toFixed(1);
      first = false;
      // No measuring here: that would force layout inside every chunk; the layer's resize observer
      // re-measures after the frame's layout instead.
      setRendered(n);
    });
    const layer = new CodingLayer(editor, layerEl, scroller, root);
    const marks = createMarks((s, e) => editor.domRange(s, e));
    setHandle({ editor, layer, marks });
    return () => {
      marks.dispose();
      layer.dispose();
      editor.dispose();
      setHandle(null);
      setRendered(0);
    };
  }, [rootRef, layerRef, index]);

  useLayoutEffect(() => {
    handle?.layer.setSegments(segments, codes);
  }, [handle, segments, codes]);

  return { editor: handle?.editor ?? null, layer: handle?.layer ?? null, marks: handle?.marks ?? null, rendered };
}
