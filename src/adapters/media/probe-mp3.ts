import type { ByteSource } from '../archive/byte-source';
import { ascii, u32be, u8 } from './bytes';
import type { ContainerProbe } from './probe';

const BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const RATES = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] } as const;
const SEARCH_BYTES = 64 * 1024;

export interface Mp3Frame {
  readonly at: number;
  /** 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5. */
  readonly version: 0 | 2 | 3;
  readonly kbps: number;
  readonly rate: number;
  readonly mono: boolean;
}

/** An MPEG audio layer III frame header at `at` of `b`, or null. */
function frameAt(b: Uint8Array, at: number, base: number): Mp3Frame | null {
  if (u8(b, at) !== 0xff || (u8(b, at + 1) & 0xe0) !== 0xe0) return null;
  const version = (u8(b, at + 1) >> 3) & 3;
  const layer = (u8(b, at + 1) >> 1) & 3;
  const bitrate = u8(b, at + 2) >> 4;
  const rateIndex = (u8(b, at + 2) >> 2) & 3;
  if (version === 1 || layer !== 1 || bitrate === 0 || bitrate === 15 || rateIndex === 3) return null;
  const v = version as 0 | 2 | 3;
  return {
    at: base + at,
    version: v,
    kbps: (v === 3 ? BITRATES_V1 : BITRATES_V2)[bitrate] ?? 0,
    rate: RATES[v][rateIndex] ?? 0,
    mono: u8(b, at + 3) >> 6 === 3,
  };
}

/** Skips an ID3v2 tag (its size is four 7-bit bytes) and finds the first layer III frame. */
export function firstMp3Frame(source: ByteSource): Mp3Frame | null {
  const head = source.read(0, 10);
  let start = 0;
  if (ascii(head, 0, 3) === 'ID3') {
    const size = ((u8(head, 6) & 0x7f) << 21) | ((u8(head, 7) & 0x7f) << 14) | ((u8(head, 8) & 0x7f) << 7) | (u8(head, 9) & 0x7f);
    start = 10 + size + ((u8(head, 5) & 0x10) !== 0 ? 10 : 0);
  }
  const window = source.read(start, SEARCH_BYTES);
  for (let i = 0; i + 4 <= window.length; i++) {
    const frame = frameAt(window, i, start);
    if (frame !== null) return frame;
  }
  return null;
}

/**
 * MP3: a VBR file says its frame count in a Xing/Info or VBRI header inside the first frame; a
 * constant-bitrate file's duration follows from its size and bitrate.
 */
export function probeMp3(source: ByteSource): ContainerProbe {
  const frame = firstMp3Frame(source);
  if (frame === null) return { durationMs: null, video: false };
  const samples = frame.version === 3 ? 1152 : 576;
  const b = source.read(frame.at, 200);
  const sideInfo = frame.version === 3 ? (frame.mono ? 17 : 32) : frame.mono ? 9 : 17;
  const xing = 4 + sideInfo;
  let frames = 0;
  const tag = ascii(b, xing, 4);
  if ((tag === 'Xing' || tag === 'Info') && (u32be(b, xing + 4) & 1) === 1) frames = u32be(b, xing + 8);
  else if (ascii(b, 36, 4) === 'VBRI') frames = u32be(b, 36 + 14);
  if (frames > 0 && frame.rate > 0) return { durationMs: Math.round(((frames * samples) / frame.rate) * 1000), video: false };
  const id3v1 = source.size >= 128 && ascii(source.read(source.size - 128, 3), 0, 3) === 'TAG' ? 128 : 0;
  const bytes = source.size - frame.at - id3v1;
  return { durationMs: frame.kbps > 0 ? Math.round((bytes * 8) / frame.kbps) : null, video: false };
}
