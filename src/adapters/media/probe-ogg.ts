import type { ByteSource } from '../archive/byte-source';
import { ascii, u16le, u32le, u64le, u8 } from './bytes';
import type { ContainerProbe } from './probe';

/** The last page of a real file is a few KB; this much from the end always holds it. */
const TAIL_BYTES = 128 * 1024;
const OPUS_RATE = 48_000;

/**
 * Ogg (Vorbis, Opus): the last page's granule position counts samples from the start; the first
 * page's identification header gives the rate (Opus always counts at 48 kHz, after its pre-skip).
 */
export function probeOgg(source: ByteSource): ContainerProbe {
  const first = source.read(0, 256);
  const packet = 27 + u8(first, 26);
  let rate = 0;
  let skip = 0;
  let video = false;
  if (ascii(first, packet, 7) === '\u0001vorbis') rate = u32le(first, packet + 12);
  else if (ascii(first, packet, 8) === 'OpusHead') {
    rate = OPUS_RATE;
    skip = u16le(first, packet + 10);
  } else if (ascii(first, packet + 1, 6) === 'theora') video = true;
  if (rate === 0) return { durationMs: null, video };
  const from = Math.max(0, source.size - TAIL_BYTES);
  const tail = source.read(from, source.size - from);
  for (let i = tail.length - 27; i >= 0; i--) {
    if (tail[i] !== 0x4f || ascii(tail, i, 4) !== 'OggS') continue;
    const granule = u64le(tail, i + 6);
    // -1 marks a page on which no packet ends; an earlier page has the position.
    if (granule <= 0 || granule >= 2 ** 53) continue;
    return { durationMs: Math.round((Math.max(0, granule - skip) / rate) * 1000), video: false };
  }
  return { durationMs: null, video: false };
}
