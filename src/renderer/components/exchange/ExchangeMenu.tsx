import { useState } from 'react';
import { errorMessage } from '../../../core/result';
import type { ExchangeReport, RefiFormat } from '../../../shared/features/exchange-types';
import { call } from '../../lib/api';
import { download } from '../../lib/download';
import { withLens } from '../../state/lens';
import { useWorkspace } from '../../state/workspace';
import { MenuButton } from '../ui/MenuButton';
import { ModalDialog } from '../ui/ModalDialog';
import { ExchangeReportView } from './ExchangeReportView';
import { msg } from '../../messages';
import './exchange.css';

/**
 * "Export ▾" in the title bar: REFI-QDA project and codebook as browser downloads (the same path in
 * Electron and `gioia serve`), plus a shortcut to the data-structure view and its figure exports.
 * A REFI export then says what was kept, mapped and skipped.
 */
export function ExchangeMenu({ onShowStructure }: { onShowStructure: () => void }) {
  const { flash, lens } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<{ readonly fileName: string; readonly report: ExchangeReport } | null>(null);

  const exportRefi = async (format: RefiFormat) => {
    setBusy(true);
    setError(null);
    try {
      const file = await call('exportRefiData', { format, ...withLens(lens) });
      download(file);
      flash(msg.documents.exported(file.fileName));
      // The recipient's tool shows the file its own way: say what they will see before they write back.
      setSent({ fileName: file.fileName, report: file.report });
    } catch (e) {
      setError(msg.documents.refiFailed(format === 'qdpx' ? 'project' : 'codebook', errorMessage(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="exchange-menu">
      <MenuButton
        label={msg.documents.exportMenu}
        disabled={busy}
        items={[
          { label: msg.documents.refiProject, run: () => void exportRefi('qdpx') },
          { label: msg.documents.refiCodebook, run: () => void exportRefi('qdc') },
          { label: msg.documents.structureFigure, run: onShowStructure },
        ]}
      >
        {msg.documents.exportButton}
      </MenuButton>
      {sent !== null && (
        <ModalDialog title={msg.sets.exportReportTitle(sent.fileName)} className="export-report" onClose={() => setSent(null)}>
          <p>{msg.sets.exportReportIntro}</p>
          <ExchangeReportView report={sent.report} file={sent.fileName} />
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={() => setSent(null)} data-autofocus>
              {msg.common.close}
            </button>
          </div>
        </ModalDialog>
      )}
      {error !== null && (
        <div className="exchange-error" role="alert">
          <span>{error}</span>
          <button type="button" aria-label={msg.documents.dismissExportError} onClick={() => setError(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
