import { useEffect, useMemo, useRef } from 'react';
import type { CodeRow, DocumentContent, SegmentRow } from '../../shared/types';
import { formatMs, plural } from '../lib/format';
import { DocumentAttributes } from './DocumentAttributes';
import { paintCodings } from '../lib/paint-codings';
import { turnBlocks } from '../lib/turn-blocks';

interface Props {
  readonly content: DocumentContent;
  readonly segments: readonly SegmentRow[];
  readonly codes: readonly CodeRow[];
}

/** A read-only transcript: one block per speaker turn, codings painted over the verbatim text. */
export function TranscriptView({ content, segments, codes }: Props) {
  const blocks = useMemo(() => turnBlocks(content.text, content.turns), [content]);
  const codeMap = useMemo(() => new Map(codes.map((c) => [c.id as string, c])), [codes]);
  const bodyRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const body = bodyRef.current;
    if (body === null) return;
    const painted: { offset: number; node: Text }[] = [];
    body.querySelectorAll<HTMLElement>('[data-offset]').forEach((el) => {
      const node = el.firstChild;
      if (node instanceof Text) painted.push({ offset: Number(el.dataset['offset']), node });
    });
    return paintCodings(painted, segments, codeMap);
  }, [blocks, segments, codeMap]);

  return (
    <article className="transcript" aria-labelledby="transcript-title">
      <header className="transcript-header">
        <h1 id="transcript-title">{content.name}</h1>
        <p className="transcript-meta">
          {plural(content.turns.length, 'turn')} · {plural(segments.length, 'coded segment')}
        </p>
        <DocumentAttributes documentId={content.id} attributes={content.attributes} />
      </header>
      <div className="turns" ref={bodyRef}>
        {blocks.map((block) => (
          <div key={block.index} className={`turn${block.speaker === null ? ' no-speaker' : ''}`}>
            <div className="turn-speaker">
              {block.speaker !== null && <span className="speaker-name">{block.speaker}</span>}
              {block.startMs !== null && <span className="turn-time">{formatMs(block.startMs)}</span>}
            </div>
            <div className="turn-words" data-offset={block.offset}>
              {block.words}
            </div>
          </div>
        ))}
      </div>
    </article>
  );
}
