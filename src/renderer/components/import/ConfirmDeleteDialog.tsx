import { useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/types';
import { call } from '../../lib/api';
import { plural } from '../../lib/format';
import { errorMessage } from '../../../core/result';

/**
 * Asks before deleting a document, saying what goes with it. The delete is one mutation (document
 * and its codings), so Edit ▸ Undo brings both back.
 */
export function ConfirmDeleteDialog({ doc, onClose }: { doc: DocumentSummary; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [codings, setCodings] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    call('listSegments', { documentId: doc.id })
      .then((segments) => setCodings(segments.reduce((n, s) => n + s.codeIds.length, 0)))
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [doc.id]);

  async function remove() {
    try {
      await call('deleteDocument', { documentId: doc.id });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="delete-doc-title" onClose={onClose} onCancel={onClose}>
      <h2 id="delete-doc-title">Delete “{doc.name}”?</h2>
      <p>
        {codings === null
          ? 'Counting its codings…'
          : codings === 0
            ? 'The transcript has no codings.'
            : `Its ${plural(codings, 'coding')} will be removed with it.`}{' '}
        You can undo this with Edit ▸ Undo.
      </p>
      {error !== null && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" disabled={codings === null} onClick={() => void remove()}>
          Delete document
        </button>
      </div>
    </dialog>
  );
}
