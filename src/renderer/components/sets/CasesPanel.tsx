import { useState } from 'react';
import type { CaseRow } from '../../../shared/features/sets-types';
import type { DocumentSummary } from '../../../shared/types';
import { CaseDialog } from './CaseDialog';
import { msg } from '../../messages';
import './sets.css';

/** The project's cases in the sidebar; one opens with its documents, attribute values and memo. */
export function CasesPanel({ cases, documents }: { cases: readonly CaseRow[]; documents: readonly DocumentSummary[] }) {
  const [dialog, setDialog] = useState<{ caseRow: CaseRow | null } | null>(null);
  return (
    <section className="panel sets-panel" aria-labelledby="cases-heading">
      <h2 className="panel-title" id="cases-heading">
        {msg.sets.casesTitle} <span className="count">{cases.length}</span>
        <button type="button" className="panel-action" onClick={() => setDialog({ caseRow: null })}>
          {msg.sets.newCase}
        </button>
      </h2>
      {cases.length === 0 ? (
        <p className="empty">{msg.sets.casesEmpty}</p>
      ) : (
        <ul className="set-list" aria-label={msg.sets.casesList}>
          {cases.map((c) => (
            <li key={c.id} className="set-item">
              <button type="button" className="set-filter" aria-label={msg.sets.open(c.name)} onClick={() => setDialog({ caseRow: c })}>
                <span className="case-icon" aria-hidden="true" />
                <span className="set-name">{c.name}</span>
                <span className="doc-meta">{msg.sets.caseMeta(c.documentIds.length, Object.keys(c.values).length)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {dialog !== null && <CaseDialog caseRow={dialog.caseRow} documents={documents} onClose={() => setDialog(null)} />}
    </section>
  );
}
