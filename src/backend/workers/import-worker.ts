import { parentPort, workerData } from 'node:worker_threads';
import { setNativeBinding } from '../../storage';
import { JOBS, packResult, type JobName } from './jobs';

/**
 * Entry of the import worker: runs one job from `workerData`, posts its result (or its error as
 * plain data) and ends, so the memory the job used goes with the thread.
 */
async function main(): Promise<void> {
  const { job, args, nativeBinding } = workerData as { job: JobName; args: unknown[]; nativeBinding: string | undefined };
  setNativeBinding(nativeBinding);
  try {
    const run = JOBS[job] as (...a: unknown[]) => Promise<unknown>;
    const { message, transfer } = packResult(job, await run(...args));
    parentPort?.postMessage({ ok: true, value: message }, transfer);
  } catch (e) {
    const error = e as { name?: unknown; code?: unknown; message?: unknown; details?: unknown };
    parentPort?.postMessage({
      ok: false,
      error: { name: String(error.name ?? 'Error'), code: error.code, message: String(error.message ?? e), details: error.details },
    });
  }
}

void main();
