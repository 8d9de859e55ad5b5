import type { ByteSource } from '../archive/byte-source';
import { ascii, u32be, u8 } from './bytes';
import { probeEbml } from './probe-ebml';
import { probeFlac, probeWav } from './probe-lossless';
import { firstMp3Frame, probeMp3 } from './probe-mp3';
import { probeMp4 } from './probe-mp4';
import { probeOgg } from './probe-ogg';

export type Container = 'mp4' | 'webm' | 'wav' | 'ogg' | 'flac' | 'mp3';

/** What one container's reader learns: the duration when the file states it, and whether it holds video. */
export interface ContainerProbe {
  readonly durationMs: number | null;
  /** null when the container does not say. */
  readonly video: boolean | null;
}

export interface MediaProbe {
  readonly container: Container;
  readonly kind: 'audio' | 'video';
  /** The type the player is given; it decides between an audio and a video element. */
  readonly mime: string;
  readonly durationMs: number | null;
}

const ISO_BOXES = new Set(['ftyp', 'moov', 'mdat', 'free', 'wide', 'skip', 'pnot']);

/** Which container the first bytes announce, or null when they are not a recording Chromium plays. */
export function containerOf(head: Uint8Array, source: ByteSource): Container | null {
  if (ISO_BOXES.has(ascii(head, 4, 4)) && u32be(head, 0) >= 8) return 'mp4';
  if (u32be(head, 0) === 0x1a45dfa3) return 'webm';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WAVE') return 'wav';
  if (ascii(head, 0, 4) === 'OggS') return 'ogg';
  if (ascii(head, 0, 4) === 'fLaC') return 'flac';
  if (ascii(head, 0, 3) === 'ID3' || (u8(head, 0) === 0xff && (u8(head, 1) & 0xe0) === 0xe0)) {
    return firstMp3Frame(source) === null ? null : 'mp3';
  }
  return null;
}

const MIME: Readonly<Record<Container, { audio: string; video: string }>> = {
  mp4: { audio: 'audio/mp4', video: 'video/mp4' },
  webm: { audio: 'audio/webm', video: 'video/webm' },
  ogg: { audio: 'audio/ogg', video: 'video/ogg' },
  wav: { audio: 'audio/wav', video: 'audio/wav' },
  flac: { audio: 'audio/flac', video: 'audio/flac' },
  mp3: { audio: 'audio/mpeg', video: 'audio/mpeg' },
};

/**
 * Reads what the project records about a recording from its headers alone — a few small reads,
 * whatever the file's size: the container (from its signature, not its name), audio or video, and
 * the duration where the container states it (MP4/MOV/M4A, WebM, WAV, FLAC, Ogg, MP3). No decoder
 * and no ffprobe: the desktop app must not depend on tools the user may not have. Null when the
 * bytes are no container we play.
 */
export function probeMedia(source: ByteSource): MediaProbe | null {
  const head = source.read(0, 16);
  const container = containerOf(head, source);
  if (container === null) return null;
  const read =
    container === 'mp4'
      ? probeMp4
      : container === 'webm'
        ? probeEbml
        : container === 'wav'
          ? probeWav
          : container === 'ogg'
            ? probeOgg
            : container === 'flac'
              ? probeFlac
              : probeMp3;
  const found = read(source);
  const kind = found.video === true ? 'video' : 'audio';
  return { container, kind, mime: MIME[container][kind], durationMs: found.durationMs };
}
