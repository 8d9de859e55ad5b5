import type { MergeChange, MergeReport } from '../../../shared/features/comparison-types';
import { msg } from '../../messages';
import { ModalDialog } from '../ui/ModalDialog';

interface Props {
  readonly report: MergeReport;
  readonly onClose: () => void;
  /** Opens the conflicts to settle; null when the merge left none. */
  readonly onConflicts: (() => void) | null;
}

function ChangeRow({ change }: { change: MergeChange }) {
  return (
    <tr className={`change-${change.kind}`}>
      <td>{msg.team.changeKind[change.kind]}</td>
      <td>{change.documentName ?? ''}</td>
      <td>{change.codeNames.join(', ')}</td>
      <td className="change-quote">{change.quote}</td>
      <td>{change.message}</td>
    </tr>
  );
}

/** Everything a merge did, counted and listed: nothing it changed or refused goes unsaid. */
export function MergeReportDialog({ report, onClose, onConflicts }: Props) {
  const t = msg.team;
  return (
    <ModalDialog title={t.reportTitle(report.source)} onClose={onClose} className="merge-report">
      <p>{report.base === 'package' ? t.basePackage : t.baseNone}</p>
      {report.assignment !== null && (
        <p>{t.assignment(report.assignment.coderName, report.assignment.sessionName, report.assignment.documents)}</p>
      )}
      <dl className="merge-counts">
        <dt>{t.documentsLabel}</dt>
        <dd>{t.documentsMatched(report.documents.matched, report.documents.missing)}</dd>
        <dt>{t.codingsLabel}</dt>
        <dd>{t.codings(report.codings)}</dd>
        <dt>{t.segmentsLabel}</dt>
        <dd>{t.segments(report.segments)}</dd>
        <dt>{t.memosLabel}</dt>
        <dd>{t.memos(report.memos)}</dd>
      </dl>
      {report.unplaced.length > 0 && (
        <>
          <h3>{t.unplacedTitle(report.unplaced.length)}</h3>
          <ul className="merge-unplaced">
            {report.unplaced.map((u) => (
              <li key={u.segmentId}>
                {u.documentName} · {u.codeNames.join(', ')} · “{u.quote}” — {u.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.changes.length > 0 && (
        <div className="merge-changes">
          <table aria-label={t.changesTable}>
            <thead>
              <tr>
                <th scope="col">{t.change}</th>
                <th scope="col">{t.document}</th>
                <th scope="col">{t.codes}</th>
                <th scope="col">{t.quote}</th>
                <th scope="col">{t.why}</th>
              </tr>
            </thead>
            <tbody>
              {report.changes.map((c, i) => (
                <ChangeRow key={`${c.id}-${i}`} change={c} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="dialog-actions">
        {onConflicts !== null && (
          <button type="button" onClick={onConflicts} data-autofocus>
            {t.settle}
          </button>
        )}
        <button type="button" className="plain" onClick={onClose}>
          {msg.common.close}
        </button>
      </div>
    </ModalDialog>
  );
}
