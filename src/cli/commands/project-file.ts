import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ErrorCode } from '../../core/result';
import { CliError } from '../errors';

/** Absolute path for a FILE argument, so messages and the backend agree on which file is meant. */
export function projectArg(file: string): string {
  return resolve(file);
}

export function requireExistingFile(path: string): void {
  if (!existsSync(path)) throw new CliError('file-not-found', `${path}: no such file`);
  if (!statSync(path).isFile()) throw new CliError('file-invalid', `${path}: is not a file`);
}

export function refuseOverwrite(path: string): void {
  if (existsSync(path)) throw new CliError('conflict', `${path}: already exists (refusing to overwrite it)`);
}

/**
 * Runs a backend call for one file and makes sure any failure names that file: the CLI prints one
 * line, and "file is not a Gioia project" is useless without saying which file.
 */
export async function forFile<T>(path: string, action: () => Promise<T> | T): Promise<T> {
  try {
    return await action();
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    const code = (e as { code?: unknown }).code;
    const known = e.name === 'DomainError' && typeof code === 'string';
    const message = e.message.includes(path) ? e.message : `${path}: ${e.message}`;
    throw new CliError(known ? (code as ErrorCode) : 'io', message);
  }
}
