import { useState } from 'react';
import type { MemoTargetKind } from '../../shared/features/coding-types';
import type { MemoEntry } from '../../shared/features/memos-types';
import { ExportMenu } from '../components/analysis/ExportMenu';
import { MemoEditor } from '../components/memo/MemoEditor';
import { call } from '../lib/api';
import { readyValue, useApiQuery } from '../lib/use-api-query';
import { useDebounced } from '../lib/use-debounced';
import { msg } from '../messages';
import { ErrorText } from '../components/ui/ErrorText';
import '../components/memo/memos.css';
import type { ViewContext } from './view-context';

const KINDS = ['document', 'code', 'segment'] as const satisfies readonly MemoTargetKind[];

/**
 * Every memo of the project in one place: the project memo (the analytic journal) to write in, then
 * the memos on documents, codes and quotations, searchable, each opening where it was written.
 */
export function MemosView({ ctx }: { ctx: ViewContext }) {
  const [query, setQuery] = useState('');
  const typed = useDebounced(query, 120);
  const search = useApiQuery('listMemoEntries', { query: typed }, ctx.generation);
  const entries = readyValue(search);
  const [editing, setEditing] = useState<string | null>(null);

  const open = (e: MemoEntry) => {
    if (e.documentId !== null) ctx.openSegment(e.documentId, e.segmentId ?? null);
  };
  const listed = (entries ?? []).filter((e) => e.memo.targetKind !== 'project');
  return (
    <div className="memos-view">
      <div role="toolbar" aria-label={msg.memos.tools} className="analysis-toolbar">
        <label>
          {msg.memos.search}{' '}
          <input
            type="search"
            aria-label={msg.memos.search}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={msg.memos.searchPlaceholder}
          />
        </label>
        <span className="muted" role="status">
          {entries === null ? msg.memos.loading : msg.memos.found(entries.length, typed.trim() !== '')}
        </span>
        <ExportMenu
          label={msg.memos.report}
          choices={[
            { label: msg.memos.reportDocx, run: () => call('exportMemoReport', { format: 'docx' }) },
            { label: msg.memos.reportMd, run: () => call('exportMemoReport', { format: 'md' }) },
          ]}
        />
      </div>
      <div className="memos-body">
        <section className="project-memo" aria-label={msg.memos.project}>
          <h2>{msg.memos.project}</h2>
          <p className="hint">{msg.memos.projectHint}</p>
          <MemoEditor targetKind="project" targetId={null} label={msg.memos.project} placeholder={msg.memos.projectPlaceholder} />
        </section>
        {search.status === 'failed' && <ErrorText message={search.message} />}
        {KINDS.map((kind) => {
          const title = msg.memos.groups[kind];
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
                          {msg.memos.open}
                        </button>
                      )}
                      <button
                        type="button"
                        className="mini-button"
                        aria-expanded={editing === e.memo.id}
                        onClick={() => setEditing(editing === e.memo.id ? null : e.memo.id)}
                      >
                        {editing === e.memo.id ? msg.common.done : msg.memos.edit}
                      </button>
                    </header>
                    {editing === e.memo.id ? (
                      <MemoEditor targetKind={kind} targetId={e.memo.targetId} label={msg.memos.on(e.target)} focusOnOpen />
                    ) : (
                      <p className="memo-text">{e.memo.bodyText}</p>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
        {entries !== null && listed.length === 0 && <p className="hint">{typed.trim() === '' ? msg.memos.none : msg.memos.noMatch}</p>}
      </div>
    </div>
  );
}
