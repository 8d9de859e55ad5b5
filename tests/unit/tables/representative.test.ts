import { describe, expect, it } from 'vitest';
import type { CodeId, DocumentId, SegmentId } from '../../../src/core/ids';
import { buildGioiaStructure } from '../../../src/core/structure';
import { chooseQuotes, formatQuote, representativeRows, type QuoteCandidate } from '../../../src/core/tables';
import { outline } from '../structure/fixtures';

function q(id: string, text: string, o: Partial<Omit<QuoteCandidate, 'documentId'>> & { documentId?: string } = {}): QuoteCandidate {
  return {
    segmentId: id as SegmentId,
    codeId: 'd0t0c0' as CodeId,
    text,
    start: 0,
    end: text.length,
    source: 'P1',
    starred: false,
    ...o,
    documentId: (o.documentId ?? `doc-${id}`) as DocumentId,
  };
}

describe('chooseQuotes', () => {
  it('takes the longest quotes when none is starred', () => {
    const picked = chooseQuotes([q('1', 'short'), q('2', 'the longest one here'), q('3', 'a middle one')], 2);
    expect(picked.map((p) => p.segmentId)).toEqual(['2', '3']);
  });

  it('puts starred quotes first even when they are short', () => {
    const picked = chooseQuotes([q('1', 'a very long quote indeed'), q('2', 'short', { starred: true })], 1);
    expect(picked.map((p) => p.segmentId)).toEqual(['2']);
  });

  it('skips a quote overlapping one already picked in the same document', () => {
    const picked = chooseQuotes(
      [
        q('1', 'we ring them first, always', { documentId: 'd', start: 0, end: 26 }),
        q('2', 'we ring them first', { documentId: 'd', start: 0, end: 18 }),
        q('3', 'other'),
      ],
      2,
    );
    expect(picked.map((p) => p.segmentId)).toEqual(['1', '3']);
  });

  it('skips a quote with the same words from another document', () => {
    const picked = chooseQuotes([q('1', 'Same  words'), q('2', 'same words')], 2);
    expect(picked).toHaveLength(1);
  });
});

describe('representativeRows', () => {
  it('gives every concept a row with its quotes and how many it has in all', () => {
    const s = buildGioiaStructure(outline([{ name: 'D', themes: [{ name: 'T', concepts: ['c0', 'c1'] }] }]));
    const rows = representativeRows(s, [q('1', 'one'), q('2', 'two two')], 1);
    expect(rows.map((r) => [r.dimension, r.theme, r.concept, r.quotes.length, r.available])).toEqual([
      ['D', 'T', 'c0', 1, 2],
      ['D', 'T', 'c1', 0, 0],
    ]);
  });
});

describe('formatQuote', () => {
  it('prints the quote in curly quotes followed by its informant', () => {
    expect(formatQuote({ text: 'we\nring', source: 'P4' })).toBe('\u201Cwe ring\u201D (P4)');
  });

  it('prints a quote that carries its own quote marks inside one pair only', () => {
    expect(formatQuote({ text: ' "we ring them," ', source: 'P4' })).toBe('\u201Cwe ring them\u201D (P4)');
  });
});
