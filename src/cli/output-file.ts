import { randomUUID } from 'node:crypto';
import { existsSync, linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { CliError } from './errors';

/**
 * Every file the CLI writes goes to a temporary name beside the target first and takes the real name
 * only once complete: a full disk or a killed process leaves no empty or half-written file behind,
 * and an existing file is never truncated by a failed attempt.
 */
export function writeOutputFile(path: string, data: string | Uint8Array, mode: 'replace' | 'new' = 'replace'): void {
  const temp = `${path}.tmp-${randomUUID().slice(0, 8)}`;
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    if (mode === 'replace') renameSync(temp, path);
    else linkOrRename(temp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CliError('conflict', `${path}: already exists (refusing to overwrite it)`);
    throw new CliError('io', `${path}: cannot be written (${code ?? String(e)}); nothing was written`);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** link() refuses an existing target, where rename() would replace it; rename only where links are unsupported (FAT). */
function linkOrRename(temp: string, path: string): void {
  try {
    linkSync(temp, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' || existsSync(path)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    renameSync(temp, path);
  }
}
