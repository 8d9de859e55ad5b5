import { mediaExtensionsPhrase, REFI_KINDS, TRANSCRIPT_KINDS } from '../../../core/file-formats';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { droppedFiles } from './file-bytes';
import { msg } from '../../messages';

/**
 * Accepts transcripts dropped anywhere on the window. The overlay shows only while files are
 * dragged over it; the enter/leave counter keeps it from flickering as the pointer crosses children.
 */
export function DropOverlay({ onFiles }: { onFiles: (files: File[]) => void }) {
  const [active, setActive] = useState(false);
  const depth = useRef(0);
  const deliver = useEffectEvent((files: File[]) => onFiles(files));

  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current += 1;
      setActive(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setActive(false);
    };
    const drop = (e: DragEvent) => {
      // Always prevent: otherwise the browser navigates away to the dropped file.
      e.preventDefault();
      depth.current = 0;
      setActive(false);
      const files = droppedFiles(e.dataTransfer);
      if (files.length > 0) deliver(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!active) return null;
  return (
    <div className="drop-overlay" role="region" aria-label={msg.documents.dropTitle}>
      <div className="drop-overlay-card">
        <strong>{msg.documents.dropTitle}</strong>
        <span>
          {msg.documents.dropFormats(
            TRANSCRIPT_KINDS.map((k) => k.extensions[0] ?? ''),
            REFI_KINDS.map((k) => k.extensions[0] ?? ''),
          )}
        </span>
        <span>{msg.media.dropHint(mediaExtensionsPhrase())}</span>
      </div>
    </div>
  );
}
