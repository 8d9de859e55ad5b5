import { useState } from 'react';
import { errorMessage } from '../../../core/result';
import type { RefiFormat } from '../../../shared/features/exchange-types';
import { call } from '../../lib/api';
import { download } from '../../lib/download';
import { useWorkspace } from '../../state/workspace';
import { MenuButton } from '../ui/MenuButton';
import './exchange.css';

/**
 * "Export ▾" in the title bar: REFI-QDA project and codebook as browser downloads (the same path in
 * Electron and `gioia serve`), plus a shortcut to the data-structure view and its figure exports.
 */
export function ExchangeMenu({ onShowStructure }: { onShowStructure: () => void }) {
  const { flash } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const exportRefi = async (format: RefiFormat) => {
    setBusy(true);
    setError(null);
    try {
      const file = await call('exportRefiData', { format });
      download(file);
      flash(`Exported ${file.fileName}`);
    } catch (e) {
      setError(`Could not export the REFI-QDA ${format === 'qdpx' ? 'project' : 'codebook'}: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="exchange-menu">
      <MenuButton
        label="Export"
        disabled={busy}
        items={[
          { label: 'REFI-QDA project (.qdpx)', run: () => void exportRefi('qdpx') },
          { label: 'REFI-QDA codebook (.qdc)', run: () => void exportRefi('qdc') },
          { label: 'Data structure figure…', run: onShowStructure },
        ]}
      >
        Export ▾
      </MenuButton>
      {error !== null && (
        <div className="exchange-error" role="alert">
          <span>{error}</span>
          <button type="button" aria-label="Dismiss export error" onClick={() => setError(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
