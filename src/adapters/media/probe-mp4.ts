import type { ByteSource } from '../archive/byte-source';
import { ascii, u32be, u64be, u8 } from './bytes';
import type { ContainerProbe } from './probe';

/** Boxes read before giving up: a real file has a handful at each level, a hostile one millions. */
const MAX_BOXES = 2000;

interface Box {
  readonly type: string;
  /** Offset of the box's content (after its header). */
  readonly start: number;
  readonly end: number;
}

/** The boxes directly inside `[from, to)` of an ISO media file (MP4, M4A, MOV), headers only. */
function boxes(source: ByteSource, from: number, to: number, budget: { n: number }): Box[] {
  const out: Box[] = [];
  let at = from;
  while (at + 8 <= to && budget.n-- > 0) {
    const head = source.read(at, 16);
    let size = u32be(head, 0);
    let header = 8;
    if (size === 1) {
      size = u64be(head, 8);
      header = 16;
    } else if (size === 0) size = to - at;
    if (size < header) break;
    out.push({ type: ascii(head, 4, 4), start: at + header, end: Math.min(to, at + size) });
    at += size;
  }
  return out;
}

/**
 * Duration from the movie header (`moov/mvhd`: duration ÷ timescale) and video-or-audio from the
 * tracks' handlers (`trak/mdia/hdlr`). `moov` may sit after the media data; only box headers are
 * read on the way, never the media.
 */
export function probeMp4(source: ByteSource): ContainerProbe {
  const budget = { n: MAX_BOXES };
  const moov = boxes(source, 0, source.size, budget).find((b) => b.type === 'moov');
  if (moov === undefined) return { durationMs: null, video: null };
  const inside = boxes(source, moov.start, moov.end, budget);
  let durationMs: number | null = null;
  const mvhd = inside.find((b) => b.type === 'mvhd');
  if (mvhd !== undefined) {
    const h = source.read(mvhd.start, 32);
    const v1 = u8(h, 0) === 1;
    const timescale = u32be(h, v1 ? 20 : 12);
    const duration = v1 ? u64be(h, 24) : u32be(h, 16);
    if (timescale > 0 && duration > 0 && duration !== 0xffffffff) durationMs = Math.round((duration / timescale) * 1000);
  }
  let video = false;
  for (const trak of inside.filter((b) => b.type === 'trak')) {
    const mdia = boxes(source, trak.start, trak.end, budget).find((b) => b.type === 'mdia');
    const hdlr = mdia === undefined ? undefined : boxes(source, mdia.start, mdia.end, budget).find((b) => b.type === 'hdlr');
    if (hdlr !== undefined && ascii(source.read(hdlr.start + 8, 4), 0, 4) === 'vide') video = true;
  }
  return { durationMs, video };
}
