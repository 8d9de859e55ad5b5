import { createHash, randomBytes, type Hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileSource } from '../../adapters/archive/byte-source';
import { probeMedia } from '../../adapters/media';
import { mediaExtensionsPhrase, mediaFormatOf } from '../../core/file-formats';
import type { DocumentId } from '../../core/ids';
import { errorCode, ioProblem } from '../../core/io-problem';
import { DomainError } from '../../core/result';
import { cleanName } from '../../core/text-rules';
import type { InspectedMedia } from './media-file';
import { placeInMediaFolder } from './media-copy';
import { mediaFolder } from './media-paths';

interface Upload {
  readonly documentId: DocumentId;
  readonly projectPath: string;
  readonly fileName: string;
  readonly size: number;
  readonly temp: string;
  readonly fd: number;
  readonly hash: Hash;
  received: number;
  touched: number;
}

/** An upload nobody has added to for this long is abandoned (the tab closed) and its part file removed. */
const IDLE_MS = 10 * 60 * 1000;

/**
 * Recordings copied from a browser tab into the media folder beside the project. A browser never
 * reveals where a dropped file lives, so web mode cannot link it in place: its bytes come over the
 * API in order, are hashed as they arrive and written to a part file, and only a complete file that
 * is playable media is moved into place and linked.
 */
export class MediaUploads {
  private readonly uploads = new Map<string, Upload>();

  constructor(private readonly now: () => number = Date.now) {}

  start(projectPath: string, documentId: DocumentId, rawName: string, size: number): string {
    this.sweep();
    const fileName = cleanName(rawName, 'recording').value;
    if (mediaFormatOf(fileName) === null) {
      throw new DomainError('invalid-arguments', `${fileName} is not a recording Gioia Studio can play (${mediaExtensionsPhrase()}).`);
    }
    const folder = mediaFolder(projectPath);
    const id = randomBytes(18).toString('base64url');
    const temp = join(folder, `.upload-${id}.part`);
    let fd: number;
    try {
      mkdirSync(folder, { recursive: true });
      fd = openSync(temp, 'wx');
    } catch (e) {
      throw new DomainError('io', `Could not write into "${folder}": ${ioProblem(errorCode(e)) ?? String(e)}. Nothing was changed.`);
    }
    this.uploads.set(id, {
      documentId,
      projectPath,
      fileName,
      size,
      temp,
      fd,
      hash: createHash('sha256'),
      received: 0,
      touched: this.now(),
    });
    return id;
  }

  /** Appends the next chunk; chunks must come in order and never past the announced size. */
  append(id: string, offset: number, bytes: Uint8Array): number {
    const upload = this.require(id);
    if (offset !== upload.received) {
      throw new DomainError(
        'invalid-arguments',
        `Chunk at byte ${offset} of ${upload.fileName} arrived out of order (expected ${upload.received}).`,
      );
    }
    if (upload.received + bytes.length > upload.size) {
      this.cancel(id);
      throw new DomainError(
        'invalid-arguments',
        `${upload.fileName} is larger than the ${upload.size} bytes announced; the copy was abandoned.`,
      );
    }
    try {
      for (let at = 0; at < bytes.length;) at += writeSync(upload.fd, bytes, at, bytes.length - at);
    } catch (e) {
      this.cancel(id);
      throw new DomainError(
        'io',
        `Could not copy ${upload.fileName} beside the project: ${ioProblem(errorCode(e)) ?? String(e)}. Nothing was changed.`,
      );
    }
    upload.hash.update(bytes);
    upload.received += bytes.length;
    upload.touched = this.now();
    return upload.received;
  }

  /** Checks the complete file and moves it to its name in the media folder; the caller links it. */
  async finish(id: string): Promise<{ documentId: DocumentId; file: InspectedMedia }> {
    const upload = this.require(id);
    this.uploads.delete(id);
    closeSync(upload.fd);
    try {
      if (upload.received !== upload.size) {
        throw new DomainError('invalid-arguments', `${upload.fileName} arrived incomplete (${upload.received} of ${upload.size} bytes).`);
      }
      const source = fileSource(upload.temp);
      const probe = (() => {
        try {
          return probeMedia(source);
        } finally {
          source.close();
        }
      })();
      if (probe === null) {
        throw new DomainError(
          'invalid-arguments',
          `${upload.fileName} is not a recording Gioia Studio can play: its content is none of ${mediaExtensionsPhrase()}.`,
        );
      }
      const sha256 = upload.hash.digest('hex');
      const place = await placeInMediaFolder(upload.projectPath, upload.fileName, upload.size, sha256);
      if (place.existing) rmSync(upload.temp, { force: true });
      else renameSync(upload.temp, place.path);
      return { documentId: upload.documentId, file: { path: place.path, fileName: upload.fileName, size: upload.size, sha256, probe } };
    } catch (e) {
      rmSync(upload.temp, { force: true });
      throw e;
    }
  }

  cancel(id: string): void {
    const upload = this.uploads.get(id);
    if (upload === undefined) return;
    this.uploads.delete(id);
    try {
      closeSync(upload.fd);
    } finally {
      rmSync(upload.temp, { force: true });
    }
  }

  private require(id: string): Upload {
    const upload = this.uploads.get(id);
    if (upload === undefined) throw new DomainError('not-found', 'That upload is unknown or was abandoned; drop the recording again.');
    return upload;
  }

  private sweep(): void {
    for (const [id, upload] of this.uploads) if (this.now() - upload.touched > IDLE_MS) this.cancel(id);
  }
}
