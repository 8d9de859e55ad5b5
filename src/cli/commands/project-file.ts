import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
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
