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

/** What a timeline entry did, in one line: its codebook changes, then documents added or removed. */
export function entryWords(e: TimelineEntry): string {
  const parts = e.changes.map(changeWords);
  const docs = msg.trail.documentsChanged(e.documentsAdded, e.documentsRemoved);
  if (docs !== '') parts.push(docs);
  return parts.join('; ');
}
