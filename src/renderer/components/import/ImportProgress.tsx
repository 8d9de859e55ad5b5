import type { ImportProgressState } from './use-import';
import { msg } from '../../messages';

/** A calm bottom-right card while files import; the bar carries its value for assistive tech. */
export function ImportProgress({ progress }: { progress: ImportProgressState }) {
  const percent = progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100);
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <div className="import-progress-label">
        {progress.label}
        <span className="import-progress-count">{msg.documents.progressCount(progress.done, progress.total)}</span>
      </div>
      <div
        role="progressbar"
        aria-label={msg.documents.importProgress}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={msg.documents.progressFiles(progress.done, progress.total)}
        className="import-progress-track"
      >
        <div className="import-progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
