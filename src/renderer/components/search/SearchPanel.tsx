import { useEffect, useRef, useState } from 'react';
import type { DocumentId } from '../../../core/ids';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { useDebounced } from '../../lib/use-debounced';
import { ErrorText } from '../ui/ErrorText';
import { msg } from '../../messages';

interface Props {
  readonly onOpen: (documentId: DocumentId, start: number, end: number) => void;
}

/** Full-text search across all transcripts (the backend's FTS5 index), results in context. */
export function SearchPanel({ onOpen }: Props) {
  const [query, setQuery] = useState('');
  const typed = useDebounced(query.trim(), 150);
  // Clearing the field clears the results at once; only new words wait for the typing to pause.
  const q = query.trim() === '' ? '' : typed;
  const search = useApiQuery('searchText', q === '' ? null : { query: q, limit: 200 });
  const result = readyValue(search);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <div className="inspector-body">
      <input
        ref={input}
        type="search"
        className="search-input"
        aria-label={msg.retrieval.searchField}
        placeholder={msg.retrieval.searchPlaceholder}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {search.status === 'failed' && <ErrorText message={search.message} />}
      {result !== null && (
        <section aria-label={msg.retrieval.results}>
          <h3 className="inspector-subtitle">{msg.retrieval.matchCount(result.hits.length, result.truncated)}</h3>
          <ol className="quote-list">
            {result.hits.map((h) => (
              <li key={`${h.documentId}:${h.start}`}>
                <button
                  type="button"
                  className="quote"
                  aria-label={msg.retrieval.openMatch(h.documentName, h.start)}
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
