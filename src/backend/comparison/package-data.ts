import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mimeOf } from '../../core/file-formats';
import type { CoderPackageResult, MergeReport } from '../../shared/features/comparison-types';
import type { ExportDataResult } from '../../shared/features/exchange-types';
import type { ProjectStore } from '../../storage';
import { writeCoderPackage, type CoderPackageOptions } from './coder-package';
import { mergeProjectFile } from './merge';

/** A coder package file is a SQLite database: it is built in a private folder that is always removed. */
async function inPrivateFolder<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'gioia-package-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** "Ana Costa" → "ana-costa", for the package's suggested file name. */
function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'coder'
  );
}

/** A coder package as bytes for a download (the browser saves it where the user chooses). */
export async function coderPackageData(
  store: ProjectStore,
  options: Omit<CoderPackageOptions, 'target'>,
  projectName: string,
): Promise<ExportDataResult & { readonly result: CoderPackageResult }> {
  return inPrivateFolder(async (dir) => {
    const target = join(dir, 'package.gioia');
    const result = await writeCoderPackage(store, { ...options, target });
    const bytes = await readFile(target);
    const fileName = `${slug(projectName)}-${slug(result.coder.name)}${options.blind ? '-blind' : ''}.gioia`;
    return { fileName, mime: mimeOf('gioia'), dataBase64: bytes.toString('base64'), result: { ...result, path: fileName } };
  });
}

/** Merges an uploaded package (bytes from the browser) exactly as a file would be; messages name the upload. */
export async function mergeProjectData(store: ProjectStore, fileName: string, dataBase64: string): Promise<MergeReport> {
  return inPrivateFolder(async (dir) => {
    const path = join(dir, 'upload.gioia');
    await writeFile(path, Buffer.from(dataBase64, 'base64'), { flag: 'wx', mode: 0o600 });
    return mergeProjectFile(store, path, fileName);
  });
}
