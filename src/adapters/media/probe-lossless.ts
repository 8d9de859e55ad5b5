import type { ByteSource } from '../archive/byte-source';
import { ascii, u32le, u8 } from './bytes';
import type { ContainerProbe } from './probe';

const MAX_CHUNKS = 1000;

/** WAV: the `data` chunk's size ÷ the `fmt ` chunk's byte rate. */
export function probeWav(source: ByteSource): ContainerProbe {
  let at = 12;
  let byteRate = 0;
  for (let n = 0; n < MAX_CHUNKS && at + 8 <= source.size; n++) {
    const head = source.read(at, 20);
    const id = ascii(head, 0, 4);
    const size = u32le(head, 4);
    // fmt: format (2), channels (2), sample rate (4), then the byte rate.
    if (id === 'fmt ') byteRate = u32le(head, 16);
    if (id === 'data') {
      // Streamed WAVs leave the size at 0 or 0xffffffff: the data runs to the end of the file.
      const bytes = size === 0 || size === 0xffffffff ? source.size - at - 8 : Math.min(size, source.size - at - 8);
      return { durationMs: byteRate > 0 ? Math.round((bytes / byteRate) * 1000) : null, video: false };
    }
    at += 8 + size + (size % 2);
  }
  return { durationMs: null, video: false };
}

/** FLAC: STREAMINFO, the first metadata block, holds the sample rate and the total number of samples. */
export function probeFlac(source: ByteSource): ContainerProbe {
  const b = source.read(4, 4 + 34);
  if ((u8(b, 0) & 0x7f) !== 0) return { durationMs: null, video: false };
  const info = b.subarray(4);
  const rate = (u8(info, 10) << 12) | (u8(info, 11) << 4) | (u8(info, 12) >> 4);
  const samples = (u8(info, 13) & 0x0f) * 2 ** 32 + u8(info, 14) * 2 ** 24 + ((u8(info, 15) << 16) | (u8(info, 16) << 8) | u8(info, 17));
  return { durationMs: rate > 0 && samples > 0 ? Math.round((samples / rate) * 1000) : null, video: false };
}
