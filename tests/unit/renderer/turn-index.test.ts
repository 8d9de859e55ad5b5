import { describe, expect, it } from 'vitest';
import { buildTurnIndex, offsetToPoint, pointsToRange, pointToOffset } from '../../../src/renderer/lib/turn-index';
import { turnBlocks } from '../../../src/renderer/lib/turn-blocks';
import type { Turn } from '../../../src/shared/types';

const turn = (start: number, end: number, textStart: number, speaker: string | null): Turn => ({
  start,
  end,
  textStart,
  speaker,
  startMs: null,
  endMs: null,
});

// "I: 😀 fine\n\nP1: we lost\nthe data\n" — an emoji (2 units) before the quote, a line break inside a turn.
const TEXT = 'I: 😀 fine\n\nP1: we lost\nthe data\n';
const TURNS = [turn(0, 12, 3, 'I'), turn(12, TEXT.length, 16, 'P1')];
const index = buildTurnIndex(turnBlocks(TEXT, TURNS));

describe('turn index offsets', () => {
  it('maps a text point after an emoji to the UTF-16 offset of the document', () => {
    const offset = pointToOffset(index, { kind: 'text', turn: 0, piece: 0, offset: 3 });
    expect(offset).toBe(6);
    expect(TEXT.slice(offset ?? 0, 10)).toBe('fine');
  });

  it('maps a point in the second turn past the speaker label and the blank line', () => {
    const start = pointToOffset(index, { kind: 'text', turn: 1, piece: 0, offset: 3 });
    expect(TEXT.slice(start ?? 0, (start ?? 0) + 4)).toBe('lost');
  });

  it('maps a text point after a line break inside a turn', () => {
    const at = pointToOffset(index, { kind: 'text', turn: 1, piece: 2, offset: 4 });
    expect(TEXT.slice(at ?? 0)).toBe('data\n');
  });

  it('gives the same range for a backward selection as for a forward one', () => {
    const a = { kind: 'text', turn: 0, piece: 0, offset: 3 } as const;
    const b = { kind: 'text', turn: 1, piece: 0, offset: 7 } as const;
    expect(pointsToRange(index, b, a)).toEqual(pointsToRange(index, a, b));
    const r = pointsToRange(index, b, a)!;
    expect(TEXT.slice(r.start, r.end)).toBe('fine\n\nP1: we lost');
  });

  it('returns no range for a collapsed selection', () => {
    const p = { kind: 'text', turn: 0, piece: 0, offset: 1 } as const;
    expect(pointsToRange(index, p, p)).toBeNull();
  });

  it('maps element points by child index, counting a line break as one unit', () => {
    expect(pointToOffset(index, { kind: 'element', turn: 1, childIndex: 2 })).toBe(TEXT.indexOf('the data'));
    expect(pointToOffset(index, { kind: 'element', turn: 1, childIndex: 3 })).toBe(TEXT.length - 1);
  });

  it('maps root points to the start of the turn at that child index or the end of the last', () => {
    expect(pointToOffset(index, { kind: 'root', childIndex: 1 })).toBe(16);
    expect(pointToOffset(index, { kind: 'root', childIndex: 2 })).toBe(TEXT.length - 1);
  });

  it('places a range start that falls between turns at the beginning of the next turn', () => {
    expect(offsetToPoint(index, 11, 'start')).toEqual({ turn: 1, piece: 0, offset: 0 });
  });

  it('places a range end on the earlier of two touching pieces', () => {
    const end = TEXT.indexOf('\nthe');
    expect(offsetToPoint(index, end, 'end')).toEqual({ turn: 1, piece: 0, offset: 7 });
    expect(offsetToPoint(index, end, 'start')).toEqual({ turn: 1, piece: 1, offset: 0 });
  });

  it('round-trips every offset of the spoken text through an editor point', () => {
    for (const t of index.turns) {
      for (let o = t.start; o < t.end; o++) {
        const p = offsetToPoint(index, o, 'start')!;
        expect(pointToOffset(index, { kind: 'text', ...p })).toBe(o);
      }
    }
  });
});

describe('turn index with joined lines', () => {
  // A hard-wrapped paragraph, a blank line, and a second paragraph in one turn.
  const WRAPPED = 'P1: we lost\nthe data\n\nthen it came back\n';
  const joined = buildTurnIndex(turnBlocks(WRAPPED, [turn(0, WRAPPED.length, 4, 'P1')]), true);

  it('shows a hard wrap inside a paragraph as a space and keeps the blank line as breaks', () => {
    expect(joined.turns[0]?.pieces.map((p) => p.text)).toEqual(['we lost the data', '\n', '\n', 'then it came back']);
  });

  it('still maps a point after the joined wrap to its document offset', () => {
    const at = pointToOffset(joined, { kind: 'text', turn: 0, piece: 0, offset: 'we lost the '.length });
    expect(WRAPPED.slice(at ?? 0, (at ?? 0) + 4)).toBe('data');
  });
});

describe('turn index with joined lines and labelled lines', () => {
  it('keeps the break before a line that starts with a label', () => {
    const text = 'DATE: June 3\nPLACE: Porto\nwith more';
    const index = buildTurnIndex(turnBlocks(text, [turn(0, text.length, 0, null)]), true);
    expect(index.turns[0]?.pieces.map((p) => p.text)).toEqual(['DATE: June 3', '\n', 'PLACE: Porto with more']);
  });
});
