import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileSource } from '../../adapters/archive/byte-source';
import { probeMedia, type MediaProbe } from '../../adapters/media';
import { errorCode, ioProblem } from '../../core/io-problem';
import { mediaExtensionsPhrase } from '../../core/file-formats';
import { DomainError } from '../../core/result';
import { cleanName } from '../../core/text-rules';
import { MAX_MEDIA_BYTES } from '../../shared/features/media-contract';

/** What linking a recording records about it. */
export interface InspectedMedia {
  readonly path: string;
  readonly fileName: string;
  readonly size: number;
  readonly sha256: string;
  readonly probe: MediaProbe;
}

export type HashProgress = (done: number, total: number) => void;

const gb = (n: number) => `${(n / 1024 ** 3).toFixed(1)} GB`;

/** Stat, header check and hash of a recording; a clear refusal naming the file when it cannot be linked. */
export async function inspectMediaFile(rawPath: string, progress?: HashProgress): Promise<InspectedMedia> {
  const path = resolve(rawPath);
  const name = basename(path);
  const size = statMedia(path).size;
  const probe = probeFile(path);
  return { path, fileName: cleanName(name, 'recording').value, size, sha256: await hashFile(path, size, progress), probe };
}

/** The file's size, or a refusal: missing, a folder, empty, too large, unreadable. */
export function statMedia(path: string): { size: number } {
  const name = basename(path);
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new DomainError('file-not-found', `${name} is not there (${path}): no such file.`, { file: path });
    throw new DomainError('file-unreadable', `${name} cannot be read: ${ioProblem(code) ?? String(e)}.`, { file: path });
  }
  if (!stat.isFile()) throw new DomainError('invalid-arguments', `${path} is a folder, not a recording.`, { file: path });
  if (stat.size === 0) throw new DomainError('invalid-arguments', `${name} is empty (0 bytes): it is no recording.`, { file: path });
  if (stat.size > MAX_MEDIA_BYTES) {
    throw new DomainError(
      'invalid-arguments',
      `${name} is ${gb(stat.size)}; recordings up to ${gb(MAX_MEDIA_BYTES)} can be linked. Make a smaller copy (audio only, or a lower resolution) and link that.`,
      { file: path },
    );
  }
  return { size: stat.size };
}

function probeFile(path: string): MediaProbe {
  const source = fileSource(path);
  let probe: MediaProbe | null;
  try {
    probe = probeMedia(source);
  } finally {
    source.close();
  }
  if (probe === null) {
    throw new DomainError(
      'file-invalid',
      `${basename(path)} is not a recording Gioia Studio can play: its content is none of ${mediaExtensionsPhrase()}.`,
      { file: path },
    );
  }
  return probe;
}

/** SHA-256 of a file read in chunks (a recording may be gigabytes); `progress` hears about every 64 MB. */
export function hashFile(path: string, size: number, progress?: HashProgress): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    let read = 0;
    let reported = 0;
    const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
    stream.on('data', (chunk) => {
      hash.update(chunk);
      read += chunk.length;
      if (progress !== undefined && read - reported >= 64 * 1024 * 1024) {
        reported = read;
        progress(read, size);
      }
    });
    stream.on('error', (e) => fail(new DomainError('io', `${basename(path)} could not be read: ${ioProblem(errorCode(e)) ?? e.message}.`)));
    stream.on('end', () => done(hash.digest('hex')));
  });
}
