import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { errorCode, ioProblem } from '../core/io-problem';
import { DomainError } from '../core/result';

/** SQLite writes beside the file (-wal, -shm), so the folder must be writable too. */
export function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A private copy of a project that cannot be written (with its -wal, which may hold the newest
 * commits), for read-only viewing: SQLite cannot open a WAL-mode file whose folder it cannot write.
 */
export function privateCopy(path: string): { path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'gioia-read-only-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const copy = join(dir, basename(path));
  try {
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  } catch (e) {
    remove();
    const why = ioProblem(errorCode(e)) ?? (e as Error).message;
    throw new DomainError('io', `"${path}" cannot be written, and a copy to read it from could not be made in ${tmpdir()}: ${why}.`);
  }
  return { path: copy, remove };
}
