/** Big- and little-endian reads over a byte window; out-of-range reads give 0 so a truncated header parses as "unknown", not a crash. */
export const u8 = (b: Uint8Array, at: number): number => b[at] ?? 0;
export const u16be = (b: Uint8Array, at: number): number => (u8(b, at) << 8) | u8(b, at + 1);
export const u16le = (b: Uint8Array, at: number): number => u8(b, at) | (u8(b, at + 1) << 8);
export const u32be = (b: Uint8Array, at: number): number =>
  u8(b, at) * 0x1000000 + ((u8(b, at + 1) << 16) | (u8(b, at + 2) << 8) | u8(b, at + 3));
export const u32le = (b: Uint8Array, at: number): number =>
  u8(b, at + 3) * 0x1000000 + ((u8(b, at + 2) << 16) | (u8(b, at + 1) << 8) | u8(b, at));
export const u64be = (b: Uint8Array, at: number): number => u32be(b, at) * 0x100000000 + u32be(b, at + 4);
export const u64le = (b: Uint8Array, at: number): number => u32le(b, at + 4) * 0x100000000 + u32le(b, at);
export const ascii = (b: Uint8Array, at: number, length: number): string => String.fromCharCode(...b.subarray(at, at + length));

/** Whether `needle` occurs in `hay` (a few-byte marker in a header window). */
export function contains(hay: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  outer: for (let i = hay.indexOf(first); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}
