import { useEffect, useState } from 'react';
import type { MemoTargetKind } from '../../shared/features/coding-types';
import type { MemoEntry } from '../../shared/features/memos-types';
import { ExportMenu } from '../components/analysis/ExportMenu';
import { MemoEditor } from '../components/memo/MemoEditor';
import { call } from '../lib/api';
import '../components/memo/memos.css';
import type { ViewContext } from './view-context';

const KINDS: ReadonlyArray<{ kind: MemoTargetKind; title: string }> = [
  { kind: 'document', title: 'Document memos' },
  { kind: 'code', title: 'Code memos' },
  { kind: 'segment', title: 'Quotation memos' },
];

/**
 * Every memo of the project in one place: the project memo (the analytic journal) to write in, then
 * the memos on documents, codes and quotations, searchable, each opening where it was written.
 */
export function MemosView({ ctx }: { ctx: ViewContext }) {
  const [query, setQuery] = useState('');
  const [entries, setEntries] = useState<readonly MemoEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      call('listMemoEntries', { query }).then(
        (e) => {
          if (!live) return;
          setEntries(e);
          setError(null);
        },
        (e: Error) => live && setError(e.message),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, ctx.generation]);

  const open = (e: MemoEntry) => {
    if (e.documentId !== null) ctx.openSegment(e.documentId, e.segmentId ?? null);
  };
  const listed = (entries ?? []).filter((e) => e.memo.targetKind !== 'project');
  return (
    <div className="memos-view">
      <div role="toolbar" aria-label="Memo tools" className="analysis-toolbar">
        <label>
          Search memos{' '}
          <input type="search" aria-label="Search memos" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="words…" />
        </label>
        <span className="muted" role="status">
          {entries === null ? 'Loading…' : `${entries.length} memo${entries.length === 1 ? '' : 's'}${query.trim() === '' ? '' : ' found'}`}
        </span>
        <ExportMenu
          label="Memo report"
          choices={[
            { label: 'Word document (.docx)', run: () => call('exportMemoReport', { format: 'docx' }) },
            { label: 'Markdown (.md)', run: () => call('exportMemoReport', { format: 'md' }) },
          ]}
        />
      </div>
      <div className="memos-body">
        <section className="project-memo" aria-label="Project memo">
          <h2>Project memo</h2>
          <p className="hint">The analytic journal: decisions, hunches, how the structure came about.</p>
          <MemoEditor targetKind="project" targetId={null} label="Project memo" placeholder="Write in the analytic journal…" />
        </section>
        {error !== null && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        {KINDS.map(({ kind, title }) => {
          const group = listed.filter((e) => e.memo.targetKind === kind);
          if (group.length === 0) return null;
          return (
            <section key={kind} className="memo-group" aria-label={title}>
              <h2>{title}</h2>
              <ol>
                {group.map((e) => (
                  <li key={e.memo.id} className="memo-entry">
                    <header>
                      <span className="memo-target">{e.target}</span>
                      {e.source !== null && <span className="muted"> · {e.source}</span>}
                      <span className="muted memo-when"> {e.memo.updatedAt.slice(0, 10)}</span>
                      <span className="spacer" />
                      {e.documentId !== null && (
                        <button type="button" className="mini-button" onClick={() => open(e)}>
                          Open
                        </button>
                      )}
                      <button
                        type="button"
                        className="mini-button"
                        aria-expanded={editing === e.memo.id}
                        onClick={() => setEditing(editing === e.memo.id ? null : e.memo.id)}
                      >
                        {editing === e.memo.id ? 'Done' : 'Edit'}
                      </button>
                    </header>
                    {editing === e.memo.id ? (
                      <MemoEditor targetKind={kind} targetId={e.memo.targetId} label={`Memo on ${e.target}`} autoFocus />
                    ) : (
                      <p className="memo-text">{e.memo.bodyText}</p>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
        {entries !== null && listed.length === 0 && (
          <p className="hint">
            {query.trim() === ''
              ? 'No memos on documents, codes or quotations yet. Write one from a transcript’s header, a code, or a coded quotation.'
              : 'No memo contains every word of the search.'}
          </p>
        )}
      </div>
    </div>
  );
}
