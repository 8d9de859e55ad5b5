import { tallyOf, type CodebookChangeKind, type TimelineEntry } from '../../core/history';
import type { EventSeq } from '../../core/ids';
import type { ValidParams } from '../../shared/contract';
import type { TrailChanges, TrailTimeline } from '../../shared/features/trail-types';
import { eventSpan, listMilestones, type ProjectStore } from '../../storage';
import { IMPORT_ACTION } from '../exchange/import-record';
import { trailReplay, type LateStart } from './replay';
import { trailScope } from './scope';

const KINDS: readonly CodebookChangeKind[] = ['created', 'deleted', 'restored', 'renamed', 'moved', 'merged', 'split'];

/** The sentence the trail shows when the log starts after the data. */
export function lateStartSentence(late: LateStart | null): string | null {
  if (late === null) return null;
  if (late.action === IMPORT_ACTION)
    return (
      `This project was made from a REFI-QDA file on ${late.at.slice(0, 10)} (event #${late.seq}, “${late.summary}”): ` +
      `${late.codes} codes, ${late.codings} codings and ${late.documents} documents came with it. ` +
      'The log keeps the import as its starting point rather than row by row; the trail starts from what was imported.'
    );
  return (
    `This project's event log starts on ${late.at.slice(0, 10)} (event #${late.seq}), after its data: ` +
    `${late.codes} codes, ${late.codings} codings and ${late.documents} documents were already there. ` +
    'A blind coder package starts its log afresh, so that no other coder’s work can be brought back; ' +
    'the trail shows what was there then as its starting point.'
  );
}

export function getTimeline(store: ProjectStore, params: ValidParams<'getTrailTimeline'>): TrailTimeline {
  const replay = trailReplay(store);
  const scope = trailScope(store, params.filter);
  const ledger = replay.ledger;
  const span = eventSpan(store.conn);
  const names = new Map(store.listDocuments().map((d) => [d.id as string, d.name] as const));
  const changeCounts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<CodebookChangeKind, number>;
  for (const e of ledger.entries) for (const c of e.changes) changeCounts[c.kind]++;
  return {
    firstSeq: span?.first ?? null,
    lastSeq: span?.last ?? null,
    firstAt: span?.firstAt ?? null,
    lastAt: span?.lastAt ?? null,
    events: span?.count ?? 0,
    startsLate: lateStartSentence(replay.lateStart),
    days: ledger.dayActivity().map((d) => {
      const t = tallyOf(d.codings, scope.coderIds);
      return {
        day: d.day,
        firstSeq: d.firstSeq,
        lastSeq: d.lastSeq,
        events: d.events,
        conceptsCreated: d.conceptsCreated,
        codingsAdded: t.added,
        codingsRemoved: t.removed,
      };
    }),
    documents: ledger
      .documentActivity()
      .filter((d) => names.has(d.documentId))
      .map((d) => {
        const t = tallyOf(d.codings, scope.coderIds);
        const firsts = Object.entries(d.firstCoded)
          .filter(([coder]) => scope.coderIds === null || scope.coderIds.has(coder))
          .map(([, seq]) => seq);
        return {
          documentId: d.documentId,
          name: names.get(d.documentId) ?? '',
          firstCodedSeq: firsts.length === 0 ? null : (Math.min(...firsts) as EventSeq),
          codingsAdded: t.added,
          codingsRemoved: t.removed,
        };
      }),
    milestones: listMilestones(store.conn),
    changeCounts,
    codings: scope.note,
  };
}

/** The newest `limit` codebook changes at or before `uptoSeq`, of the asked kinds, newest first. */
export function listTrailChanges(store: ProjectStore, params: ValidParams<'listTrailChanges'>): TrailChanges {
  const entries = trailReplay(store).ledger.entries;
  const kinds = params.kinds === undefined ? null : new Set<string>(params.kinds);
  const upto = params.uptoSeq ?? Number.MAX_SAFE_INTEGER;
  const matching: TimelineEntry[] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e === undefined || e.seq > upto) continue;
    const changes = kinds === null ? e.changes : e.changes.filter((c) => kinds.has(c.kind));
    if (changes.length === 0 && (kinds !== null || (e.documentsAdded === 0 && e.documentsRemoved === 0))) continue;
    matching.push(changes === e.changes ? e : { ...e, changes });
  }
  return { total: matching.length, entries: matching.slice(0, params.limit) };
}
