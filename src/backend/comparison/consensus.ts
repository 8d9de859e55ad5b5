import type { Interval } from '../../core/agreement';
import { DomainError } from '../../core/result';
import type { ValidParams } from '../../shared/contract';
import type { Resolution, ResolveResult } from '../../shared/features/comparison-types';
import type { CoderRow } from '../../shared/types';
import {
  createCoder,
  createSegment,
  findCoderByName,
  findSegmentByRange,
  getCoder,
  linkCode,
  requireCode,
  requireCoder,
  softDeleteSegment,
  unlinkCode,
  type ProjectStore,
  type Tx,
} from '../../storage';
import { findConsensusCoderId, listCodedSegmentsIn } from '../../storage/comparison-repo';
import { intersectRanges, unionRanges } from './ranges';

type Params = ValidParams<'resolveDisagreement'>;

export const CONSENSUS_NAME = 'Consensus';
const CONSENSUS_COLOUR = '#6b7f3a';

/** The consensus coder, created on first use (named "Consensus", or "Consensus 2"… if a human took the name). */
function ensureConsensusCoder(tx: Tx): CoderRow {
  const existing = findConsensusCoderId(tx.conn);
  if (existing !== null) return getCoder(tx.conn, existing) as CoderRow;
  let name = CONSENSUS_NAME;
  for (let n = 2; findCoderByName(tx.conn, name) !== null; n++) name = `${CONSENSUS_NAME} ${n}`;
  return createCoder(tx, { name, colour: CONSENSUS_COLOUR, kind: 'consensus' });
}

/** The consensus ranges a resolution asks for, from the two coders' ranges inside the disagreement. */
export function resolvedRanges(resolution: Resolution, a: readonly Interval[], b: readonly Interval[]): Interval[] {
  switch (resolution.kind) {
    case 'acceptA':
      return unionRanges(a);
    case 'acceptB':
      return unionRanges(b);
    case 'union':
      return unionRanges([...a, ...b]);
    case 'intersection':
      return intersectRanges(a, b);
    case 'edit':
      return [{ start: resolution.start, end: resolution.end }];
  }
}

const LABEL: Record<Resolution['kind'], string> = {
  acceptA: 'accepted coder A',
  acceptB: 'accepted coder B',
  union: 'took the union',
  intersection: 'took the intersection',
  edit: 'edited the range',
};

/**
 * Writes the consensus coding of one disagreement as ONE mutation (so one undo step): creates the
 * consensus coder if needed, removes the code from the consensus coder's earlier segments inside the
 * extent (a re-resolution replaces, never stacks), and codes the resolved ranges. The coders'
 * segments are read again here rather than trusted from the caller, so a stale view cannot write
 * ranges that no longer match the codings.
 */
export function resolveDisagreement(store: ProjectStore, params: Params): ResolveResult {
  const codeId = params.codeId;
  const documentId = params.documentId;
  for (const id of [params.coderA, params.coderB]) {
    requireCoder(store.conn, id);
  }
  const code = requireCode(store.conn, codeId);
  const within = { codeId, documentId, start: params.start, end: params.end };
  const a = listCodedSegmentsIn(store.conn, { ...within, coderId: params.coderA });
  const b = listCodedSegmentsIn(store.conn, { ...within, coderId: params.coderB });
  if (a.length === 0 && b.length === 0) {
    throw new DomainError('not-found', `Neither coder has “${code.name}” in ${params.start}–${params.end} of this document any more.`);
  }
  const ranges = resolvedRanges(params.resolution, a, b);
  const { value } = store.mutate(
    { coderId: null, action: 'resolve-disagreement', summary: `Consensus on “${code.name}”: ${LABEL[params.resolution.kind]}` },
    (tx) => {
      const consensus = ensureConsensusCoder(tx);
      // The earlier resolution may reach beyond this extent (an edit); replace whatever it touches.
      const earlier = listCodedSegmentsIn(tx.conn, { ...within, coderId: consensus.id });
      for (const s of earlier) {
        unlinkCode(tx, s.id, codeId);
        if (s.codeCount <= 1) softDeleteSegment(tx, s.id);
      }
      for (const r of ranges) {
        const at = findSegmentByRange(tx.conn, documentId, r.start, r.end, consensus.id);
        if (at !== null) linkCode(tx, at, codeId, consensus.id);
        else createSegment(tx, { documentId, start: r.start, end: r.end, coderId: consensus.id, codeIds: [codeId] });
      }
      return consensus;
    },
  );
  return { consensusCoder: value, ranges };
}
