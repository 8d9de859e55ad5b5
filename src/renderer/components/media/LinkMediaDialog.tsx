import { useState } from 'react';
import { mediaAccept, mediaExtensionsPhrase } from '../../../core/file-formats';
import type { DocumentId } from '../../../core/ids';
import { errorMessage } from '../../../core/result';
import type { MediaInfo } from '../../../shared/features/media-types';
import { call } from '../../lib/api';
import { msg } from '../../messages';
import { ErrorText } from '../ui/ErrorText';
import { ModalDialog } from '../ui/ModalDialog';
import { linkRecordingFile } from './media-upload';

/**
 * Links a recording to a transcript: by its path on this computer (linked where it is, the
 * default), or by choosing the file, which copies it beside the project.
 */
export function LinkMediaDialog({
  documentId,
  onLinked,
  onClose,
}: {
  documentId: DocumentId;
  onLinked: (info: MediaInfo) => void;
  onClose: () => void;
}) {
  const [path, setPath] = useState('');
  const [copy, setCopy] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<MediaInfo>) => {
    setError(null);
    setBusy('…');
    try {
      onLinked(await work());
    } catch (e) {
      setError(errorMessage(e));
      setBusy(null);
    }
  };
  return (
    <ModalDialog title={msg.media.linkTitle} onClose={onClose} className="media-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim() !== '') void run(() => call('attachMedia', { documentId, path: path.trim(), copy }));
        }}
      >
        <label className="field">
          <span>{msg.media.pathLabel}</span>
          <input type="text" value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} data-autofocus />
        </label>
        <p className="hint">{msg.media.pathHint(mediaExtensionsPhrase())}</p>
        <label className="check">
          <input type="checkbox" checked={copy} onChange={(e) => setCopy(e.target.checked)} />
          <span>{msg.media.copy}</span>
        </label>
        <label className="field">
          <span>{msg.media.orUpload}</span>
          <input
            type="file"
            aria-label={msg.media.chooseFile}
            accept={mediaAccept()}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file !== undefined) void run(() => linkRecordingFile(documentId, file, (p) => setBusy(msg.media.uploading(p)), copy));
            }}
          />
        </label>
        {busy !== null && <p className="hint">{busy}</p>}
        {error !== null && <ErrorText message={error} />}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {msg.common.cancel}
          </button>
          <button type="submit" className="primary" disabled={path.trim() === '' || busy !== null}>
            {msg.media.linkButton}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
