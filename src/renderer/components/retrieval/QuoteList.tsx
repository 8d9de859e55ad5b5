import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CodeId, DocumentId, SegmentId } from '../../../core/ids';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { withLens } from '../../state/lens';
import { useWorkspace } from '../../state/workspace';
import { PlayClipButton } from '../media/PlayClipButton';
import { MemoToggle } from '../memo/MemoToggle';
import { QueryStatus } from '../ui/QueryStatus';
import { msg } from '../../messages';

interface Props {
  readonly codeId: CodeId;
  readonly generation: number;
  readonly onOpen: (documentId: DocumentId, segmentId: SegmentId) => void;
}

/** Quotes rendered at first, and added each time the reader scrolls near the end of the list. */
const PAGE = 40;

/**
 * Retrieval: every quote of a code (a theme or dimension brings its concepts' quotes), in context.
 * All quotes are fetched at once; the list renders a page of them and grows as the reader scrolls, so
 * a code with thousands of quotes opens as fast as one with forty.
 */
export function QuoteList({ codeId, generation, onOpen }: Props) {
  const { lens } = useWorkspace();
  const query = useApiQuery('listQuotes', { codeId, ...withLens(lens) }, generation);
  const quotes = readyValue(query);
  // How far the reader has scrolled, per code: a refresh after a coding keeps it, another code starts over.
  const [shown, setShown] = useState<{ readonly codeId: CodeId; readonly limit: number }>({ codeId, limit: PAGE });
  const limit = shown.codeId === codeId ? shown.limit : PAGE;
  const grow = useCallback((by: number) => setShown((s) => ({ codeId, limit: (s.codeId === codeId ? s.limit : PAGE) + by })), [codeId]);
  const sentinel = useRef<HTMLLIElement>(null);
  // Which quotations carry a memo, fetched once for the whole list.
  const memos = readyValue(useApiQuery('listMemoEntries', { kind: 'segment' }, generation));
  const withMemo = useMemo(() => new Set((memos ?? []).map((e) => e.segmentId ?? '')), [memos]);
  // Which documents have a playable recording, for a play button on their quotes.
  const media = readyValue(useApiQuery('listMedia', {}, generation));
  const withMedia = useMemo(() => new Set((media ?? []).filter((m) => m.status === 'ok').map((m) => m.documentId as string)), [media]);

  const more = quotes !== null && limit < quotes.length;
  useEffect(() => {
    const el = sentinel.current;
    if (!more || el === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) grow(PAGE * 2);
      },
      { rootMargin: '400px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [more, limit, grow]);

  if (quotes === null) return <QueryStatus query={query} loading={msg.common.loadingQuotes} />;
  return (
    <section className="quotes" aria-label={msg.retrieval.quotes}>
      <h3 className="inspector-subtitle">
        {msg.retrieval.quoteCount(quotes.length)}
        {lens.kind !== 'all' && msg.common.lensNote(lens.kind)}
      </h3>
      {quotes.length === 0 && <p className="hint">{msg.retrieval.noQuotes}</p>}
      <ol className="quote-list" data-code-id={codeId} data-total={quotes.length}>
        {quotes.slice(0, limit).map((q) => (
          <li key={`${q.segmentId}`}>
            <button
              type="button"
              className="quote"
              aria-label={msg.retrieval.openQuote(q.quote.slice(0, 80), q.documentName)}
              onClick={() => onOpen(q.documentId, q.segmentId)}
            >
              <span className="quote-meta">
                <span className="quote-doc">{q.documentName}</span>
                {q.speaker !== null && <span className="quote-speaker">{q.speaker}</span>}
                <span className="quote-coder">{q.coderName}</span>
              </span>
              <span className="quote-text">
                <span className="context">{q.contextBefore !== '' ? `…${q.contextBefore}` : ''}</span>
                <mark>{q.quote}</mark>
                <span className="context">{q.contextAfter !== '' ? `${q.contextAfter}…` : ''}</span>
              </span>
            </button>
            {withMedia.has(q.documentId) && <PlayClipButton segmentId={q.segmentId} />}
            <MemoToggle
              targetKind="segment"
              targetId={q.segmentId}
              label={msg.memos.onQuoteFrom(q.documentName)}
              written={withMemo.has(q.segmentId)}
            />
          </li>
        ))}
        {more && (
          <li ref={sentinel} className="hint">
            <button type="button" className="mini-button" onClick={() => grow(PAGE * 5)}>
              {msg.retrieval.showMore(quotes.length - limit)}
            </button>
          </li>
        )}
      </ol>
    </section>
  );
}
