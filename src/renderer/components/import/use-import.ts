import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/features/documents-contract';
import type { ImportResult } from '../../../shared/features/documents-types';
import { call } from '../../lib/api';
import { fileToBase64 } from './file-bytes';
import { refreshShell } from './shell-refresh';

export interface ImportProgressState {
  readonly label: string;
  readonly done: number;
  readonly total: number;
}

export interface ImportState {
  /** Non-null while an import runs. */
  readonly progress: ImportProgressState | null;
  /** Results of the last finished import, until the user closes the results dialog. */
  readonly results: readonly ImportResult[] | null;
  /** Imports dropped or picked files one after another (memory holds one file at a time). */
  readonly importFiles: (files: readonly File[]) => Promise<void>;
  readonly dismissResults: () => void;
}

/**
 * One place for imports from every source: dropped and picked files (driven here, file by file) and
 * File ▸ Import… in Electron (driven by main, reported through progress and import-finished events).
 */
export function useImport(): ImportState {
  const [progress, setProgress] = useState<ImportProgressState | null>(null);
  const [results, setResults] = useState<readonly ImportResult[] | null>(null);
  const running = useRef(false);

  const finish = useCallback((list: readonly ImportResult[]) => {
    setProgress(null);
    setResults(list);
    refreshShell();
  }, []);

  useEffect(
    () =>
      window.gioia.onEvent((event) => {
        if (event.type === 'progress' && event.task === 'import' && !running.current) {
          setProgress(event.done < event.total ? { label: event.label, done: event.done, total: event.total } : null);
        }
        if (event.type === 'import-finished') finish(event.report.results);
      }),
    [finish],
  );

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0 || running.current) return;
      running.current = true;
      const list: ImportResult[] = [];
      try {
        for (const [i, file] of files.entries()) {
          setProgress({ label: `Importing ${file.name}`, done: i, total: files.length });
          list.push(await importOne(file));
        }
      } finally {
        running.current = false;
        finish(list);
      }
    },
    [finish],
  );

  return { progress, results, importFiles, dismissResults: useCallback(() => setResults(null), []) };
}

async function importOne(file: File): Promise<ImportResult> {
  // Refused before reading: base64 of a larger file would not fit the transport anyway.
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
    const reason = `${file.name} is too large (${mb(file.size)}; the limit is ${mb(MAX_IMPORT_FILE_BYTES)}).`;
    return { file: file.name, status: 'failed', documentIds: [], name: null, reason, details: [] };
  }
  try {
    return await call('importFileData', { fileName: file.name, dataBase64: await fileToBase64(file) });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { file: file.name, status: 'failed', documentIds: [], name: null, reason: `${file.name}: ${reason}`, details: [] };
  }
}
