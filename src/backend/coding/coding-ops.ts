import type { CodeId, CoderId, SegmentId } from '../../core/ids';
import { snapQuoteRange } from '../../core/quote-bounds';
import { DomainError } from '../../core/result';
import type { ValidParams } from '../../shared/contract';
import type { CodingResult } from '../../shared/features/coding-types';
import type { SegmentRow } from '../../shared/types';
import {
  codeRowWithCounts,
  createCode,
  createSegment,
  findCodeByName,
  findSegmentByRange,
  getSegment,
  linkCode,
  liveCodeCount,
  liveDocumentText,
  requireCode,
  requireCoder,
  requireValidRange,
  resizeSegment as resizeSegmentRow,
  softDeleteSegment,
  unlinkCode,
  type ProjectStore,
  type Tx,
} from '../../storage';
import { quoted, requireActiveCoder } from './active-coder';
import { defaultColour } from './colours';
import { inVivoName } from './in-vivo';

/** The contract's params, validated: ids arrive typed. */
export type CodeSelectionInput = ValidParams<'codeSelection'>;

/** The range snapped to word edges (see snapQuoteRange), refused when it holds no word. */
function tidyRange(doc: { name: string; text: string }, start: number, end: number): { start: number; end: number } {
  const range = snapQuoteRange(doc.text, start, end);
  if (range === null) throw new DomainError('invalid-arguments', `The selection in "${doc.name}" holds no words to code.`);
  return range;
}

/**
 * Codes a selection for the active coder. The range is checked against the stored text before
 * anything is written and snapped to word edges (no edge whitespace or stray punctuation), and
 * re-coding exactly the same range adds codes to the coder's existing segment rather than stacking
 * a duplicate on top of it.
 */
export function codeSelection(store: ProjectStore, selection: CodeSelectionInput): CodingResult {
  const conn = store.conn;
  const coder = selection.coderId === undefined ? requireActiveCoder(conn) : requireCoder(conn, selection.coderId);
  const doc = liveDocumentText(conn, selection.documentId);
  requireValidRange(doc, selection.start, selection.end);
  const input = { ...selection, ...tidyRange(doc, selection.start, selection.end) };
  const existing = input.codeIds.map((id) => requireCode(conn, id));
  const newName = input.inVivo ? inVivoName(doc.text.slice(input.start, input.end)) : input.newConcept?.name.trim();
  if (newName === '') throw new DomainError('invalid-arguments', `The selection in "${doc.name}" has no words to name a concept after.`);
  // In-vivo coding the same words twice means the same concept; an explicitly new name must be new.
  const reuse = newName === undefined ? null : findCodeByName(conn, 'concept', newName);
  if (reuse !== null && !input.inVivo) {
    throw new DomainError('conflict', `A 1st-order concept named “${newName}” already exists; apply it instead of creating it again.`);
  }
  const names = [...existing.map((c) => c.name), ...(newName === undefined ? [] : [newName])];
  const summary = `${input.inVivo && reuse === null ? 'In-vivo' : 'Apply'} ${quoted(names)}`;
  const { value } = store.mutate({ coderId: coder.id, action: 'code-selection', summary }, (tx) => {
    const codeIds: CodeId[] = existing.map((c) => c.id);
    let created: CodeId | null = null;
    if (newName !== undefined) {
      if (reuse !== null) codeIds.push(reuse.id);
      else {
        const colour = input.newConcept?.colour ?? defaultColour(tx.conn, 'concept', null);
        created = createCode(tx, { level: 'concept', name: newName, colour, createdBy: coder.id, inVivo: input.inVivo });
        codeIds.push(created);
      }
    }
    const segmentId = reuseOrCreateSegment(tx, input, coder.id, [...new Set(codeIds)]);
    return { segmentId, created };
  });
  return {
    segment: getSegment(conn, value.segmentId),
    createdCodes: value.created === null ? [] : [codeRowWithCounts(conn, value.created)].filter((c) => c !== null),
  };
}

function reuseOrCreateSegment(tx: Tx, input: CodeSelectionInput, coderId: CoderId, codeIds: CodeId[]): SegmentId {
  const found = findSegmentByRange(tx.conn, input.documentId, input.start, input.end, coderId);
  if (found === null) {
    return createSegment(tx, {
      documentId: input.documentId,
      start: input.start,
      end: input.end,
      coderId,
      codeIds,
    });
  }
  for (const codeId of codeIds) linkCode(tx, found, codeId, coderId);
  return found;
}

export function applyCode(store: ProjectStore, segmentId: SegmentId, codeId: CodeId): SegmentRow {
  const conn = store.conn;
  const coder = requireActiveCoder(conn);
  getSegment(conn, segmentId);
  const code = requireCode(conn, codeId);
  store.mutate({ coderId: coder.id, action: 'apply-code', summary: `Apply ${quoted([code.name])}` }, (tx) =>
    linkCode(tx, segmentId, code.id, coder.id),
  );
  return getSegment(conn, segmentId);
}

/** Removes one code; a segment left with no live code is deleted too, in the same undo step. */
export function removeCode(store: ProjectStore, segmentId: string, codeId: string): SegmentRow | null {
  const conn = store.conn;
  const segment = getSegment(conn, segmentId);
  const code = requireCode(conn, codeId);
  if (!segment.codeIds.includes(code.id)) {
    throw new DomainError('not-found', `The segment “${excerpt(segment.quote)}” is not coded with “${code.name}”.`);
  }
  const { value } = store.mutate(
    { coderId: requireActiveCoder(conn).id, action: 'remove-code', summary: `Remove ${quoted([code.name])}` },
    (tx) => {
      unlinkCode(tx, segment.id, code.id);
      if (liveCodeCount(tx.conn, segment.id) > 0) return false;
      softDeleteSegment(tx, segment.id);
      return true;
    },
  );
  return value ? null : getSegment(conn, segmentId);
}

export function resizeSegment(store: ProjectStore, segmentId: string, requestedStart: number, requestedEnd: number): SegmentRow {
  const conn = store.conn;
  const segment = getSegment(conn, segmentId);
  const doc = liveDocumentText(conn, segment.documentId);
  requireValidRange(doc, requestedStart, requestedEnd);
  const { start, end } = tidyRange(doc, requestedStart, requestedEnd);
  store.mutate({ coderId: requireActiveCoder(conn).id, action: 'resize-segment', summary: `Resize “${excerpt(segment.quote)}”` }, (tx) =>
    resizeSegmentRow(tx, segment.id, start, end),
  );
  return getSegment(conn, segmentId);
}

export function deleteSegment(store: ProjectStore, segmentId: string): null {
  const conn = store.conn;
  const segment = getSegment(conn, segmentId);
  store.mutate(
    { coderId: requireActiveCoder(conn).id, action: 'delete-segment', summary: `Delete segment “${excerpt(segment.quote)}”` },
    (tx) => softDeleteSegment(tx, segment.id),
  );
  return null;
}

/** Short form of a quote for labels and messages. */
export function excerpt(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length <= 40 ? flat : `${flat.slice(0, 39)}…`;
}
