import type { CodebookChange, TimelineEntry } from '../../../core/history';
import { msg } from '../../messages';

/** One codebook change in words ("merged “A” into “B”"). */
export function changeWords(c: CodebookChange): string {
  const w = msg.trail.change;
  switch (c.kind) {
    case 'created':
    case 'deleted':
    case 'restored':
      return w[c.kind](c.code.name);
    case 'renamed':
      return w.renamed(c.code.name, c.fromName);
    case 'moved':
      return w.moved(c.code.name, c.to?.name ?? null);
    case 'merged':
      return w.merged(c.code.name, c.into.name);
    case 'split':
      return w.split(c.code.name, c.from.name);
  }
}

/** Listed one by one up to this many; an event with more (an import, a merge of projects) is counted by kind. */
const LISTED = 3;

/** What a timeline entry did, in one line: its codebook changes, then documents added or removed. */
export function entryWords(e: TimelineEntry): string {
  let parts: string[];
  if (e.changes.length <= LISTED) parts = e.changes.map(changeWords);
  else {
    const byKind = new Map<CodebookChange['kind'], number>();
    for (const c of e.changes) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
    parts = [...byKind].map(([kind, n]) => msg.trail.kindCounts[kind](n));
  }
  const docs = msg.trail.documentsChanged(e.documentsAdded, e.documentsRemoved);
  if (docs !== '') parts.push(docs);
  return parts.join('; ');
}
