import { describe, expect, it } from 'vitest';
import { byAttribute, byDocument, codeMatrix, NO_VALUE_LABEL } from '../../../src/core/matrix';
import { CODES, doc, fact } from './build';

const counts = (m: ReturnType<typeof codeMatrix>) => m.cells.map((r) => r.map((c) => c.count));

describe('codeMatrix', () => {
  it('counts a segment coded with two concepts of one theme once in the theme row', () => {
    const m = codeMatrix({
      codes: CODES,
      facts: [fact('s1', 'a', 'd1'), fact('s1', 'b', 'd1')],
      columns: byDocument([doc('d1')]),
      level: 'theme',
      count: 'segments',
      title: '',
    });
    expect(m.rows.map((r) => r.name)).toEqual(['T1', 'T2']);
    expect(counts(m)).toEqual([[1], [0]]);
  });

  it('counts distinct documents per cell when asked for documents', () => {
    const m = codeMatrix({
      codes: CODES,
      facts: [fact('s1', 'a', 'd1'), fact('s2', 'a', 'd1'), fact('s3', 'a', 'd2')],
      columns: byAttribute([doc('d1', { phase: 'early' }), doc('d2', { phase: 'early' })], 'phase'),
      level: 'concept',
      count: 'documents',
      title: '',
    });
    expect(counts(m)[0]).toEqual([2]);
    expect(m.cells[0]?.[0]?.segmentIds).toEqual(['s1', 's2', 's3']);
  });

  it('lists concepts in figure order with ungrouped concepts last', () => {
    const m = codeMatrix({ codes: CODES, facts: [], columns: [], level: 'concept', count: 'segments', title: '' });
    expect(m.rows.map((r) => r.name)).toEqual(['a', 'b', 'c', 'z']);
    expect(m.rows[0]?.parentName).toBe('T1');
  });

  it('gives a row total of distinct segments, not the sum of its cells', () => {
    const m = codeMatrix({
      codes: CODES,
      facts: [fact('s1', 'a', 'd1')],
      columns: [
        { key: 'x', label: 'x', documentIds: [doc('d1').id] },
        { key: 'y', label: 'y', documentIds: [doc('d1').id] },
      ],
      level: 'dimension',
      count: 'segments',
      title: '',
    });
    expect(counts(m)).toEqual([[1, 1]]);
    expect(m.rows[0]?.total).toBe(1);
    expect(m.max).toBe(1);
  });
});

describe('byAttribute', () => {
  it('orders values naturally and puts documents without the attribute in a trailing column', () => {
    const cols = byAttribute([doc('1', { wave: 'W10' }), doc('2', { wave: 'W2' }), doc('3')], 'wave');
    expect(cols.map((c) => c.label)).toEqual(['W2', 'W10', NO_VALUE_LABEL]);
  });

  it('puts values in the given order first', () => {
    const cols = byAttribute([doc('1', { p: 'b' }), doc('2', { p: 'a' }), doc('3', { p: 'c' })], 'p', ['c', 'b']);
    expect(cols.map((c) => c.label)).toEqual(['c', 'b', 'a']);
  });
});
