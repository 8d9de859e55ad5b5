import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { CodeRow, DocumentContent, SegmentRow } from '../../../shared/types';
import { createCodingPainter, type CodingPainter } from '../../lib/paint-codings';
import { buildTurnIndex } from '../../lib/turn-index';
import { turnBlocks } from '../../lib/turn-blocks';
import { TranscriptEditor } from './transcript-editor';

export interface TranscriptHandle {
  readonly editor: TranscriptEditor | null;
  readonly painter: CodingPainter | null;
  /** Turns rendered so far; bumps as chunks of a long transcript arrive. */
  readonly rendered: number;
}

/**
 * Owns the Lexical transcript editor and the highlight painter for one document, and repaints the
 * codings whenever they change or more turns arrive. Marks `data-first-paint` on the root with the
 * time the first chunk took, for the bench.
 */
export function useTranscriptEditor(
  rootRef: RefObject<HTMLDivElement | null>,
  content: DocumentContent,
  segments: readonly SegmentRow[],
  codes: readonly CodeRow[],
): TranscriptHandle {
  const index = useMemo(() => buildTurnIndex(turnBlocks(content.text, content.turns)), [content]);
  const editorRef = useRef<TranscriptEditor | null>(null);
  const painterRef = useRef<CodingPainter | null>(null);
  const [rendered, setRendered] = useState(0);

  useLayoutEffect(() => {
    const root = rootRef.current;
    if (root === null) return;
    const t0 = performance.now();
    let first = true;
    const editor = new TranscriptEditor(root, index, (n) => {
      if (first) root.dataset['firstPaintMs'] = (performance.now() - t0).toFixed(1);
      first = false;
      painterRef.current?.invalidate();
      setRendered(n);
    });
    editorRef.current = editor;
    painterRef.current = createCodingPainter((s, e) => editor.domRange(s, e));
    return () => {
      painterRef.current?.dispose();
      painterRef.current = null;
      editor.dispose();
      editorRef.current = null;
      setRendered(0);
    };
  }, [rootRef, index]);

  useLayoutEffect(() => {
    painterRef.current?.update(segments, codes);
  }, [segments, codes, rendered]);

  useEffect(() => {
    const root = rootRef.current;
    if (root !== null) root.dataset['paintedSegments'] = String(segments.length);
  }, [rootRef, segments, rendered]);

  return { editor: editorRef.current, painter: painterRef.current, rendered };
}
