import type { CodeId, DocumentId } from '../../core/ids';
import { snapQuoteRange } from '../../core/quote-bounds';
import { DomainError } from '../../core/result';
import { sentenceAround } from '../../core/sentence-bounds';
import type { ValidParams } from '../../shared/contract';
import type { CodeHitsResult } from '../../shared/features/coding-types';
import {
  codeRowWithCounts,
  createCode,
  createSegment,
  findCodeByName,
  findSegmentByRange,
  linkCode,
  listTurns,
  liveDocumentText,
  requireCode,
  type ProjectStore,
} from '../../storage';
import { quoted, requireActiveCoder } from './active-coder';
import { defaultColour } from './colours';
import { searchText } from './search';

/** More hits than this in one step is a search to narrow first, not a coding. */
export const MAX_CODED_HITS = 5000;

export type HitExtent = 'match' | 'sentence' | 'turn';

/** `hits`: the ones to code, as the search returned them (all when omitted); `conceptName`: existing or created in the same step. */
export type CodeHitsInput = ValidParams<'codeSearchHits'>;

/**
 * Codes search hits for the active coder in one mutation (one undo step): each hit — or its
 * sentence, or its whole turn — snapped to word edges like any coding. A range the coder already
 * coded gets the code added; a range already carrying it is counted and left alone.
 */
export function codeSearchHits(store: ProjectStore, input: CodeHitsInput): CodeHitsResult {
  const conn = store.conn;
  const coder = requireActiveCoder(conn);
  const found = searchText(store, input.query, MAX_CODED_HITS + 1, input);
  if (found.hits.length > MAX_CODED_HITS) {
    throw new DomainError(
      'invalid-arguments',
      `“${input.query}” has more than ${MAX_CODED_HITS} hits; narrow the search before coding them.`,
    );
  }
  const wanted = input.hits === undefined ? null : new Set(input.hits.map((h) => `${h.documentId}:${h.start}:${h.end}`));
  const hits = found.hits.filter((h) => wanted === null || wanted.has(`${h.documentId}:${h.start}:${h.end}`));
  if (hits.length === 0) throw new DomainError('not-found', `No hit of “${input.query}” to code.`);
  const existing = input.codeId === undefined ? null : requireCode(conn, input.codeId);
  const name = input.conceptName?.trim();
  if (existing === null && (name === undefined || name === ''))
    throw new DomainError('invalid-arguments', 'Give a code or a concept name to code the hits with.');
  const reuse = existing ?? (name === undefined ? null : findCodeByName(conn, 'concept', name));

  const ranges = new Map<string, { documentId: DocumentId; start: number; end: number }>();
  for (const hit of hits) {
    const doc = liveDocumentText(conn, hit.documentId);
    let range: { start: number; end: number } | null = { start: hit.start, end: hit.end };
    if (input.extent !== 'match') {
      const turn = listTurns(conn, hit.documentId).find((t) => t.start <= hit.start && hit.start < t.end);
      const from = turn?.textStart ?? 0;
      const to = turn?.end ?? doc.text.length;
      range = input.extent === 'turn' ? { start: from, end: to } : sentenceAround(doc.text, hit.start, hit.end, from, to);
    }
    range = snapQuoteRange(doc.text, range.start, range.end);
    if (range !== null) ranges.set(`${hit.documentId}:${range.start}:${range.end}`, { documentId: hit.documentId, ...range });
  }
  const label = existing?.name ?? name ?? '';
  const { value } = store.mutate(
    { coderId: coder.id, action: 'code-search-hits', summary: `Apply ${quoted([label])} to ${ranges.size} hits of “${input.query}”` },
    (tx) => {
      let codeId: CodeId;
      let created: CodeId | null = null;
      if (reuse !== null) codeId = reuse.id;
      else {
        created = createCode(tx, {
          level: 'concept',
          name: label,
          colour: defaultColour(tx.conn, 'concept', null),
          createdBy: coder.id,
          inVivo: false,
        });
        codeId = created;
      }
      let coded = 0;
      let already = 0;
      for (const r of ranges.values()) {
        const segment = findSegmentByRange(tx.conn, r.documentId, r.start, r.end, coder.id);
        if (segment === null) {
          createSegment(tx, { documentId: r.documentId, start: r.start, end: r.end, coderId: coder.id, codeIds: [codeId] });
          coded++;
        } else if (tx.read('segment_codes', { segment_id: segment, code_id: codeId })) already++;
        else {
          linkCode(tx, segment, codeId, coder.id);
          coded++;
        }
      }
      return { coded, already, created };
    },
  );
  return {
    coded: value.coded,
    alreadyCoded: value.already,
    createdCode: value.created === null ? null : codeRowWithCounts(conn, value.created),
  };
}
