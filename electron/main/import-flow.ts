import { dialog, type BrowserWindow } from 'electron';
import type { Dispatch } from '../../src/shared/dispatch';
import type { AppEvent } from '../../src/shared/types';
import { importableExtensions } from '../../src/core/file-formats';
import { importRefiFiles, isRefiFile, reportOf } from './exchange-flow';

/**
 * File ▸ Import…: a native multi-select dialog. REFI-QDA files are imported here; transcripts go to
 * the renderer's import preview (`import-preview`), which imports them with the choices made there
 * and shows the same results dialog as for a drop, REFI-QDA results included.
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
  send({ type: 'import-preview', paths: transcripts, done: reportOf(refiResults) });
}
