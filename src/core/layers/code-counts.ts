import type { CodeId } from '../ids';

interface CountedCode {
  readonly id: CodeId;
  readonly parentId: CodeId | null;
}

/**
 * Distinct segments and documents per code over some codings, each ancestor counting what its
 * descendants have (a theme counts a segment once even when two of its concepts code it): the
 * figure's n and informant counts for a chosen layer of codings.
 */
export function countCodings(
  codes: readonly CountedCode[],
  codings: readonly { readonly codeId: CodeId; readonly segmentId: string; readonly documentId: string }[],
): Map<CodeId, { segments: number; documents: number }> {
  const parent = new Map(codes.map((c) => [c.id as string, c.parentId] as const));
  const segments = new Map<string, Set<string>>();
  const documents = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key);
    if (set === undefined) map.set(key, new Set([value]));
    else set.add(value);
  };
  for (const c of codings) {
    // The walk is bounded by the three Gioia levels, which also stops a corrupt parent cycle.
    let id: string | null | undefined = c.codeId;
    for (let hops = 0; id !== null && id !== undefined && parent.has(id) && hops < 3; hops++) {
      add(segments, id, c.segmentId);
      add(documents, id, c.documentId);
      id = parent.get(id);
    }
  }
  return new Map(codes.map((c) => [c.id, { segments: segments.get(c.id)?.size ?? 0, documents: documents.get(c.id)?.size ?? 0 }]));
}
