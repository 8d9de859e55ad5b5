import type { ImportResult } from '../../../shared/features/documents-types';
import { ExchangeReportView } from '../exchange/ExchangeReportView';
import { MediaBeside } from '../media/MediaBeside';
import { ModalDialog } from '../ui/ModalDialog';
import { msg } from '../../messages';

const STATUS_LABEL: Record<ImportResult['status'], string> = msg.documents.status;

/** Per-file outcome of an import: what came in, what was skipped as a duplicate, what failed and why. */
export function ImportResultsDialog({ results, onClose }: { results: readonly ImportResult[]; onClose: () => void }) {
  const count = (status: ImportResult['status']) => results.filter((r) => r.status === status).length;
  const summary = msg.documents.resultsSummary(count('imported'), count('duplicate'), count('failed'));

  return (
    <ModalDialog title={msg.documents.resultsTitle} className="import-results" onClose={onClose}>
      <p className="import-results-summary">{summary}</p>
      <ul className="import-results-list" aria-label={msg.documents.resultsList}>
        {results.map((r, i) => (
          <li
            key={`${r.file}-${i}`}
            className={`import-result status-${r.status}`}
            aria-label={msg.documents.resultRow(fileName(r.file), STATUS_LABEL[r.status])}
          >
            <span className="import-result-status">{STATUS_LABEL[r.status]}</span>
            <span className="import-result-file">{fileName(r.file)}</span>
            {r.status === 'imported' && (
              <span className="import-result-detail">
                {r.report === undefined ? msg.documents.importedAs(r.name ?? '', r.details[0] ?? '') : msg.sets.importedName(r.name ?? '')}
              </span>
            )}
            {r.status !== 'imported' && <span className="import-result-detail">{r.reason}</span>}
            {r.status === 'imported' && r.report !== undefined && <ExchangeReportView report={r.report} file={fileName(r.file)} />}
            {r.status === 'imported' && r.report === undefined && r.details.length > 1 && (
              <ul className="import-result-notes" aria-label={msg.documents.detailsOf(fileName(r.file))}>
                {r.details.slice(1).map((line, j) => (
                  <li key={j}>{line}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <MediaBeside results={results} />
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} data-autofocus>
          {msg.common.close}
        </button>
      </div>
    </ModalDialog>
  );
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
