import { useState } from 'react';
import { errorMessage } from '../../../core/result';
import type { DocumentSummary } from '../../../shared/types';
import { call } from '../../lib/api';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorText } from '../ui/ErrorText';
import { ModalDialog } from '../ui/ModalDialog';
import { msg } from '../../messages';

/**
 * Asks before deleting a document, saying what goes with it. The delete is one mutation (document
 * and its codings), so Edit ▸ Undo brings both back. Cancel takes the focus: Enter must not delete.
 */
export function ConfirmDeleteDialog({ doc, onClose }: { doc: DocumentSummary; onClose: () => void }) {
  const segments = useApiQuery('listSegments', { documentId: doc.id });
  const codings = segments.status === 'ready' ? segments.value.reduce((n, s) => n + s.codeIds.length, 0) : null;
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    try {
      await call('deleteDocument', { documentId: doc.id });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  const shownError = error ?? (segments.status === 'failed' ? segments.message : null);
  return (
    <ModalDialog title={msg.documents.deleteTitle(doc.name)} onClose={onClose}>
      <p>
        {codings === null ? msg.documents.countingCodings : codings === 0 ? msg.documents.noCodings : msg.documents.codingsGo(codings)}{' '}
        {msg.documents.undoHint}
      </p>
      {shownError !== null && <ErrorText message={shownError} />}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-autofocus>
          {msg.common.cancel}
        </button>
        <button type="button" className="danger" disabled={codings === null} onClick={() => void remove()}>
          {msg.documents.deleteDocument}
        </button>
      </div>
    </ModalDialog>
  );
}
