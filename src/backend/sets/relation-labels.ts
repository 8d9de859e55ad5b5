import { tidyQuoteText } from '../../core/quote-bounds';
import type { RelationRow } from '../../shared/features/sets-types';
import { listMemos, relationEndLabels, type ProjectStore, type RelationRecord } from '../../storage';

const ARROW: Readonly<Record<RelationRow['direction'], string>> = { associative: '—', 'one-way': '→', bidirectional: '↔' };

function shortQuote(quote: string): string {
  const flat = tidyQuoteText(quote).replace(/\s+/g, ' ');
  return `“${flat.length > 50 ? `${flat.slice(0, 49)}…` : flat}”`;
}

/** Relations as the API shows them: each end named as it is now, and the relation's memo. */
export function relationRows(store: ProjectStore, records: readonly RelationRecord[]): RelationRow[] {
  const labels = relationEndLabels(
    store.conn,
    records.flatMap((r) => [
      { kind: r.originKind, id: r.originId },
      { kind: r.targetKind, id: r.targetId },
    ]),
  );
  const memos = new Map<string, string>();
  for (const m of listMemos(store.conn))
    if (m.targetKind === 'relation' && m.targetId !== null && !memos.has(m.targetId)) memos.set(m.targetId, m.bodyText);
  const end = (kind: RelationRecord['originKind'], id: string) => {
    const raw = labels.get(`${kind}:${id}`) ?? null;
    return { kind, id, label: raw === null ? null : kind === 'segment' ? shortQuote(raw) : raw };
  };
  return records.map((r) => ({
    id: r.id,
    name: r.name,
    direction: r.direction,
    colour: r.colour,
    origin: end(r.originKind, r.originId),
    target: end(r.targetKind, r.targetId),
    memo: memos.get(r.id) ?? '',
  }));
}

/** "A → B (causes)" per relation id, for memo lists and reports. */
export function relationLabels(store: ProjectStore, records: readonly RelationRecord[]): Map<string, string> {
  return new Map(
    relationRows(store, records).map((r) => [
      r.id as string,
      `${r.origin.label ?? '(gone)'} ${ARROW[r.direction]} ${r.target.label ?? '(gone)'}${r.name === '' ? '' : ` (${r.name})`}`,
    ]),
  );
}
