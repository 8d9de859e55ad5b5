import { dialog, type BrowserWindow } from 'electron';
import type { Dispatch } from '../../src/shared/dispatch';
import type { ImportReport } from '../../src/shared/features/documents-types';
import type { AppEvent } from '../../src/shared/types';
import { importableExtensions } from '../../src/core/file-formats';
import { importRefiFiles, isRefiFile, reportOf } from './exchange-flow';

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
      { name: 'Transcripts and REFI-QDA files', extensions: importableExtensions() },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  if (choice.canceled || choice.filePaths.length === 0) return;
  const refi = choice.filePaths.filter(isRefiFile);
  const transcripts = choice.filePaths.filter((p) => !isRefiFile(p));
  const refiResults = await importRefiFiles(window, dispatch, refi);
  if (transcripts.length === 0) {
    if (refiResults.length > 0) send({ type: 'import-finished', report: reportOf(refiResults) });
    return;
  }
  const result = await dispatch('importFiles', { paths: transcripts });
  if (result.ok) {
    const report = result.value as ImportReport;
    send({ type: 'import-finished', report: reportOf([...refiResults, ...report.results]) });
    return;
  }
  await dialog.showMessageBox(window, { type: 'error', message: 'Could not import the files', detail: result.error.message });
}
