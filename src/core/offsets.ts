import type { Brand } from './ids';

/**
 * Offsets into a document's text in UTF-16 code units — what JavaScript strings, the DOM and
 * Lexical count. An emoji such as "😀" is two units. REFI-QDA counts code points instead; convert
 * only at that boundary (see `toCodePoint`).
 */
export type Utf16Offset = Brand<number, 'Utf16Offset'>;
/** Offsets in Unicode code points (REFI-QDA positions). */
export type CodePointOffset = Brand<number, 'CodePointOffset'>;

/** Half-open range `[start, end)` in UTF-16 units. */
export interface TextRange {
  readonly start: Utf16Offset;
  readonly end: Utf16Offset;
}

export function utf16(n: number): Utf16Offset {
  return n as Utf16Offset;
}

export function range(start: number, end: number): TextRange {
  return { start: start as Utf16Offset, end: end as Utf16Offset };
}

/** True when the range is non-empty, inside `[0, textLength]` and does not cut a surrogate pair. */
export function isValidRange(text: string, r: TextRange): boolean {
  if (!Number.isInteger(r.start) || !Number.isInteger(r.end)) return false;
  if (r.start < 0 || r.end > text.length || r.end <= r.start) return false;
  return !splitsSurrogatePair(text, r.start) && !splitsSurrogatePair(text, r.end);
}

/** True when `offset` falls between the high and low half of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Ranges overlap when they share at least one unit (touching ends do not overlap). */
export function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Converts a UTF-16 offset to a code-point offset.
 * @example toCodePoint("a😀b", 3) === 2  // "a" + the two units of 😀
 */
export function toCodePoint(text: string, offset: Utf16Offset): CodePointOffset {
  let points = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) i++;
    points++;
  }
  return points as CodePointOffset;
}

/**
 * Converts a code-point offset to a UTF-16 offset; offsets past the end clamp to the text length.
 * @example fromCodePoint("a😀b", 2) === 3
 */
export function fromCodePoint(text: string, offset: CodePointOffset): Utf16Offset {
  let units = 0;
  for (let p = 0; p < offset && units < text.length; p++) {
    const c = text.charCodeAt(units);
    units += c >= 0xd800 && c <= 0xdbff && units + 1 < text.length ? 2 : 1;
  }
  return units as Utf16Offset;
}

/**
 * A converter from UTF-16 offsets to code-point offsets for one text, for converting many offsets at
 * once (agreement counts characters as researchers do: an emoji is one character). O(n) to build,
 * O(log k) per offset where k is the number of characters outside the Basic Multilingual Plane;
 * texts without any convert by identity.
 * @example codePoints("a😀b")(3) === 2
 */
export function codePoints(text: string): (offset: number) => number {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs.push(i + 1); // index of the low surrogate: it adds no character
        i++;
      }
    }
  }
  if (pairs.length === 0) return (offset) => offset;
  return (offset) => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}
