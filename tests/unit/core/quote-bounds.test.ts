import { describe, expect, it } from 'vitest';
import { snapQuoteRange, stepQuoteEdge, tidyQuoteText } from '../../../src/core/quote-bounds';

const TEXT = 'we ring them, then "go home." (Dis)trust don\'t 😀 ok';
const slice = (r: { start: number; end: number } | null) => (r === null ? null : TEXT.slice(r.start, r.end));

describe('snapQuoteRange', () => {
  it('moves boundaries inside a word out to its edges', () => {
    expect(slice(snapQuoteRange(TEXT, 1, 6))).toBe('we ring');
  });

  it('drops edge whitespace, commas and quote marks', () => {
    expect(slice(snapQuoteRange(TEXT, 7, 20))).toBe('them, then');
  });

  it('keeps a sentence mark right after the last word', () => {
    expect(slice(snapQuoteRange(TEXT, 19, 29))).toBe('go home.');
  });

  it('keeps a bracket closed inside the quote and an emoji at its end', () => {
    expect(slice(snapQuoteRange(TEXT, 30, 50))).toBe("(Dis)trust don't 😀");
  });

  it('gives null for a range with no word', () => {
    expect(snapQuoteRange(TEXT, 12, 14)).toBeNull();
  });
});

describe('tidyQuoteText', () => {
  it('strips quote marks and trailing commas a stored quote may carry', () => {
    expect(tidyQuoteText(' “they said, ok”, ')).toBe('they said, ok');
  });
});

describe('stepQuoteEdge', () => {
  it('walks an end word by word, never stopping on a comma', () => {
    const ends: string[] = [];
    let at = 2;
    for (let i = 0; i < 3; i++) ends.push(TEXT.slice(0, (at = stepQuoteEdge(TEXT, at, 'end', 1))));
    expect(ends).toEqual(['we ring', 'we ring them', 'we ring them, then']);
  });

  it('walks an end back to the end of the previous word', () => {
    expect(TEXT.slice(0, stepQuoteEdge(TEXT, 18, 'end', -1))).toBe('we ring them');
  });

  it('walks a start to the next and the previous word start', () => {
    expect(TEXT.slice(stepQuoteEdge(TEXT, 3, 'start', 1), 12)).toBe('them');
    expect(TEXT.slice(stepQuoteEdge(TEXT, 8, 'start', -1), 12)).toBe('ring them');
  });
});
