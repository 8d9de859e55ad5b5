import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/schemas';
import type { ImportResult } from '../../../shared/features/documents-types';
import { call } from '../../lib/api';
import { fileToBase64 } from './file-bytes';
import { errorMessage } from '../../../core/result';
import { msg } from '../../messages';
import { refiFormatOf } from '../../../core/file-formats';
import type { ImportChoices } from '../../../core/import-plan';
import type { PreviewRequest, PreviewSource } from './ImportPreviewDialog';
import { importPath, pathPreviewSource } from './path-import';

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
  /** Imports dropped or picked files one after another (memory holds one file at a time); resolves to the per-file results. */
  readonly importFiles: (files: readonly File[]) => Promise<readonly ImportResult[]>;
  readonly dismissResults: () => void;
  /** Non-null while a dropped or picked .qdpx waits for the user to name the project it becomes. */
  readonly projectPathRequest: ProjectPathRequest | null;
  /** Non-null while transcripts wait in the import preview for the user's choices. */
  readonly previewRequest: PreviewRequest | null;
}

/** A .qdpx is a whole project: it becomes a new .gioia file, whose path the user chooses. */
export interface ProjectPathRequest {
  readonly fileName: string;
  /** The chosen path, or null to skip this file. */
  readonly answer: (path: string | null) => void;
}

/**
 * One place for imports from every source: dropped and picked files (driven here, file by file) and
 * File ▸ Import… in Electron (main imports REFI-QDA files and hands the transcripts' paths over for
 * the same preview).
 */
export function useImport(): ImportState {
  const [progress, setProgress] = useState<ImportProgressState | null>(null);
  const [results, setResults] = useState<readonly ImportResult[] | null>(null);
  const [projectPathRequest, setProjectPathRequest] = useState<ProjectPathRequest | null>(null);
  const [previewRequest, setPreviewRequest] = useState<PreviewRequest | null>(null);
  const running = useRef(false);

  const askChoices = useCallback(
    (sources: readonly PreviewSource[]) =>
      new Promise<Readonly<Record<string, ImportChoices>> | null>((resolve) => {
        setPreviewRequest({
          sources,
          answer: (choices) => {
            setPreviewRequest(null);
            resolve(choices);
          },
        });
      }),
    [],
  );

  const askProjectPath = useCallback(
    (fileName: string) =>
      new Promise<string | null>((resolve) => {
        setProjectPathRequest({
          fileName,
          answer: (path) => {
            setProjectPathRequest(null);
            resolve(path);
          },
        });
      }),
    [],
  );

  const finish = useCallback((list: readonly ImportResult[]) => {
    setProgress(null);
    // Nothing to report when every file was skipped (a .qdpx whose save was cancelled).
    setResults(list.length > 0 ? list : null);
  }, []);

  const previewPaths = useEffectEvent(async (paths: readonly string[], done: readonly ImportResult[]) => {
    if (running.current) return;
    running.current = true;
    const list = [...done];
    try {
      const chosen = await askChoices(paths.map(pathPreviewSource));
      for (const [i, path] of (chosen === null ? [] : paths).entries()) {
        setProgress({ label: msg.documents.importing(path.split(/[\\/]/).pop() ?? path), done: i, total: paths.length });
        list.push(await importPath(path, chosen?.[path] ?? {}));
      }
    } finally {
      running.current = false;
      finish(list);
    }
  });

  useEffect(
    () =>
      window.gioia.onEvent((event) => {
        if (event.type === 'progress' && event.task === 'import' && !running.current) {
          setProgress(event.done < event.total ? { label: event.label, done: event.done, total: event.total } : null);
        }
        if (event.type === 'import-finished') finish(event.report.results);
        if (event.type === 'import-preview') void previewPaths(event.paths, event.done.results);
      }),
    [finish],
  );

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0 || running.current) return [];
      running.current = true;
      const list: ImportResult[] = [];
      try {
        // Transcripts are previewed first; the whole batch of them is imported with the choices made there, or not at all.
        const keyOf = (i: number) => `${i}:${files[i]?.name ?? ''}`;
        const sources = files.flatMap((file, i) => (refiFormatOf(file.name) === null ? [previewSource(keyOf(i), file)] : []));
        const chosen = sources.length === 0 ? {} : await askChoices(sources);
        const wanted = files
          .map((file, i) => ({ file, key: keyOf(i) }))
          .filter(({ file }) => refiFormatOf(file.name) !== null || chosen !== null);
        for (const [i, { file, key }] of wanted.entries()) {
          setProgress({ label: msg.documents.importing(file.name), done: i, total: wanted.length });
          if (refiFormatOf(file.name) === 'qdpx') {
            const target = await askProjectPath(file.name);
            if (target === null) continue;
            list.push(await importOne(file, target));
          } else {
            list.push(await importOne(file, undefined, chosen?.[key] ?? {}));
          }
        }
      } finally {
        running.current = false;
        finish(list);
      }
      return list;
    },
    [finish, askProjectPath, askChoices],
  );

  return {
    progress,
    results,
    importFiles,
    dismissResults: useCallback(() => setResults(null), []),
    projectPathRequest,
    previewRequest,
  };
}

function tooLarge(file: File): string | null {
  if (file.size <= MAX_IMPORT_FILE_BYTES) return null;
  const mb = (n: number) => Math.round(n / (1024 * 1024));
  return msg.documents.tooLarge(file.name, mb(file.size), mb(MAX_IMPORT_FILE_BYTES));
}

/** A picked or dropped transcript in the preview: its bytes are read again for each preview, never held. */
function previewSource(key: string, file: File): PreviewSource {
  return {
    key,
    name: file.name,
    preview: async (choices) => {
      const refused = tooLarge(file);
      if (refused !== null) throw new Error(refused);
      return call('previewImportData', { fileName: file.name, dataBase64: await fileToBase64(file), choices });
    },
  };
}

/** One file: a transcript, or a REFI-QDA codebook (merged) or project (into `newProjectPath`, then opened). */
async function importOne(file: File, newProjectPath?: string, choices: ImportChoices = {}): Promise<ImportResult> {
  // Refused before reading: base64 of a larger file would not fit the transport anyway.
  const reason = tooLarge(file);
  if (reason !== null) return { file: file.name, status: 'failed', documentIds: [], name: null, reason, details: [] };
  try {
    const dataBase64 = await fileToBase64(file);
    // REFI-QDA files go to the exchange import instead of the transcript importers.
    if (refiFormatOf(file.name) !== null) {
      return await call('importRefiData', { fileName: file.name, dataBase64, ...(newProjectPath === undefined ? {} : { newProjectPath }) });
    }
    return await call('importFileData', { fileName: file.name, dataBase64, choices });
  } catch (e) {
    return {
      file: file.name,
      status: 'failed',
      documentIds: [],
      name: null,
      reason: msg.documents.failedFile(file.name, errorMessage(e)),
      details: [],
    };
  }
}
