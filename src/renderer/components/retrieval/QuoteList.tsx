import { useEffect, useState } from 'react';
import type { CodeId, DocumentId, SegmentId } from '../../../core/ids';
import type { QuoteRow } from '../../../shared/features/coding-types';
import { callCoding, errorMessage } from '../../lib/coding-api';
import { plural } from '../../lib/format';
import { useWorkspace } from '../../state/workspace';

interface Props {
  readonly codeId: CodeId;
  readonly generation: number;
  readonly onOpen: (documentId: DocumentId, segmentId: SegmentId) => void;
}

/** Retrieval: every quote of a code (a theme or dimension brings its concepts' quotes), in context. */
export function QuoteList({ codeId, generation, onOpen }: Props) {
  const { coderFilter } = useWorkspace();
  const [quotes, setQuotes] = useState<readonly QuoteRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    const t0 = performance.now();
    callCoding('listQuotes', { codeId, ...(coderFilter === 'all' ? {} : { coderId: coderFilter }) })
      .then((q) => {
        if (cancelled) return;
        setQuotes(q);
        setError(null);
        document.documentElement.dataset['retrievalMs'] = (performance.now() - t0).toFixed(1);
      })
      .catch((e: unknown) => !cancelled && setError(errorMessage(e)));
    return () => {
      cancelled = true;
    };
  }, [codeId, coderFilter, generation]);

  if (error !== null) return <p className="error-text" role="alert">{error}</p>;
  if (quotes === null) return <p className="hint">Loading quotes…</p>;
  return (
    <section className="quotes" aria-label="Quotes">
      <h3 className="inspector-subtitle">
        {plural(quotes.length, 'quote')}
        {coderFilter !== 'all' && ' (one coder)'}
      </h3>
      {quotes.length === 0 && <p className="hint">No quotes coded yet.</p>}
      <ol className="quote-list">
        {quotes.slice(0, 1000).map((q) => (
          <li key={`${q.segmentId}`}>
            <button type="button" className="quote" aria-label={`Open quote “${q.quote.slice(0, 80)}” in ${q.documentName}`} onClick={() => onOpen(q.documentId, q.segmentId)}>
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
          </li>
        ))}
      </ol>
      {quotes.length > 1000 && <p className="hint">Showing the first 1,000 of {quotes.length.toLocaleString('en')} quotes.</p>}
    </section>
  );
}
