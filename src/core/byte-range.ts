/**
 * The part of an HTTP `Range` request header a media server needs (RFC 9110 §14): one byte range
 * of a file of `size` bytes. A media element asks for `bytes=0-` first and `bytes=N-` on every seek,
 * so seeking in a long recording reads only from the new position on.
 *
 * - no header, a unit other than bytes, a malformed value or several ranges → the whole file
 *   (a server may always ignore Range; one part keeps the reply simple and is all browsers ask for);
 * - `bytes=a-b`, `bytes=a-` and the suffix form `bytes=-n` → the inclusive range, clamped to the file;
 * - a range starting at or past the end (or `bytes=-0`) → unsatisfiable (416).
 *
 * @example parseByteRange('bytes=100-', 1000) // { kind: 'partial', start: 100, end: 999 }
 */
export type ByteRange =
  | { readonly kind: 'whole' }
  | { readonly kind: 'partial'; readonly start: number; readonly end: number }
  | { readonly kind: 'unsatisfiable' };

const SINGLE = /^bytes=(\d*)-(\d*)$/i;

export function parseByteRange(header: string | undefined | null, size: number): ByteRange {
  if (header === undefined || header === null) return { kind: 'whole' };
  const match = SINGLE.exec(header.trim());
  if (match === null) return { kind: 'whole' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'whole' };
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size) return { kind: 'unsatisfiable' };
  if (end < start) return { kind: 'whole' };
  return { kind: 'partial', start, end };
}
