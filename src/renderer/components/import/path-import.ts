import type { ImportChoices } from '../../../core/import-plan';
import { errorMessage } from '../../../core/result';
import type { ImportResult } from '../../../shared/features/documents-types';
import { call } from '../../lib/api';
import { msg } from '../../messages';
import type { PreviewSource } from './ImportPreviewDialog';

/**
 * Files the desktop app picked by path (File ▸ Import…): the backend reads them itself, so the
 * preview and the import send the path, never the bytes.
 */
export function pathPreviewSource(path: string): PreviewSource {
  return {
    key: path,
    name: baseName(path),
    preview: async (choices) => {
      const [preview] = await call('previewImport', { paths: [path], choices: { [path]: choices } });
      if (preview === undefined) throw new Error(msg.documents.failedFile(baseName(path), 'no preview'));
      return { ...preview, file: baseName(path) };
    },
  };
}

export async function importPath(path: string, choices: ImportChoices): Promise<ImportResult> {
  try {
    const report = await call('importFiles', { paths: [path], choices: { [path]: choices } });
    const [result] = report.results;
    if (result !== undefined) return result;
    throw new Error('no result');
  } catch (e) {
    const reason = msg.documents.failedFile(baseName(path), errorMessage(e));
    return { file: path, status: 'failed', documentIds: [], name: null, reason, details: [] };
  }
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
