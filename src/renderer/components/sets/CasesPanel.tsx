import { useState } from 'react';
import type { CaseRow } from '../../../shared/features/sets-types';
import type { DocumentSummary } from '../../../shared/types';
import { CaseDialog } from './CaseDialog';
import { msg } from '../../messages';
import './sets.css';

/** The project's cases in the sidebar; one opens with its documents, attribute values and memo. */
export function CasesPanel({ cases, documents }: { cases: readonly CaseRow[]; documents: readonly DocumentSummary[] }) {
  // The open case by id: the dialog shows the case as it is now, and starts afresh when its name,
  // documents or values change (not its memo, which the dialog itself is saving as it is typed).
  const [dialog, setDialog] = useState<{ id: CaseRow['id'] | null } | null>(null);
  const open = dialog?.id == null ? null : (cases.find((c) => c.id === dialog.id) ?? null);
  return (
    <section className="panel sets-panel" aria-labelledby="cases-heading">
      <h2 className="panel-title" id="cases-heading">
        {msg.sets.casesTitle} <span className="count">{cases.length}</span>
        <button type="button" className="panel-action" onClick={() => setDialog({ id: null })}>
          {msg.sets.newCase}
        </button>
      </h2>
      {cases.length === 0 ? (
        <p className="empty">{msg.sets.casesEmpty}</p>
      ) : (
        <ul className="set-list" aria-label={msg.sets.casesList}>
          {cases.map((c) => (
            <li key={c.id} className="set-item">
              <button type="button" className="set-filter" aria-label={msg.sets.open(c.name)} onClick={() => setDialog({ id: c.id })}>
                <span className="case-icon" aria-hidden="true" />
                <span className="set-name">{c.name}</span>
                <span className="doc-meta">{msg.sets.caseMeta(c.documentIds.length, Object.keys(c.values).length)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {dialog !== null && (dialog.id === null || open !== null) && (
        <CaseDialog
          key={JSON.stringify([open?.name, open?.documentIds, open?.values])}
          caseRow={open}
          documents={documents}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
