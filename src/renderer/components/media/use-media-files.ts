import { useCallback } from 'react';
import { mediaFormatOf } from '../../../core/file-formats';
import type { DocumentId } from '../../../core/ids';
import { errorMessage } from '../../../core/result';
import type { ImportResult } from '../../../shared/features/documents-types';
import { msg } from '../../messages';
import { linkRecordingFile } from './media-upload';

const stem = (name: string) => name.replace(/\.[^.]*$/, '').toLowerCase();

/**
 * Dropped or picked files with recordings among them: the transcripts are imported, and each
 * recording is linked to the transcript of the same name dropped with it ("interview 3.vtt" and
 * "interview 3.m4a"), or, dropped alone, to the document open in the transcript view.
 */
export function useMediaFiles(
  importFiles: (files: readonly File[]) => Promise<readonly ImportResult[]>,
  openDocumentId: DocumentId | null,
  flash: (message: string) => void,
): (files: readonly File[]) => Promise<void> {
  return useCallback(
    async (files) => {
      const recordings = files.filter((f) => mediaFormatOf(f.name) !== null);
      const others = files.filter((f) => mediaFormatOf(f.name) === null);
      const results = others.length > 0 ? await importFiles(others) : [];
      for (const file of recordings) {
        const beside = results.find((r) => r.status === 'imported' && stem(r.file) === stem(file.name))?.documentIds[0];
        const target = beside ?? (others.length === 0 ? openDocumentId : null);
        if (target === null || target === undefined) {
          flash(others.length === 0 ? msg.media.dropNoDocument(file.name) : msg.media.dropNoMatch(file.name));
          continue;
        }
        try {
          const info = await linkRecordingFile(target, file, (p) => flash(msg.media.uploadingFile(file.name, p)));
          flash(msg.media.linked(info.fileName));
        } catch (e) {
          flash(msg.common.couldNot(msg.media.failed.link, errorMessage(e)));
        }
      }
    },
    [importFiles, openDocumentId, flash],
  );
}
