import { useRef } from 'react';
import { importAccept, mediaAccept } from '../../../core/file-formats';
import { msg } from '../../messages';

// Recordings too: picked with their transcripts they are linked to the transcript of the same name.
const ACCEPT = `${importAccept()},${mediaAccept()}`;

/**
 * "Import…" in the title bar: a native file picker (several files at once) in both browser and Electron.
 * Transcripts, and REFI-QDA codebooks (.qdc, merged) and projects (.qdpx, a new project).
 */
export function ImportButton({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="toolbar-button" disabled={disabled} onClick={() => input.current?.click()}>
        {msg.documents.importButton}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label={msg.documents.importPicker}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // Reset so picking the same file again still fires a change.
          e.target.value = '';
          onFiles(files);
        }}
      />
    </>
  );
}
