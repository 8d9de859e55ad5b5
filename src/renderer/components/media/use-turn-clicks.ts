import { useEffect, useEffectEvent, type RefObject } from 'react';
import type { TranscriptEditor } from '../transcript/transcript-editor';

/** Width of a turn's label column (speaker and time), where a click plays the turn (see app.css). */
const LABEL_PX = 128;
const HAS_MEDIA_CLASS = 'has-media';

/**
 * A click on a turn's speaker and time plays from that turn: the label is painted by CSS, not an
 * element, so the click is recognised by where it lands in the turn. The text column keeps its
 * clicks for selecting and coding.
 */
export function useTurnClicks(
  rootRef: RefObject<HTMLDivElement | null>,
  editor: TranscriptEditor | null,
  play: (turn: number) => void,
): void {
  const onTurn = useEffectEvent(play);
  useEffect(() => {
    const root = rootRef.current;
    if (root === null || editor === null) return;
    root.classList.add(HAS_MEDIA_CLASS);
    const onClick = (e: MouseEvent) => {
      const el = e.target instanceof Element ? e.target.closest<HTMLElement>('.turn') : null;
      if (el === null || e.clientX - el.getBoundingClientRect().left > LABEL_PX) return;
      const point = editor.editorPoint(el, 0);
      if (point?.kind === 'element') onTurn(point.turn);
    };
    root.addEventListener('click', onClick);
    return () => {
      root.classList.remove(HAS_MEDIA_CLASS);
      root.removeEventListener('click', onClick);
    };
  }, [rootRef, editor]);
}
