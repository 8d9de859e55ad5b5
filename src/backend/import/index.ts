import { resolve } from 'node:path';
import { ProjectStore } from '../../storage';
import type { DocumentContent, DocumentSummary } from '../../shared/types';
import { getDocument, listDocuments } from '../../storage';

export { importPaths, importBytes, summarise, type ImportOptions } from './import-transcripts';
export { exportAttributesCsv, importAttributesCsv } from './attributes-csv';

/**
 * Opens a project file for one command-line action and always closes it: the CLI works on a file
 * without the app's session or recent-projects list, through the same use cases as the app.
 */
export async function withProjectFile<T>(path: string, action: (store: ProjectStore) => Promise<T> | T): Promise<T> {
  const store = await ProjectStore.open(resolve(path), { create: false });
  try {
    return await action(store);
  } finally {
    store.close();
  }
}

export function documentsOf(store: ProjectStore): DocumentSummary[] {
  return listDocuments(store.conn);
}

export function documentOf(store: ProjectStore, id: string): DocumentContent {
  return getDocument(store.conn, id);
}
