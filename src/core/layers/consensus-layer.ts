import type { CoderId } from '../ids';
import type { CodingFact } from '../matrix/types';

/** One coding (a code on a segment) as the layers need it: the unit the matrices count too. */
export type LayerCoding = CodingFact;

export interface ConsensusOptions {
  /** The consensus coder, whose codings (the resolved disagreements) always belong to the layer. */
  readonly consensusCoderId: CoderId | null;
  /** Human coders, oldest first: the first one coding a document represents an agreed passage. */
  readonly humanCoderIds: readonly CoderId[];
  /** Minimum |a∩b| / |a∪b| for two codings of one code to be the same passage (segment agreement's rule). */
  readonly overlap: number;
}

function overlapRatio(a: LayerCoding, b: LayerCoding): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/**
 * The "consensus only" layer of a study, each passage once:
 *
 * 1. every coding of the consensus coder (a resolved disagreement), and
 * 2. every **agreed** coding: in a document that two or more human coders coded, a coding of the
 *    first of them (in `humanCoderIds` order) with code C counts when every other human coder who
 *    coded that document has a coding with C overlapping it by at least `overlap` — unless the
 *    consensus coder has C somewhere overlapping it, in which case the resolution stands instead.
 *
 * Disputed codings (one coder only, or too little overlap) and documents only one coder coded are
 * left out until they are resolved. The representative's own segment and quote stand for the passage.
 */
export function consensusLayer<T extends LayerCoding>(codings: readonly T[], options: ConsensusOptions): T[] {
  const order = new Map(options.humanCoderIds.map((id, i) => [id as string, i]));
  const out: T[] = [];
  const byDocument = new Map<string, T[]>();
  for (const c of codings) {
    if (c.coderId === options.consensusCoderId) out.push(c);
    else if (order.has(c.coderId)) {
      const list = byDocument.get(c.documentId);
      if (list === undefined) byDocument.set(c.documentId, [c]);
      else list.push(c);
    }
  }
  const resolved = new Map<string, T[]>();
  for (const r of out) {
    const key = `${r.documentId}|${r.codeId}`;
    const group = resolved.get(key);
    if (group === undefined) resolved.set(key, [r]);
    else group.push(r);
  }
  for (const list of byDocument.values()) {
    const coders = [...new Set(list.map((c) => c.coderId as string))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const [first, ...others] = coders;
    if (first === undefined || others.length === 0) continue;
    const byCoderCode = new Map<string, T[]>();
    for (const c of list) {
      const key = `${c.coderId}|${c.codeId}`;
      const group = byCoderCode.get(key);
      if (group === undefined) byCoderCode.set(key, [c]);
      else group.push(c);
    }
    for (const a of list) {
      if (a.coderId !== first) continue;
      const agreed = others.every((o) => (byCoderCode.get(`${o}|${a.codeId}`) ?? []).some((b) => overlapRatio(a, b) >= options.overlap));
      if (!agreed) continue;
      const superseded = (resolved.get(`${a.documentId}|${a.codeId}`) ?? []).some((r) => r.start < a.end && a.start < r.end);
      if (!superseded) out.push(a);
    }
  }
  return out;
}
