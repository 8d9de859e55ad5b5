import { readTranscript, type ImportChoices, type ImportOutcome } from '../../adapters/import';
import { importQdcAsProject, importQdpxAsProject, readQdcFile } from '../exchange/exchange';

/**
 * The import work that may run off the host's main thread: reading and checking a file (and, for a
 * .qdpx or .qdc that becomes a new project, writing that project file, which nothing else has
 * open). Every job takes and returns plain data, so it runs the same in a worker or in-thread.
 */
export const JOBS = {
  readTranscript: (path: string, choices: ImportChoices = {}) => readTranscript(path, { choices }),
  readQdcFile: (path: string) => readQdcFile(path),
  importQdpxAsProject: (source: string, target: string, options: JobFileOptions) => importQdpxAsProject(source, target, options),
  importQdcAsProject: (source: string, target: string, options: JobFileOptions) => importQdcAsProject(source, target, options),
} as const;

export interface JobFileOptions {
  readonly appVersion?: string;
  readonly coderName?: string | null | undefined;
}

export type Jobs = typeof JOBS;
export type JobName = keyof Jobs;
export type JobResult<K extends JobName> = Awaited<ReturnType<Jobs[K]>>;

/**
 * A transcript's text crosses back from the worker as UTF-8 bytes in a transferred buffer, half
 * the size of the string and never copied; everything else is cloned.
 */
export function packResult(job: JobName, value: unknown): { message: unknown; transfer: ArrayBuffer[] } {
  if (job !== 'readTranscript') return { message: value, transfer: [] };
  const outcome = value as ImportOutcome;
  if (!outcome.ok) return { message: outcome, transfer: [] };
  const bytes = Buffer.from(outcome.transcript.text, 'utf8');
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return { message: { ...outcome, transcript: { ...outcome.transcript, text: copy } }, transfer: [copy.buffer] };
}

export function unpackResult(job: JobName, message: unknown): unknown {
  if (job !== 'readTranscript') return message;
  const outcome = message as ImportOutcome | { ok: true; transcript: { text: Uint8Array } };
  if (!outcome.ok) return outcome;
  const text = new TextDecoder().decode(outcome.transcript.text as Uint8Array);
  return { ...outcome, transcript: { ...outcome.transcript, text } };
}
