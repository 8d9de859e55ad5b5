import type { ErrorCode } from '../core/result';

/**
 * A failure the CLI reports as one line on stderr (or `{"error":…}` with --json). Usage mistakes exit
 * with 2 so scripts can tell "you called me wrong" from "the file is bad" (exit 1).
 */
export class CliError extends Error {
  constructor(
    readonly code: ErrorCode | 'usage',
    message: string,
    readonly exitCode: 1 | 2 = code === 'usage' ? 2 : 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(message: string): CliError {
  return new CliError('usage', message, 2);
}
