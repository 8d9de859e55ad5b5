import { useEffect, useRef, useState } from 'react';
import type { DocumentId } from '../../../core/ids';
import type { SearchResult } from '../../../shared/features/coding-types';
import { errorMessage } from '../../../core/result';
import { call } from '../../lib/api';
import { plural } from '../../lib/format';

interface Props {
  readonly onOpen: (documentId: DocumentId, start: number, end: number) => void;
}

/** Full-text search across all transcripts (the backend's FTS5 index), results in context. */
export function SearchPanel({ onOpen }: Props) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    const q = query.trim();
    if (q === '') {
      setResult(null);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      call('searchText', { query: q, limit: 200 })
        .then((r) => {
          if (!cancelled) {
            setResult(r);
            setError(null);
          }
        })
        .catch((e: unknown) => !cancelled && setError(errorMessage(e)));
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query]);
  return (
    <div className="inspector-body">
      <input
        ref={input}
        type="search"
        className="search-input"
        aria-label="Search transcripts"
        placeholder="Search all transcripts…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {error !== null && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {result !== null && (
        <section aria-label="Search results">
          <h3 className="inspector-subtitle">
            {plural(result.hits.length, 'match', 'matches')}
            {result.truncated && ' (more not shown)'}
          </h3>
          <ol className="quote-list">
            {result.hits.map((h) => (
              <li key={`${h.documentId}:${h.start}`}>
                <button
                  type="button"
                  className="quote"
                  aria-label={`Open match in ${h.documentName} at ${h.start}`}
                  onClick={() => onOpen(h.documentId, h.start, h.end)}
                >
                  <span className="quote-meta">
                    <span className="quote-doc">{h.documentName}</span>
                    {h.speaker !== null && <span className="quote-speaker">{h.speaker}</span>}
                  </span>
                  <span className="quote-text">
                    <span className="context">{h.before}</span>
                    <mark>{h.match}</mark>
                    <span className="context">{h.after}</span>
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
