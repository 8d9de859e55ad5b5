import { basename, dirname, extname, join } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { Dispatch } from '../../src/shared/dispatch';
import type { ImportReport, ImportResult } from '../../src/shared/features/documents-types';
import { REFI_KINDS, refiFormatOf, type RefiFormat } from '../../src/core/file-formats';

const FORMAT_LABEL = Object.fromEntries(REFI_KINDS.map((k) => [k.format, k.label])) as Readonly<Record<RefiFormat, string>>;

export function isRefiFile(path: string): boolean {
  return refiFormatOf(path) !== null;
}

/** File ▸ Export ▸ REFI-QDA…: a save dialog, then the backend writes the file. */
export async function runRefiExport(
  window: BrowserWindow,
  dispatch: Dispatch,
  format: RefiFormat,
  projectPath: string | null,
): Promise<void> {
  const stem = projectPath === null ? 'Project' : basename(projectPath, extname(projectPath));
  const choice = await dialog.showSaveDialog(window, {
    title: `Export ${FORMAT_LABEL[format]}`,
    defaultPath: join(projectPath === null ? '' : dirname(projectPath), `${stem}.${format}`),
    filters: [{ name: FORMAT_LABEL[format], extensions: [format] }],
  });
  if (choice.canceled || !choice.filePath) return;
  const result = await dispatch('exportRefi', { format, path: choice.filePath });
  if (!result.ok) {
    await dialog.showMessageBox(window, {
      type: 'error',
      message: `Could not export the ${FORMAT_LABEL[format]}`,
      detail: result.error.message,
    });
  }
}

/**
 * REFI-QDA files chosen in File ▸ Import…: a .qdc merges into the open project; a .qdpx is a whole
 * project, so it becomes a new .gioia file the user names, which is then opened.
 */
export async function importRefiFiles(window: BrowserWindow, dispatch: Dispatch, paths: readonly string[]): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const path of paths) {
    let newProjectPath: string | undefined;
    if (extname(path).toLowerCase() === '.qdpx') {
      const choice = await dialog.showSaveDialog(window, {
        title: `Save ${basename(path)} as a Gioia Studio project`,
        defaultPath: join(dirname(path), `${basename(path, extname(path))}.gioia`),
        filters: [{ name: 'Gioia Studio project', extensions: ['gioia'] }],
      });
      if (choice.canceled || !choice.filePath) continue;
      newProjectPath = choice.filePath;
    }
    const result = await dispatch('importRefi', newProjectPath === undefined ? { path } : { path, newProjectPath });
    results.push(
      result.ok
        ? (result.value as ImportResult)
        : { file: path, status: 'failed', documentIds: [], name: null, reason: result.error.message, details: [] },
    );
  }
  return results;
}

export function reportOf(results: readonly ImportResult[]): ImportReport {
  return {
    results,
    imported: results.filter((r) => r.status === 'imported').length,
    duplicates: results.filter((r) => r.status === 'duplicate').length,
    failed: results.filter((r) => r.status === 'failed').length,
  };
}
