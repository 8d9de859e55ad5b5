import { useEffect, useRef, useState } from 'react';
import type { CodeId, DocumentId, SegmentId } from '../../../core/ids';
import type { QuoteRow } from '../../../shared/features/coding-types';
import { errorMessage } from '../../../core/result';
import { call } from '../../lib/api';
import { plural } from '../../lib/format';
import { useWorkspace } from '../../state/workspace';
import { MemoToggle } from '../memo/MemoToggle';

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
  const { coderFilter } = useWorkspace();
  // Quotes are kept with the code they belong to: another code's list must never show while loading.
  const [loaded, setLoaded] = useState<{ readonly codeId: CodeId; readonly quotes: readonly QuoteRow[] } | null>(null);
  const quotes = loaded?.codeId === codeId ? loaded.quotes : null;
  const [error, setError] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const sentinel = useRef<HTMLLIElement>(null);
  // Which quotations carry a memo, fetched once for the whole list.
  const [withMemo, setWithMemo] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    call('listMemoEntries', { kind: 'segment' }).then(
      (entries) => live && setWithMemo(new Set(entries.map((e) => e.segmentId ?? ''))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [generation]);
  useEffect(() => {
    let cancelled = false;
    const t0 = performance.now();
    call('listQuotes', { codeId, ...(coderFilter === 'all' ? {} : { coderId: coderFilter }) })
      .then((q) => {
        if (cancelled) return;
        setLoaded({ codeId, quotes: q });
        setLimit(PAGE);
        setError(null);
        document.documentElement.dataset['retrievalMs'] = (performance.now() - t0).toFixed(1);
      })
      .catch((e: unknown) => !cancelled && setError(errorMessage(e)));
    return () => {
      cancelled = true;
    };
  }, [codeId, coderFilter, generation]);

  const more = quotes !== null && limit < quotes.length;
  useEffect(() => {
    const el = sentinel.current;
    if (!more || el === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setLimit((l) => l + PAGE * 2);
      },
      { rootMargin: '400px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [more, limit]);

  if (error !== null)
    return (
      <p className="error-text" role="alert">
        {error}
      </p>
    );
  if (quotes === null) return <p className="hint">Loading quotes…</p>;
  return (
    <section className="quotes" aria-label="Quotes">
      <h3 className="inspector-subtitle">
        {plural(quotes.length, 'quote')}
        {coderFilter !== 'all' && ' (one coder)'}
      </h3>
      {quotes.length === 0 && <p className="hint">No quotes coded yet.</p>}
      <ol className="quote-list" data-code-id={codeId} data-total={quotes.length}>
        {quotes.slice(0, limit).map((q) => (
          <li key={`${q.segmentId}`}>
            <button
              type="button"
              className="quote"
              aria-label={`Open quote “${q.quote.slice(0, 80)}” in ${q.documentName}`}
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
            <MemoToggle
              targetKind="segment"
              targetId={q.segmentId}
              label={`Memo on the quote from ${q.documentName}`}
              written={withMemo.has(q.segmentId)}
            />
          </li>
        ))}
        {more && (
          <li ref={sentinel} className="hint">
            <button type="button" className="mini-button" onClick={() => setLimit((l) => l + PAGE * 5)}>
              Show more ({(quotes.length - limit).toLocaleString('en')} left)
            </button>
          </li>
        )}
      </ol>
    </section>
  );
}
