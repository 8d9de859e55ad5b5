import type { CodeId, CoderId, DocumentId } from '../../../src/core/ids';
import type { AgreementInput, AgreementSegment } from '../../../src/core/agreement';

/** Tiny builders for agreement inputs: `seg('d', 2, 6, 'x')`, `input({ d: 10 }, [segsA, segsB])`. */
export function seg(documentId: string, start: number, end: number, ...codeIds: string[]): AgreementSegment {
  return { documentId: documentId as DocumentId, start, end, codeIds: codeIds as CodeId[] };
}

export function input(lengths: Record<string, number>, coders: ReadonlyArray<readonly AgreementSegment[]>): AgreementInput {
  return {
    documents: Object.entries(lengths).map(([id, length]) => ({ id: id as DocumentId, length })),
    coders: coders.map((segments, i) => ({ coderId: `coder-${i}` as CoderId, segments })),
  };
}

export const code = (id: string): CodeId => id as CodeId;

export function value(s: { kind: string; value?: number }): number {
  if (s.kind !== 'value' || s.value === undefined) throw new Error(`expected a value, got ${JSON.stringify(s)}`);
  return s.value;
}
