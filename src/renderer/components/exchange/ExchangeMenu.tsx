import { useState } from 'react';
import { errorMessage } from '../../../core/result';
import type { RefiFormat } from '../../../shared/features/exchange-types';
import { call } from '../../lib/api';
import { download } from '../../lib/download';
import { withLens } from '../../state/lens';
import { useWorkspace } from '../../state/workspace';
import { MenuButton } from '../ui/MenuButton';
import { msg } from '../../messages';
import './exchange.css';

/**
 * "Export ▾" in the title bar: REFI-QDA project and codebook as browser downloads (the same path in
 * Electron and `gioia serve`), plus a shortcut to the data-structure view and its figure exports.
 */
export function ExchangeMenu({ onShowStructure }: { onShowStructure: () => void }) {
  const { flash, lens } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const exportRefi = async (format: RefiFormat) => {
    setBusy(true);
    setError(null);
    try {
      const file = await call('exportRefiData', { format, ...withLens(lens) });
      download(file);
      flash(msg.documents.exported(file.fileName));
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
