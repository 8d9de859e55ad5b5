import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentId } from '../../../core/ids';
import type { SearchHit } from '../../../shared/features/coding-types';
import type { CodeRow } from '../../../shared/types';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { useDebounced } from '../../lib/use-debounced';
import { msg } from '../../messages';
import { ErrorText } from '../ui/ErrorText';
import { CodeHitsBar } from './CodeHitsBar';
import './search.css';
import { filterParams, NO_FILTERS, SearchFilters, type FilterState } from './SearchFilters';

interface Props {
  readonly codes: readonly CodeRow[];
  readonly generation: number;
  readonly onOpen: (documentId: DocumentId, start: number, end: number) => void;
}

const hitKey = (h: SearchHit) => `${h.documentId}:${h.start}:${h.end}`;

/**
 * Search across all transcripts: case, accents and quote marks do not matter unless Exact; filters
 * narrow it to a document, speaker, role, attribute value or code; the hits (all, or the ticked
 * ones) can be coded in one step. Results are read again after every change to the project.
 */
export function SearchPanel({ codes, generation, onOpen }: Props) {
  const r = msg.retrieval;
  const [query, setQuery] = useState('');
  const [exact, setExact] = useState(false);
  const [filters, setFilters] = useState<FilterState>(NO_FILTERS);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const typed = useDebounced(query.trim(), 150);
  // Clearing the field clears the results at once; only new words wait for the typing to pause.
  const q = query.trim() === '' ? '' : typed;
  const params = useMemo(() => (q === '' ? null : { query: q, limit: 200, ...filterParams(filters, exact) }), [q, filters, exact]);
  const search = useApiQuery('searchText', params, generation);
  const result = readyValue(search);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const chosen = useMemo(() => result?.hits.filter((h) => ticked.has(hitKey(h))) ?? [], [result, ticked]);
  const toggle = (h: SearchHit, on: boolean) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(hitKey(h));
      else next.delete(hitKey(h));
      return next;
    });

  return (
    <div className="inspector-body">
      <input
        ref={input}
        type="search"
        className="search-input"
        aria-label={r.searchField}
        placeholder={r.searchPlaceholder}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <label className="checkbox" title={r.exactHint}>
        <input type="checkbox" checked={exact} onChange={(e) => setExact(e.target.checked)} />
        {r.exact}
      </label>
      <SearchFilters filters={filters} onChange={setFilters} codes={codes} generation={generation} />
      {search.status === 'failed' && <ErrorText message={search.message} />}
      {result !== null && params !== null && (
        <section aria-label={r.results}>
          <h3 className="inspector-subtitle">{r.matchCount(result.hits.length, result.truncated)}</h3>
          {result.hits.length > 0 && (
            <CodeHitsBar
              search={{ query: params.query, ...filterParams(filters, exact) }}
              hits={result.hits}
              truncated={result.truncated}
              chosen={chosen}
              codes={codes}
              onCoded={() => setTicked(new Set())}
            />
          )}
          <ol className="quote-list">
            {result.hits.map((h) => (
              <li key={hitKey(h)} className="search-hit">
                <input
                  type="checkbox"
                  aria-label={r.chooseHit(h.documentName, h.start)}
                  checked={ticked.has(hitKey(h))}
                  onChange={(e) => toggle(h, e.target.checked)}
                />
                <button
                  type="button"
                  className="quote"
                  aria-label={r.openMatch(h.documentName, h.start)}
                  onClick={() => onOpen(h.documentId, h.start, h.end)}
                >
                  <span className="quote-meta">
                    <span className="quote-doc">{h.documentName}</span>
                    {h.page !== null && <span>{r.page(h.page)}</span>}
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
