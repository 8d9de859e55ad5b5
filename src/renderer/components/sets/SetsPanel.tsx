import { useState } from 'react';
import type { SetRow } from '../../../shared/features/sets-types';
import type { DocumentSummary } from '../../../shared/types';
import type { SetScope } from '../../state/lens';
import { useWorkspace } from '../../state/workspace';
import { SetDialog } from './SetDialog';
import { msg } from '../../messages';
import './sets.css';

/** The scope a set gives: its documents, its codes, or both when it holds both. */
export function scopeOf(set: SetRow): SetScope {
  return {
    ...(set.documentIds.length > 0 || set.codeIds.length === 0 ? { documentSetId: set.id } : {}),
    ...(set.codeIds.length > 0 ? { codeSetId: set.id } : {}),
  };
}

/**
 * The project's sets in the sidebar. Clicking one narrows every view to it (clicking it again shows
 * everything); the pencil edits its name, description and members.
 */
export function SetsPanel({ sets, documents }: { sets: readonly SetRow[]; documents: readonly DocumentSummary[] }) {
  const ws = useWorkspace();
  // The edited set by id: the dialog shows the set as it is now, and starts afresh when it changes.
  const [dialog, setDialog] = useState<{ id: SetRow['id'] | null } | null>(null);
  const editing = dialog?.id == null ? null : (sets.find((s) => s.id === dialog.id) ?? null);
  const active = (set: SetRow) => ws.lens.documentSetId === set.id || ws.lens.codeSetId === set.id;
  return (
    <section className="panel sets-panel" aria-labelledby="sets-heading">
      <h2 className="panel-title" id="sets-heading">
        {msg.sets.setsTitle} <span className="count">{sets.length}</span>
        <button type="button" className="panel-action" onClick={() => setDialog({ id: null })}>
          {msg.sets.newSet}
        </button>
      </h2>
      {sets.length === 0 ? (
        <p className="empty">{msg.sets.setsEmpty}</p>
      ) : (
        <ul className="set-list" aria-label={msg.sets.setsList}>
          {sets.map((set) => (
            <li key={set.id} className={`set-item${active(set) ? ' active' : ''}`}>
              <button
                type="button"
                className="set-filter"
                aria-pressed={active(set)}
                aria-label={msg.sets.filterBy(set.name)}
                title={set.description === '' ? msg.sets.filterTitle : `${set.description}\n\n${msg.sets.filterTitle}`}
                onClick={() => ws.setScope(active(set) ? {} : scopeOf(set))}
              >
                <span className="set-icon" aria-hidden="true" />
                <span className="set-name">{set.name}</span>
                <span className="doc-meta">{msg.sets.setMeta(set.documentIds.length, set.codeIds.length, set.memoIds.length)}</span>
              </button>
              <button
                type="button"
                className="row-action"
                aria-label={msg.sets.editSet(set.name)}
                onClick={() => setDialog({ id: set.id })}
              >
                ✎
              </button>
            </li>
          ))}
        </ul>
      )}
      {dialog !== null && (dialog.id === null || editing !== null) && (
        <SetDialog key={JSON.stringify(editing)} set={editing} documents={documents} onClose={() => setDialog(null)} />
      )}
    </section>
  );
}
