import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusters, fontWidthFactor, measureText, wrapText } from '../../../src/core/structure';

describe('measureText', () => {
  it('uses Helvetica advance widths for ASCII', () => {
    expect(measureText('Hi', { fontSize: 10 })).toBeCloseTo(9.44);
  });

  it('measures bold text wider than regular', () => {
    expect(measureText('Theme', { fontSize: 12, bold: true })).toBeGreaterThan(measureText('Theme', { fontSize: 12 }));
  });

  it('measures an accented letter as its base letter', () => {
    expect(measureText('é', { fontSize: 10 })).toBe(measureText('e', { fontSize: 10 }));
  });

  it('measures CJK characters a full em wide', () => {
    expect(measureText('顧客', { fontSize: 10 })).toBe(20);
  });

  it('counts a ZWJ emoji family as one wide character', () => {
    expect(clusters('a👩‍👩‍👧b')).toEqual(['a', '👩‍👩‍👧', 'b']);
  });

  it('assumes an unknown font family sets wider than Helvetica', () => {
    expect(fontWidthFactor('"Fancy Grotesk", sans-serif')).toBeGreaterThan(fontWidthFactor('Arial, sans-serif'));
  });
});

describe('wrapText', () => {
  const style = { fontSize: 10 };

  it('wraps at spaces', () => {
    expect(wrapText('to be or not', 30, style)).toEqual(['to be', 'or not']);
  });

  it('collapses runs of whitespace', () => {
    expect(wrapText('a \n\t b', 100, style)).toEqual(['a b']);
  });

  it('breaks a word longer than the line with hyphens', () => {
    const lines = wrapText('Donaudampfschifffahrtsgesellschaft', 60, style);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).every((l) => l.endsWith('-'))).toBe(true);
    expect(lines.join('').replace(/-/g, '')).toBe('Donaudampfschifffahrtsgesellschaft');
  });

  it('breaks CJK text between characters without hyphens', () => {
    const lines = wrapText('顧客に先に電話する', 40, style);
    expect(lines).toEqual(['顧客に先', 'に電話す', 'る']);
  });

  it('returns one empty line for empty text', () => {
    expect(wrapText('   ', 50, style)).toEqual(['']);
  });

  it('keeps every line within the width and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.integer({ min: 40, max: 400 }), (text, width) => {
        for (const line of wrapText(text, width, style)) {
          expect(measureText(line, style)).toBeLessThanOrEqual(width);
          expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
      }),
    );
  });
});
