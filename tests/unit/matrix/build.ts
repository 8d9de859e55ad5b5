import type { CodeLevel } from '../../../src/core/codebook';
import type { CodeId, CoderId, DocumentId, SegmentId } from '../../../src/core/ids';
import type { CodingFact } from '../../../src/core/matrix';

export function code(id: string, level: CodeLevel, parentId: string | null, position = 0) {
  return { id: id as CodeId, level, parentId: parentId as CodeId | null, name: id, position, colour: null };
}

/** D > T1 > {a, b}, D > T2 > {c}; plus a loose concept z. */
export const CODES = [
  code('D', 'dimension', null),
  code('T1', 'theme', 'D', 0),
  code('T2', 'theme', 'D', 1),
  code('a', 'concept', 'T1', 0),
  code('b', 'concept', 'T1', 1),
  code('c', 'concept', 'T2', 0),
  code('z', 'concept', null, 0),
];

export function fact(segment: string, codeId: string, doc: string, start = 0, end = 10, coder = 'k1'): CodingFact {
  return {
    segmentId: segment as SegmentId,
    codeId: codeId as CodeId,
    documentId: doc as DocumentId,
    coderId: coder as CoderId,
    start,
    end,
  };
}

export const doc = (id: string, attributes: Record<string, string> = {}) => ({ id: id as DocumentId, name: `Doc ${id}`, attributes });
