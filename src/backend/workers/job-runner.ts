import { Worker } from 'node:worker_threads';
import { DomainError, type ErrorCode } from '../../core/result';
import { nativeBindingPath } from '../../storage';
import { JOBS, unpackResult, type JobName, type JobResult, type Jobs } from './jobs';

/** Where the host's built import worker is (out/main/import-worker.js in Electron), and how to start it. */
export interface ImportWorkerSpec {
  readonly script: string;
  /** Extra `argv` for the worker (a development bootstrap takes the real entry here). */
  readonly argv?: readonly string[];
}

/**
 * Runs import jobs in a worker thread of their own when the host gives one — Electron does, so a
 * zip bomb being refused or a 100 MB transcript being decoded never freezes the window's main
 * thread — and in-thread otherwise (a one-shot CLI command has no window to keep responsive).
 */
export class JobRunner {
  constructor(private readonly worker: ImportWorkerSpec | null) {}

  run<K extends JobName>(job: K, ...args: Parameters<Jobs[K]>): Promise<JobResult<K>> {
    const inThread = JOBS[job] as (...a: unknown[]) => Promise<JobResult<K>>;
    if (this.worker === null) return inThread(...args);
    const spec = this.worker;
    return new Promise((resolve, reject) => {
      let settled = false;
      const thread = new Worker(spec.script, {
        workerData: { job, args, nativeBinding: nativeBindingPath() },
        argv: [...(spec.argv ?? [])],
      });
      thread.once('message', (m: { ok: boolean; value?: unknown; error?: WorkerError }) => {
        settled = true;
        if (m.ok) resolve(unpackResult(job, m.value) as JobResult<K>);
        else reject(rebuild(m.error));
      });
      thread.once('error', (e) => {
        settled = true;
        reject(e);
      });
      thread.once('exit', (code) => {
        if (!settled)
          reject(new DomainError('internal', `The import stopped unexpectedly (worker exit code ${code}). Nothing was imported.`));
      });
    });
  }
}

interface WorkerError {
  readonly name: string;
  readonly code?: unknown;
  readonly message: string;
  readonly details?: unknown;
}

/** Errors cross the thread as data; a domain error comes back as one, with its code and details. */
function rebuild(error: WorkerError | undefined): Error {
  if (error?.name === 'DomainError' && typeof error.code === 'string')
    return new DomainError(error.code as ErrorCode, error.message, error.details);
  return new Error(error?.message ?? 'The import failed in its worker.');
}
