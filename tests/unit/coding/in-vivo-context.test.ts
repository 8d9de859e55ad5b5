import { describe, expect, it } from 'vitest';
import { contextAround, speakerAt } from '../../../src/backend/coding/context-window';
import { inVivoName, IN_VIVO_MAX } from '../../../src/backend/coding/in-vivo';

describe('inVivoName', () => {
  it('trims the selection and collapses internal whitespace and line breaks', () => {
    expect(inVivoName('  we just\n\n ring  them ')).toBe('we just ring them');
  });

  it('caps a long selection at a word boundary with an ellipsis', () => {
    const name = inVivoName('word '.repeat(40));
    expect(name.length).toBeLessThanOrEqual(IN_VIVO_MAX);
    expect(name).toMatch(/word…$/);
  });

  it('never leaves half an emoji when a single long word is cut', () => {
    const name = inVivoName(`${'a'.repeat(78)}😀😀`);
    expect(name.endsWith('\ud83d…')).toBe(false);
  });
});

describe('contextAround', () => {
  it('cuts context at word boundaries on both sides', () => {
    const text = 'alpha beta gamma QUOTE delta epsilon zeta';
    const start = text.indexOf('QUOTE');
    expect(contextAround(text, start, start + 5, 9)).toEqual({ before: 'gamma ', after: ' delta' });
  });

  it('keeps the whole context at the start and end of the text', () => {
    expect(contextAround('ab QUOTE cd', 3, 8)).toEqual({ before: 'ab ', after: ' cd' });
  });
});

describe('speakerAt', () => {
  it('finds the speaker of the turn containing an offset and null outside turns', () => {
    const turns = [
      { start: 0, end: 10, speaker: 'A' },
      { start: 11, end: 20, speaker: 'B' },
    ];
    expect([speakerAt(turns, 0), speakerAt(turns, 15), speakerAt(turns, 10), speakerAt(turns, 25)]).toEqual(['A', 'B', null, null]);
  });
});
