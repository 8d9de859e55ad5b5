import type { ByteSource } from '../archive/byte-source';
import { contains, u8 } from './bytes';
import type { ContainerProbe } from './probe';

const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const CLUSTER = 0x1f43b675;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;
/** Header bytes looked at for the Info element and the codec ids: far more than any real header. */
const HEAD_BYTES = 256 * 1024;

/** An EBML variable-length integer at `at`: its value (the length marker removed, or kept for ids) and width. */
function vint(b: Uint8Array, at: number, keepMarker: boolean): { value: number; width: number } | null {
  const first = u8(b, at);
  if (first === 0) return null;
  let width = 1;
  while (width <= 8 && (first & (0x80 >> (width - 1))) === 0) width++;
  if (width > 8 || at + width > b.length) return null;
  let value = keepMarker ? first : first & (0xff >> width);
  for (let i = 1; i < width; i++) value = value * 256 + u8(b, at + i);
  const unknown = !keepMarker && value === 2 ** (7 * width) - 1;
  return { value: unknown ? Infinity : value, width };
}

interface Element {
  readonly id: number;
  readonly start: number;
  readonly end: number;
}

function elements(b: Uint8Array, from: number, to: number): Element[] {
  const out: Element[] = [];
  let at = from;
  while (at < to) {
    const id = vint(b, at, true);
    const size = id === null ? null : vint(b, at + id.width, false);
    if (id === null || size === null) break;
    const start = at + id.width + size.width;
    const end = Math.min(to, start + size.value);
    out.push({ id: id.value, start, end });
    if (id.value === CLUSTER || size.value === Infinity) break;
    at = end;
  }
  return out;
}

function float(b: Uint8Array, e: Element): number {
  const view = new DataView(b.buffer, b.byteOffset + e.start, e.end - e.start);
  return e.end - e.start === 4 ? view.getFloat32(0) : e.end - e.start === 8 ? view.getFloat64(0) : NaN;
}

function uint(b: Uint8Array, e: Element): number {
  let v = 0;
  for (let i = e.start; i < e.end; i++) v = v * 256 + u8(b, i);
  return v;
}

/**
 * WebM (Matroska): the duration is `Segment/Info/Duration` in units of `TimecodeScale` nanoseconds.
 * Recordings made by a browser's MediaRecorder often have none; then the player learns it on load.
 * Video or audio is told by the codec ids in the track headers (V_VP8, V_VP9, V_AV1 …).
 */
export function probeEbml(source: ByteSource): ContainerProbe {
  const b = source.read(0, HEAD_BYTES);
  const video = contains(b, 'V_VP') || contains(b, 'V_AV1') || contains(b, 'V_MPEG');
  const segment = elements(b, 0, b.length).find((e) => e.id === SEGMENT);
  const info = segment === undefined ? undefined : elements(b, segment.start, segment.end).find((e) => e.id === INFO);
  if (info === undefined) return { durationMs: null, video };
  const fields = elements(b, info.start, info.end);
  const scale = fields.find((e) => e.id === TIMECODE_SCALE);
  const duration = fields.find((e) => e.id === DURATION);
  const ns = scale === undefined ? 1_000_000 : uint(b, scale);
  const value = duration === undefined ? NaN : float(b, duration);
  return { durationMs: Number.isFinite(value) && value > 0 ? Math.round((value * ns) / 1_000_000) : null, video };
}
