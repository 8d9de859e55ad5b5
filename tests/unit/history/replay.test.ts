import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  cloneState,
  compareStructures,
  DigestingFold,
  emptyState,
  liveCodes,
  revertChanges,
  stateKeys,
  type LogChange,
  type LogEvent,
} from '../../../src/core/history';
import type { EventSeq } from '../../../src/core/ids';

const code = (id: string, name: string, level = 'concept', parent: string | null = null) => ({
  id,
  level,
  parent_id: parent,
  name,
  definition: '',
  colour: '#000',
  position: 0,
  in_vivo: 0,
  created_at: 't',
  deleted_at: null,
});
const insertCode = (row: ReturnType<typeof code>): LogChange => ({ table: 'codes', op: 'insert', key: { id: row.id }, after: row });
const segment = (id: string): LogChange => ({
  table: 'segments',
  op: 'insert',
  key: { id },
  after: { id, document_id: 'd', coder_id: 'c', start: 0, end: 5, created_at: 't', deleted_at: null },
});
const link = (op: 'insert' | 'delete', segmentId: string, codeId: string): LogChange => ({
  table: 'segment_codes',
  op,
  key: { segment_id: segmentId, code_id: codeId },
  ...(op === 'insert'
    ? { after: { segment_id: segmentId, code_id: codeId, coder_id: 'c' } }
    : { before: { segment_id: segmentId, code_id: codeId, coder_id: 'c' } }),
});
const softDelete = (id: string): LogChange => ({
  table: 'codes',
  op: 'update',
  key: { id },
  before: { deleted_at: null },
  after: { deleted_at: 'x' },
});
const event = (seq: number, action: string, changes: LogChange[], kind: LogEvent['kind'] = 'do'): LogEvent => ({
  seq: seq as EventSeq,
  at: '2026-12-01T10:00:00Z',
  coderId: null,
  kind,
  action,
  summary: action,
  changes,
});

const document: LogChange = {
  table: 'documents',
  op: 'insert',
  key: { id: 'd' },
  after: { id: 'd', name: 'D', position: 0, imported_at: 't', deleted_at: null },
};

describe('history replay', () => {
  it('reverting the changes an event applied gives back the state before it', () => {
    const s = emptyState();
    applyChanges(s, [document, insertCode(code('a', 'A')), segment('s1'), link('insert', 's1', 'a')]);
    const before = stateKeys(cloneState(s));
    const merge = [insertCode(code('b', 'B')), link('delete', 's1', 'a'), link('insert', 's1', 'b'), softDelete('a')];
    applyChanges(s, merge);
    revertChanges(s, merge);
    expect([stateKeys(s), liveCodes(s).map((c) => c.name)]).toEqual([before, ['A']]);
  });

  it('reads a code whose codings moved to another as merged into it', () => {
    const fold = new DigestingFold(emptyState());
    fold.fold(
      event(1, 'seed', [document, insertCode(code('a', 'A')), insertCode(code('b', 'B')), segment('s1'), link('insert', 's1', 'a')]),
    );
    const d = fold.fold(event(2, 'merge-codes', [link('delete', 's1', 'a'), link('insert', 's1', 'b'), softDelete('a')]));
    expect(d.codebook).toEqual([{ kind: 'merged', code: { id: 'a', name: 'A' }, level: 'concept', into: { id: 'b', name: 'B' } }]);
  });

  it('reads a new code that took codings from another as split off it', () => {
    const fold = new DigestingFold(emptyState());
    fold.fold(event(1, 'seed', [document, insertCode(code('a', 'A')), segment('s1'), link('insert', 's1', 'a')]));
    const d = fold.fold(event(2, 'split-code', [insertCode(code('n', 'N')), link('delete', 's1', 'a'), link('insert', 's1', 'n')]));
    expect(d.codebook.map((c) => [c.kind, c.code.name])).toEqual([['split', 'N']]);
  });

  it('counts the codings an event added per document and coder', () => {
    const fold = new DigestingFold(emptyState());
    const d = fold.fold(event(1, 'code', [document, insertCode(code('a', 'A')), segment('s1'), link('insert', 's1', 'a')]));
    expect([d.codings, d.conceptsBorn, d.documentsAdded]).toEqual([
      [{ documentId: 'd', coderId: 'c', added: 1, removed: 0 }],
      ['a'],
      ['d'],
    ]);
  });

  it('reads a moved code as moved, naming both parents', () => {
    const fold = new DigestingFold(emptyState());
    fold.fold(
      event(1, 'seed', [
        insertCode(code('t1', 'T1', 'theme')),
        insertCode(code('t2', 'T2', 'theme')),
        insertCode(code('a', 'A', 'concept', 't1')),
      ]),
    );
    const d = fold.fold(
      event(2, 'move-code', [{ table: 'codes', op: 'update', key: { id: 'a' }, before: { parent_id: 't1' }, after: { parent_id: 't2' } }]),
    );
    expect(d.codebook).toEqual([
      { kind: 'moved', code: { id: 'a', name: 'A' }, level: 'concept', from: { id: 't1', name: 'T1' }, to: { id: 't2', name: 'T2' } },
    ]);
  });
});

describe('structure comparison', () => {
  const row = (id: string, name: string, parentId: string | null = null) => ({
    id: id as never,
    level: 'concept' as const,
    parentId: parentId as never,
    name,
    definition: '',
    colour: '#000',
    position: 0,
    inVivo: false,
    segmentCount: 1,
    documentCount: 1,
  });

  it('follows a merge of a merge to the code that is still there', () => {
    const between = [
      { seq: 2, changes: [{ kind: 'merged', code: { id: 'a', name: 'A' }, level: 'concept', into: { id: 'b', name: 'B' } }] },
      { seq: 3, changes: [{ kind: 'merged', code: { id: 'b', name: 'B' }, level: 'concept', into: { id: 'c', name: 'C' } }] },
    ] as never;
    const cmp = compareStructures([row('a', 'A'), row('b', 'B'), row('c', 'C')], [row('c', 'C')], between);
    expect(cmp.codes.map((c) => [c.name, c.mark, c.note])).toEqual([
      ['C', null, null],
      ['A', 'merged', 'merged into “C”'],
      ['B', 'merged', 'merged into “C”'],
    ]);
  });

  it('marks a renamed code renamed, saying what it was', () => {
    const cmp = compareStructures([row('a', 'trust')], [row('a', 'Trust')], []);
    expect(cmp.codes.map((c) => [c.mark, c.note])).toEqual([['renamed', 'was “trust”']]);
  });

  it('marks a code gone without a merge removed', () => {
    expect(compareStructures([row('a', 'A')], [], []).counts.removed).toBe(1);
  });
});
