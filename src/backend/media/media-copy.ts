import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { errorCode, ioProblem } from '../../core/io-problem';
import { DomainError } from '../../core/result';
import { hashFile } from './media-file';
import { mediaFolder } from './media-paths';

export interface CopiedMedia {
  readonly path: string;
  /** Removes the copy again (when linking it failed); a file that was already there stays. */
  discard(): void;
}

/** "interview (2).mp3" for the second file of that name. */
function numbered(name: string, n: number): string {
  const ext = extname(name);
  return `${name.slice(0, name.length - ext.length)} (${n})${ext}`;
}

/**
 * A free name for `fileName` in the media folder, or the file already there when it is this very
 * recording (same size and hash), so copying the same recording twice makes one copy.
 */
export async function placeInMediaFolder(
  projectPath: string,
  fileName: string,
  size: number,
  sha256: string,
): Promise<{ path: string; existing: boolean }> {
  const folder = mediaFolder(projectPath);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw new DomainError(
      'io',
      `Could not make the media folder "${folder}": ${ioProblem(errorCode(e)) ?? String(e)}. Nothing was changed.`,
    );
  }
  for (let n = 1; ; n++) {
    const path = join(folder, n === 1 ? fileName : numbered(fileName, n));
    if (!existsSync(path)) return { path, existing: false };
    if (statSync(path).size === size && (await hashFile(path, size)) === sha256) return { path, existing: true };
  }
}

/** Copies a recording into the media folder beside the project (through a temporary name, so no half copy is ever linked). */
export async function copyIntoMediaFolder(
  projectPath: string,
  file: { path: string; fileName: string; size: number; sha256: string },
): Promise<CopiedMedia> {
  if (dirname(resolve(file.path)) === resolve(mediaFolder(projectPath))) return { path: file.path, discard: () => undefined };
  const place = await placeInMediaFolder(projectPath, file.fileName, file.size, file.sha256);
  if (place.existing) return { path: place.path, discard: () => undefined };
  const temp = join(dirname(place.path), `.${randomUUID().slice(0, 8)}.part`);
  try {
    await copyFile(file.path, temp);
    renameSync(temp, place.path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new DomainError(
      'io',
      `Could not copy ${file.fileName} into "${dirname(place.path)}": ${ioProblem(errorCode(e)) ?? String(e)}. Nothing was changed.`,
    );
  }
  return { path: place.path, discard: () => rmSync(place.path, { force: true }) };
}
