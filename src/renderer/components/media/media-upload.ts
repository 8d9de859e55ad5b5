import type { DocumentId } from '../../../core/ids';
import { MEDIA_CHUNK_BYTES } from '../../../shared/features/media-contract';
import type { MediaInfo } from '../../../shared/features/media-types';
import { call } from '../../lib/api';
import { fileToBase64 } from '../import/file-bytes';

/**
 * Copies a chosen or dropped recording into the project's media folder in 8 MB calls (a browser
 * never tells the page where a file lives, so it cannot be linked in place). A failure cancels the
 * upload, so no half-copied file is left behind.
 */
/**
 * Links a chosen or dropped recording: where it lies when the host knows its path (the desktop
 * app), else by copying it beside the project.
 */
export async function linkRecordingFile(
  documentId: DocumentId,
  file: File,
  progress: (percent: number) => void,
  copy = false,
): Promise<MediaInfo> {
  const path = window.gioia.pathOfFile(file);
  if (path !== null) return call('attachMedia', { documentId, path, copy });
  return uploadRecording(documentId, file, progress);
}

export async function uploadRecording(documentId: DocumentId, file: File, progress: (percent: number) => void): Promise<MediaInfo> {
  const { uploadId } = await call('startMediaUpload', { documentId, fileName: file.name, size: file.size });
  try {
    for (let offset = 0; offset < file.size; offset += MEDIA_CHUNK_BYTES) {
      const chunk = file.slice(offset, offset + MEDIA_CHUNK_BYTES);
      const dataBase64 = await fileToBase64(new File([chunk], file.name));
      await call('uploadMediaChunk', { uploadId, offset, dataBase64 });
      progress(Math.round((100 * Math.min(file.size, offset + MEDIA_CHUNK_BYTES)) / file.size));
    }
    return await call('finishMediaUpload', { uploadId });
  } catch (e) {
    await call('cancelMediaUpload', { uploadId }).catch(() => undefined);
    throw e;
  }
}
