import { useState } from 'react';
import { errorMessage } from '../../../core/result';
import type { MediaInfo, RelinkReport } from '../../../shared/features/media-types';
import { call } from '../../lib/api';
import { msg } from '../../messages';
import { ErrorText } from '../ui/ErrorText';
import { ModalDialog } from '../ui/ModalDialog';

/** A moved or missing recording: look for it by its content in a folder the user names. */
export function RelinkDialog({
  media,
  onDone,
  onClose,
}: {
  media: MediaInfo;
  onDone: (report: RelinkReport) => void;
  onClose: () => void;
}) {
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <ModalDialog title={msg.media.relinkTitle} onClose={onClose} className="media-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (folder.trim() === '') return;
          setBusy(true);
          setError(null);
          call('relinkMedia', { documentId: media.documentId, folder: folder.trim() }).then(
            (report) => {
              setBusy(false);
              if (report.relinked.length > 0) onDone(report);
              else setError(msg.media.notFound(media.fileName));
            },
            (err: unknown) => {
              setBusy(false);
              setError(errorMessage(err));
            },
          );
        }}
      >
        <p>
          {media.status === 'missing'
            ? msg.media.missing(media.fileName, media.resolvedPath)
            : msg.media.changed(media.fileName, media.resolvedPath)}
        </p>
        <label className="field">
          <span>{msg.media.folderLabel}</span>
          <input type="text" value={folder} onChange={(e) => setFolder(e.target.value)} spellCheck={false} data-autofocus />
        </label>
        <p className="hint">{msg.media.relinkHint}</p>
        {error !== null && <ErrorText message={error} />}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {msg.common.cancel}
          </button>
          <button type="submit" className="primary" disabled={folder.trim() === '' || busy}>
            {msg.media.search}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
