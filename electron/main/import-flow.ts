import { dialog, type BrowserWindow } from 'electron';
import type { Dispatch } from '../../src/shared/dispatch';
import type { ImportReport } from '../../src/shared/features/documents-types';
import type { AppEvent } from '../../src/shared/types';

const TRANSCRIPT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'docx', 'vtt', 'srt'];

/**
 * File ▸ Import…: a native multi-select dialog, then `importFiles` through the validating
 * dispatcher. Progress events reach the renderer from the backend's own emit; the per-file report
 * is pushed as `import-finished` so the renderer shows the same results dialog as for a drop.
 */
export async function runImportFlow(window: BrowserWindow, dispatch: Dispatch, send: (event: AppEvent) => void): Promise<void> {
  const choice = await dialog.showOpenDialog(window, {
    title: 'Import transcripts',
    buttonLabel: 'Import',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Transcripts', extensions: TRANSCRIPT_EXTENSIONS },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  if (choice.canceled || choice.filePaths.length === 0) return;
  const result = await dispatch('importFiles', { paths: choice.filePaths });
  if (result.ok) {
    send({ type: 'import-finished', report: result.value as ImportReport });
    return;
  }
  await dialog.showMessageBox(window, { type: 'error', message: 'Could not import the files', detail: result.error.message });
}
