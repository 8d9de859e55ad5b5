import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { CoderId } from '../core/ids';
import { DomainError } from '../core/result';
import type { ProjectSummary } from '../shared/types';
import { createCoder, insertProject, ProjectStore, setSetting, SETTING_ACTIVE_CODER, type Tx } from '../storage';
import { newCoderColour } from './coding/colours';

export interface ProjectFileOptions {
  readonly appVersion?: string;
  /** Defaults to the file name without its extension. */
  readonly name?: string;
  /** The coder the project starts with (active); none when not given, and the app asks who codes. */
  readonly coderName?: string | null | undefined;
}

export const PROJECT_EXTENSION = '.gioia';

export function defaultProjectName(path: string): string {
  return basename(path, extname(path)) || 'Untitled project';
}

/**
 * Builds a file at a temporary path beside `target` and moves it into place only once `build` has
 * finished (and closed it), so a crash never leaves a half-written project under the real name, and
 * an existing file is never overwritten. SQLite's -wal and -shm leftovers go with the temporary file.
 */
export async function writeFileAtomically<R>(target: string, build: (temp: string, path: string) => Promise<R>): Promise<R> {
  const path = resolve(target);
  if (!existsSync(dirname(path))) {
    throw new DomainError('file-not-found', `Folder "${dirname(path)}" does not exist.`);
  }
  if (existsSync(path)) throw new DomainError('conflict', `A file already exists at "${path}".`);
  const temp = `${path}.tmp-${randomUUID().slice(0, 8)}`;
  try {
    const result = await build(temp, path);
    moveIntoPlace(temp, path);
    return result;
  } finally {
    for (const leftover of [temp, `${temp}-wal`, `${temp}-shm`]) rmSync(leftover, { force: true });
  }
}

/** A new project built by `fill`, written atomically (see writeFileAtomically). */
export async function writeProjectAtomically(
  target: string,
  options: ProjectFileOptions,
  fill: (store: ProjectStore) => void,
): Promise<void> {
  await writeFileAtomically(target, async (temp) => {
    const store = await ProjectStore.open(temp, { create: true });
    try {
      fill(store);
    } finally {
      store.close();
    }
  });
}

/** link() refuses to replace an existing file, unlike rename(); fall back where links are unsupported (FAT). */
function moveIntoPlace(temp: string, path: string): void {
  try {
    linkSync(temp, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' || existsSync(path)) {
      throw new DomainError('conflict', `A file already exists at "${path}".`);
    }
    renameSync(temp, path);
  }
}

/** Writes the project record and, when a name is given, its first coder, who becomes the active coder. */
export function initialiseProject(
  tx: Tx,
  input: { name: string; description?: string; appVersion: string; coderName?: string | null | undefined },
): CoderId | null {
  insertProject(tx, { name: input.name, description: input.description ?? '', appVersion: input.appVersion });
  const name = input.coderName?.trim();
  if (name === undefined || name === '') return null;
  const coder = createCoder(tx, { name, colour: newCoderColour([]) });
  setSetting(tx, SETTING_ACTIVE_CODER, coder.id);
  return coder.id;
}

/** Creates an empty project file (refusing to overwrite) and returns its summary. */
export async function createProjectFile(path: string, options: ProjectFileOptions = {}): Promise<ProjectSummary> {
  const absolute = resolve(path);
  const name = options.name ?? defaultProjectName(absolute);
  await writeProjectAtomically(absolute, options, (store) => {
    store.mutate({ coderId: null, action: 'create-project', summary: `Created project “${name}”`, kind: 'system' }, (tx) =>
      initialiseProject(tx, { name, appVersion: options.appVersion ?? 'unknown', coderName: options.coderName }),
    );
  });
  return projectInfo(absolute);
}

/** Opens a project just long enough to count what it holds. */
export async function projectInfo(path: string): Promise<ProjectSummary> {
  const store = await ProjectStore.open(resolve(path), { create: false });
  try {
    return store.summary();
  } finally {
    store.close();
  }
}
