import { useEffect, useState } from 'react';
import type { CodeId, DocumentId, SegmentId } from '../../../core/ids';
import type { AnalysisQuote, QuotesTable } from '../../../shared/features/analysis-types';
import { call } from '../../lib/api';
import { ExportMenu } from './ExportMenu';
import { errorMessage } from '../../../core/result';

/**
 * The representative-data table: per dimension and theme, each concept with its chosen quotes.
 * Starring a quote makes it the concept's first choice (in the table and every export).
 */
export function QuotesTableView(props: { generation: number; onOpen: (documentId: DocumentId, segmentId: SegmentId) => void }) {
  const [perConcept, setPerConcept] = useState(2);
  const [withMemos, setWithMemos] = useState(false);
  const [table, setTable] = useState<QuotesTable | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<{ codeId: string; quotes: AnalysisQuote[] } | null>(null);
  useEffect(() => {
    let live = true;
    call('getQuotesTable', { perConcept }).then(
      (t) => live && setTable(t),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [perConcept, props.generation]);
  const expandedId = expanded?.codeId ?? null;
  useEffect(() => {
    // Refetch the expanded list after every change, so its stars follow the backend.
    if (expandedId === null) return;
    void call('getAnalysisQuotes', { codeId: expandedId }).then((quotes) =>
      setExpanded((x) => (x?.codeId === expandedId ? { ...x, quotes } : x)),
    );
  }, [expandedId, props.generation]);
  const star = (segmentId: string, codeId: CodeId, starred: boolean) =>
    void call('setQuoteStar', { segmentId, codeId, starred }).catch((e: unknown) => setError(errorMessage(e)));
  if (error !== null)
    return (
      <p role="alert" className="error-text">
        {error}
      </p>
    );
  if (table === null) return <p className="muted">Loading the table…</p>;
  let previous: { dimension: string; theme: string } | null = null;
  return (
    <div className="quotes-table-view">
      <div role="toolbar" aria-label="Table options" className="analysis-toolbar">
        <label>
          Quotes per concept{' '}
          <select value={perConcept} onChange={(e) => setPerConcept(Number(e.target.value))}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <label title="Add a Memos column to the exports: the concept's memo and each chosen quote's">
          <input type="checkbox" checked={withMemos} onChange={(e) => setWithMemos(e.target.checked)} /> Memos column
        </label>
        <ExportMenu
          choices={(['docx', 'xlsx', 'md', 'tex', 'tex-unicode'] as const).map((format) => ({
            label: {
              docx: 'Word table (.docx)',
              xlsx: 'Excel (.xlsx)',
              md: 'Markdown (.md)',
              tex: 'LaTeX booktabs (.tex, pdflatex)',
              'tex-unicode': 'LaTeX, full Unicode (.tex, xelatex/lualatex)',
            }[format],
            run: () =>
              call('exportQuotesTable', {
                format: format === 'tex-unicode' ? 'tex' : format,
                perConcept,
                memos: withMemos,
                latexEngine: format === 'tex-unicode' ? 'unicode' : 'pdflatex',
              }),
          }))}
        />
      </div>
      <table className="quotes-table" aria-label="Representative data">
        <thead>
          <tr>
            <th scope="col">Aggregate dimension</th>
            <th scope="col">2nd-order theme</th>
            <th scope="col">1st-order concept</th>
            <th scope="col">Representative quotes</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => {
            const newDim = previous?.dimension !== r.dimension;
            const newTheme = newDim || previous?.theme !== r.theme;
            previous = r;
            const open = expanded?.codeId === r.conceptId;
            return (
              <tr key={r.conceptId} className={newDim ? 'group-start' : newTheme ? 'subgroup-start' : undefined}>
                <th scope="row">{newDim ? r.dimension : ''}</th>
                <td>{newTheme ? r.theme : ''}</td>
                <td>{r.concept}</td>
                <td>
                  {(open
                    ? expanded.quotes.map((q) => ({
                        segmentId: q.segmentId,
                        text: q.quote,
                        source: q.source,
                        starred: q.starred,
                        documentId: q.documentId,
                      }))
                    : r.quotes.map((q) => ({ ...q, documentId: null }))
                  ).map((q) => (
                    <p key={q.segmentId} className="rep-quote">
                      <button
                        type="button"
                        className={`star${q.starred ? ' on' : ''}`}
                        aria-pressed={q.starred}
                        aria-label={`Star quote from ${q.source} for ${r.concept}`}
                        onClick={() => star(q.segmentId, r.conceptId, !q.starred)}
                      >
                        {q.starred ? '★' : '☆'}
                      </button>
                      <q>{q.text}</q> <span className="muted">({q.source})</span>
                      {q.documentId !== null && (
                        <button type="button" className="link" onClick={() => props.onOpen(q.documentId, q.segmentId)}>
                          open
                        </button>
                      )}
                    </p>
                  ))}
                  {r.available > r.quotes.length || open ? (
                    <button
                      type="button"
                      className="link"
                      onClick={() =>
                        open
                          ? setExpanded(null)
                          : void call('getAnalysisQuotes', { codeId: r.conceptId }).then((quotes) =>
                              setExpanded({ codeId: r.conceptId, quotes }),
                            )
                      }
                    >
                      {open ? 'Show chosen quotes only' : `Choose from all ${r.available} quotes`}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
