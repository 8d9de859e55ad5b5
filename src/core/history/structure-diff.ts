import type { TimelineEntry } from './trail-ledger';
import type { CodeRow } from '../codebook';

/** How a code differs between two points of the analysis. */
export type StructureMark = 'added' | 'removed' | 'merged' | 'moved' | 'renamed';

export interface MarkedCode extends CodeRow {
  readonly mark: StructureMark | null;
  /** Says what changed in words: "merged into “Trust”", "moved from “Speed” to “Care”", "was “trust”". */
  readonly note: string | null;
}

export interface StructureComparison {
  /** The later point's codes, plus the earlier point's codes that are gone, each marked. */
  readonly codes: readonly MarkedCode[];
  readonly counts: Readonly<Record<StructureMark, number>>;
}

const q = (name: string) => `“${name}”`;

/**
 * Compares the codebook at an earlier point (`before`) with a later one (`after`). A code only in
 * `after` is added; one only in `before` is merged when the timeline between them merged it into a
 * code that is still there (following merges of merges), otherwise removed; a code in both is moved
 * when its parent changed and renamed when its name did. Gone codes keep their earlier parent when
 * that parent is still drawn, so they show where they were.
 */
export function compareStructures(
  before: readonly CodeRow[],
  after: readonly CodeRow[],
  between: readonly TimelineEntry[],
): StructureComparison {
  const then = new Map(before.map((c) => [c.id as string, c] as const));
  const now = new Map(after.map((c) => [c.id as string, c] as const));
  const mergedInto = new Map<string, string>();
  for (const e of between) for (const ch of e.changes) if (ch.kind === 'merged') mergedInto.set(ch.code.id, ch.into.id);
  const finalTarget = (id: string): string | null => {
    const seen = new Set<string>();
    let at: string | undefined = mergedInto.get(id);
    while (at !== undefined && !now.has(at) && !seen.has(at)) {
      seen.add(at);
      at = mergedInto.get(at);
    }
    return at !== undefined && now.has(at) ? at : null;
  };
  const nameIn = (id: string | null, where: ReadonlyMap<string, CodeRow>) => (id === null ? null : (where.get(id)?.name ?? null));

  const counts: Record<StructureMark, number> = { added: 0, removed: 0, merged: 0, moved: 0, renamed: 0 };
  const out: MarkedCode[] = [];
  for (const c of after) {
    const old = then.get(c.id);
    let mark: StructureMark | null = null;
    const notes: string[] = [];
    if (old === undefined) mark = 'added';
    else {
      if (old.parentId !== c.parentId) {
        mark = 'moved';
        const from = nameIn(old.parentId, then);
        const to = nameIn(c.parentId, now);
        notes.push(
          from === null ? `grouped under ${q(to ?? '')}` : to === null ? `ungrouped from ${q(from)}` : `moved from ${q(from)} to ${q(to)}`,
        );
      }
      if (old.name !== c.name) {
        mark ??= 'renamed';
        notes.push(`was ${q(old.name)}`);
      }
    }
    if (mark !== null) counts[mark]++;
    out.push({ ...c, mark, note: notes.length > 0 ? notes.join('; ') : null });
  }
  const drawn = new Set([...now.keys(), ...before.filter((c) => !now.has(c.id)).map((c) => c.id as string)]);
  for (const c of before) {
    if (now.has(c.id)) continue;
    const target = finalTarget(c.id);
    const mark: StructureMark = target === null ? 'removed' : 'merged';
    counts[mark]++;
    const parentId = c.parentId !== null && drawn.has(c.parentId) ? c.parentId : null;
    out.push({
      ...c,
      parentId: parentId,
      mark,
      note: target === null ? 'removed' : `merged into ${q(now.get(target)?.name ?? '')}`,
    });
  }
  return { codes: out, counts };
}
