import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromCodePoint,
  isValidRange,
  overlaps,
  range,
  splitsSurrogatePair,
  toCodePoint,
  utf16,
  type CodePointOffset,
} from '../../../src/core/offsets';

describe('UTF-16 and code-point offsets', () => {
  it('counts an emoji as two UTF-16 units but one code point', () => {
    expect(toCodePoint('a😀b', utf16(3))).toBe(2);
    expect(fromCodePoint('a😀b', 2 as CodePointOffset)).toBe(3);
  });

  it('leaves offsets in BMP-only text unchanged', () => {
    expect(toCodePoint('Zoë said: ok', utf16(5))).toBe(5);
  });

  it('clamps code-point offsets past the end to the text length', () => {
    expect(fromCodePoint('ab', 9 as CodePointOffset)).toBe(2);
  });

  it('round-trips every offset that does not split a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), (text, n) => {
        const offset = utf16(n % (text.length + 1));
        fc.pre(!splitsSurrogatePair(text, offset));
        expect(fromCodePoint(text, toCodePoint(text, offset))).toBe(offset);
      }),
    );
  });
});

describe('ranges', () => {
  it('accepts a non-empty range inside the text', () => {
    expect(isValidRange('hello', range(1, 4))).toBe(true);
  });

  it('rejects empty, reversed and out-of-bounds ranges', () => {
    expect(isValidRange('hello', range(2, 2))).toBe(false);
    expect(isValidRange('hello', range(3, 1))).toBe(false);
    expect(isValidRange('hello', range(0, 6))).toBe(false);
  });

  it('rejects a range that cuts an emoji in half', () => {
    expect(isValidRange('a😀b', range(0, 2))).toBe(false);
    expect(isValidRange('a😀b', range(0, 3))).toBe(true);
  });

  it('treats touching ranges as not overlapping', () => {
    expect(overlaps(range(0, 3), range(3, 5))).toBe(false);
    expect(overlaps(range(0, 4), range(3, 5))).toBe(true);
  });
});
