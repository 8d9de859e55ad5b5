import { describe, expect, it } from 'vitest';
import { applyChanges, emptyState, liveCodes, liveCodings, pointView, type LogChange } from '../../../src/core/history';
import { countCodings } from '../../../src/core/layers/code-counts';

const insert = (table: string, key: Record<string, string>, row: Record<string, string | number | null>): LogChange => ({
  table,
  op: 'insert',
  key,
  after: { ...key, ...row },
});
const code = (id: string, level: string, parent: string | null, deleted: string | null = null) =>
  insert(
    'codes',
    { id },
    { level, parent_id: parent, name: id, definition: '', colour: '#000', position: 0, in_vivo: 0, created_at: 't', deleted_at: deleted },
  );
const doc = (id: string, deleted: string | null = null) =>
  insert('documents', { id }, { name: id, position: 0, imported_at: 't', deleted_at: deleted });
const segment = (id: string, documentId: string, coderId: string, deleted: string | null = null) =>
  insert('segments', { id }, { document_id: documentId, coder_id: coderId, start: 0, end: 5, created_at: 't', deleted_at: deleted });
const link = (segmentId: string, codeId: string) => insert('segment_codes', { segment_id: segmentId, code_id: codeId }, { coder_id: 'c1' });

/**
 * Theme T over concepts a and b, a loose concept z, a deleted concept x. In d1: s1 (coder c1) codes
 * a and b, s2 (c2) codes a, s4 (c1, deleted) codes z, s5 (c1) codes the deleted x. In the deleted
 * document d2: s3 codes a.
 */
function state() {
  const s = emptyState();
  applyChanges(s, [
    code('T', 'theme', null),
    code('a', 'concept', 'T'),
    code('b', 'concept', 'T'),
    code('z', 'concept', null),
    code('x', 'concept', 'T', 'gone'),
    doc('d1'),
    doc('d2', 'gone'),
    segment('s1', 'd1', 'c1'),
    segment('s2', 'd1', 'c2'),
    segment('s3', 'd2', 'c1'),
    segment('s4', 'd1', 'c1', 'gone'),
    segment('s5', 'd1', 'c1'),
    link('s1', 'a'),
    link('s1', 'b'),
    link('s2', 'a'),
    link('s3', 'a'),
    link('s4', 'z'),
    link('s5', 'x'),
  ]);
  return s;
}

const counts = (v: ReturnType<typeof pointView>) => Object.fromEntries(v.codes.map((c) => [c.id, [c.segmentCount, c.documentCount]]));

describe('pointView counts', () => {
  it('counts a theme’s segment once when two of its concepts code it, and leaves out deleted segments, documents and codes', () => {
    const v = pointView(state(), { kind: 'all' }, 0);
    expect(counts(v)).toEqual({ T: [2, 1], a: [2, 1], b: [1, 1], z: [0, 0] });
    expect([v.counts.codings, v.counts.codedDocuments, v.counts.coders]).toEqual([3, 1, 2]);
  });

  it('counts only the chosen coders’ codings', () => {
    const v = pointView(state(), { kind: 'coders', coderIds: ['c1'] }, 0);
    expect(counts(v)).toEqual({ T: [1, 1], a: [1, 1], b: [1, 1], z: [0, 0] });
    expect([v.counts.codings, v.counts.coders]).toEqual([2, 1]);
  });

  it('gives the counts the general path gives from the point’s codings', () => {
    const s = state();
    const general = countCodings(liveCodes(s), liveCodings(s, { kind: 'all' }));
    const v = pointView(s, { kind: 'all' }, 0);
    expect(Object.fromEntries(v.codes.map((c) => [c.id, { segments: c.segmentCount, documents: c.documentCount }]))).toEqual(
      Object.fromEntries(general),
    );
  });
});
