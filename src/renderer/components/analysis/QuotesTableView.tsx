import { useState } from 'react';
import type { CodeId, DocumentId, SegmentId } from '../../../core/ids';
import { call } from '../../lib/api';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { withLens } from '../../state/lens';
import { useWorkspace } from '../../state/workspace';
import { ErrorText } from '../ui/ErrorText';
import { QueryStatus } from '../ui/QueryStatus';
import { ExportMenu } from './ExportMenu';
import { errorMessage } from '../../../core/result';
import { msg } from '../../messages';

/**
 * The representative-data table: per dimension and theme, each concept with its chosen quotes.
 * Starring a quote makes it the concept's first choice (in the table and every export).
 */
export function QuotesTableView(props: { generation: number; onOpen: (documentId: DocumentId, segmentId: SegmentId) => void }) {
  const [perConcept, setPerConcept] = useState(2);
  const [withMemos, setWithMemos] = useState(false);
  const { lens } = useWorkspace();
  const tableQuery = useApiQuery('getQuotesTable', { perConcept, ...withLens(lens) }, props.generation);
  const table = readyValue(tableQuery);
  const [error, setError] = useState<string | null>(null);
  // The concept whose quotes are all listed to choose from; refetched after every change, so its stars follow the backend.
  const [expandedId, setExpandedId] = useState<CodeId | null>(null);
  const all = readyValue(
    useApiQuery('getAnalysisQuotes', expandedId === null ? null : { codeId: expandedId, ...withLens(lens) }, props.generation),
  );
  const star = (segmentId: string, codeId: CodeId, starred: boolean) =>
    void call('setQuoteStar', { segmentId, codeId, starred }).catch((e: unknown) => setError(errorMessage(e)));
  return (
    <div className="quotes-table-view">
      <div role="toolbar" aria-label={msg.analysis.tableOptions} className="analysis-toolbar">
        <label>
          {msg.analysis.quotesPerConcept}{' '}
          <select value={perConcept} onChange={(e) => setPerConcept(Number(e.target.value))}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <label title={msg.analysis.memosColumnHint}>
          <input type="checkbox" checked={withMemos} onChange={(e) => setWithMemos(e.target.checked)} /> {msg.analysis.memosColumn}
        </label>
        <ExportMenu
          choices={(['docx', 'xlsx', 'md', 'tex', 'tex-unicode'] as const).map((format) => ({
            label: msg.analysis.tableExports[format],
            run: () =>
              call('exportQuotesTable', {
                format: format === 'tex-unicode' ? 'tex' : format,
                perConcept,
                memos: withMemos,
                latexEngine: format === 'tex-unicode' ? 'unicode' : 'pdflatex',
                ...withLens(lens),
              }),
          }))}
        />
      </div>
      {error !== null && <ErrorText message={error} />}
      {table === null ? (
        <QueryStatus query={tableQuery} loading={msg.analysis.loadingTable} className="muted" />
      ) : (
        <table className="quotes-table" aria-label={msg.analysis.table}>
          <thead>
            <tr>
              <th scope="col">{msg.analysis.columns.dimension}</th>
              <th scope="col">{msg.analysis.columns.theme}</th>
              <th scope="col">{msg.analysis.columns.concept}</th>
              <th scope="col">{msg.analysis.columns.quotes}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => {
              const before = table.rows[i - 1];
              const newDim = before?.dimension !== r.dimension;
              const newTheme = newDim || before?.theme !== r.theme;
              const open = expandedId === r.conceptId && all !== null;
              return (
                <tr key={r.conceptId} className={newDim ? 'group-start' : newTheme ? 'subgroup-start' : undefined}>
                  <th scope="row">{newDim ? r.dimension : ''}</th>
                  <td>{newTheme ? r.theme : ''}</td>
                  <td>{r.concept}</td>
                  <td>
                    {(open
                      ? all.map((q) => ({
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
                          aria-label={msg.analysis.star(q.source, r.concept)}
                          onClick={() => star(q.segmentId, r.conceptId, !q.starred)}
                        >
                          {q.starred ? '★' : '☆'}
                        </button>
                        <q>{q.text}</q> <span className="muted">({q.source})</span>
                        {q.documentId !== null && (
                          <button type="button" className="link" onClick={() => props.onOpen(q.documentId, q.segmentId)}>
                            {msg.analysis.open}
                          </button>
                        )}
                      </p>
                    ))}
                    {r.available > r.quotes.length || open ? (
                      <button type="button" className="link" onClick={() => setExpandedId(open ? null : r.conceptId)}>
                        {open ? msg.analysis.chosenOnly : msg.analysis.chooseFromAll(r.available)}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
