import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Random access to an archive's bytes. A .qdpx may carry gigabytes of audio and video we never
 * read; reading it through a file handle keeps only the central directory and the entries we
 * unpack in memory, instead of the whole file.
 */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer at the end of the source). */
  read(offset: number, length: number): Uint8Array;
  close(): void;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
    close: () => undefined,
  };
}

export function fileSource(path: string): ByteSource {
  const fd = openSync(path, 'r');
  let size: number;
  try {
    size = fstatSync(fd).size;
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  let open = true;
  return {
    size,
    read: (offset, length) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      let done = 0;
      while (done < buffer.length) {
        const n = readSync(fd, buffer, done, buffer.length - done, offset + done);
        if (n === 0) break;
        done += n;
      }
      return new Uint8Array(buffer.buffer, buffer.byteOffset, done);
    },
    close: () => {
      if (open) closeSync(fd);
      open = false;
    },
  };
}
