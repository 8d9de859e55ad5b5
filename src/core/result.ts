/**
 * Errors cross process boundaries (IPC, HTTP, CLI) as data: a thrown Error loses everything but
 * its message on the way through `ipcMain.handle`, so every API call returns a Result instead.
 */
export type ErrorCode =
  | 'invalid-arguments'
  | 'unknown-channel'
  | 'forbidden'
  | 'no-project'
  | 'not-found'
  | 'conflict'
  | 'file-not-found'
  | 'file-unreadable'
  | 'file-invalid'
  | 'newer-schema'
  | 'read-only'
  | 'io'
  | 'internal';

export interface ApiError {
  readonly code: ErrorCode;
  /** One sentence a researcher can act on; names the file or item concerned. */
  readonly message: string;
  /** Optional machine-readable detail (e.g. validation issues). Plain JSON only. */
  readonly details?: unknown;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: ErrorCode, message: string, details?: unknown): Result<T> {
  return details === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, details } };
}

/** Thrown inside the backend to abort a use case with a typed error; the dispatcher turns it into a Result. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** The message of anything thrown (an Error's message, or the value itself), for a status line or a report. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
