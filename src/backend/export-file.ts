import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { errorCode, ioProblem } from '../core/io-problem';
import { DomainError } from '../core/result';

/**
 * Writes a file the user asked for (an export, a report) the honest way: into a temporary file
 * beside the target, flushed to disk, then moved onto the target's name. A full disk, a read-only
 * folder or a crash leaves either the complete new file or whatever was there before — never a
 * truncated or 0-byte file under the user's name that would block the retry — and the error names
 * the file the user chose and what to do. `new` refuses to replace an existing file.
 */
export function writeExportFile(
  target: string,
  data: Uint8Array | string,
  mode: 'replace' | 'new' = 'replace',
): { path: string; bytes: number } {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return writeExportFileStreamed(target, (write) => write(bytes), mode);
}

/**
 * The same guarantees for a file written in pieces as it is made (a .qdpx of a whole study), so
 * it is never whole in memory: `produce` hands each piece to `write`, in order. An error thrown by
 * `produce` leaves nothing behind and is passed on as it is.
 */
export function writeExportFileStreamed(
  target: string,
  produce: (write: (chunk: Uint8Array) => void) => void,
  mode: 'replace' | 'new' = 'replace',
): { path: string; bytes: number } {
  const path = resolve(target);
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new DomainError('invalid-arguments', `Could not write "${path}": it is a folder — choose a file name.`);
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`);
  let written = 0;
  let producing = false;
  try {
    const fd = openSync(temp, 'wx', 0o666);
    try {
      producing = true;
      produce((chunk) => {
        producing = false;
        for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at, chunk.length - at);
        written += chunk.length;
        producing = true;
      });
      producing = false;
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode === 'replace') renameSync(temp, path);
    else linkOrRename(temp, path);
  } catch (e) {
    if (e instanceof DomainError || producing) throw e;
    const why = ioProblem(errorCode(e)) ?? (e instanceof Error ? e.message : String(e));
    throw new DomainError('io', `Could not write "${path}": ${why}. Nothing was written.`, { file: path });
  } finally {
    rmSync(temp, { force: true });
  }
  return { path, bytes: written };
}

/** link() refuses an existing target, where rename() would replace it; rename only where links are unsupported (FAT). */
function linkOrRename(temp: string, path: string): void {
  try {
    linkSync(temp, path);
  } catch (e) {
    if (errorCode(e) === 'EEXIST' || existsSync(path)) {
      throw new DomainError('conflict', `"${path}" already exists; it was left as it was (choose another name).`);
    }
    renameSync(temp, path);
  }
}
