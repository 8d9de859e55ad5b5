import { describe, expect, it } from 'vitest';
import { cooccurrenceMatrix } from '../../../src/core/matrix';
import { CODES, fact } from './build';

const run = (facts: ReturnType<typeof fact>[], level: 'concept' | 'theme' = 'concept') =>
  cooccurrenceMatrix({ codes: CODES, facts, level, count: 'segments', title: '' });

describe('cooccurrenceMatrix', () => {
  it('counts two concepts on the same segment as one co-occurrence, symmetrically', () => {
    const m = run([fact('s1', 'a', 'd'), fact('s1', 'c', 'd')]);
    expect(m.cells[0]?.[2]?.count).toBe(1);
    expect(m.cells[2]?.[0]?.count).toBe(1);
  });

  it('counts overlapping segments of the same coder in the same document', () => {
    const m = run([fact('s1', 'a', 'd', 0, 10), fact('s2', 'c', 'd', 5, 20)]);
    expect(m.cells[0]?.[2]?.count).toBe(1);
    expect(m.cells[0]?.[2]?.segmentIds).toEqual(['s1', 's2']);
  });

  it('does not count touching segments or another coder’s overlapping segment', () => {
    const m = run([fact('s1', 'a', 'd', 0, 10), fact('s2', 'c', 'd', 10, 20), fact('s3', 'c', 'd', 0, 10, 'k2')]);
    expect(m.cells[0]?.[2]?.count).toBe(0);
  });

  it('puts each code’s own segment count on the diagonal but shades by the off-diagonal maximum', () => {
    const m = run([fact('s1', 'a', 'd', 0, 5), fact('s2', 'a', 'd', 50, 60), fact('s2', 'b', 'd', 50, 60)]);
    expect(m.cells[0]?.[0]?.count).toBe(2);
    expect(m.max).toBe(1);
  });
});
