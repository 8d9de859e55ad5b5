import { compareStructures, pointView } from '../../core/history';
import type { EventSeq } from '../../core/ids';
import { DomainError } from '../../core/result';
import type { ValidParams } from '../../shared/contract';
import type { StructureAt, TrailComparison } from '../../shared/features/trail-types';
import type { CoderFilter } from '../../shared/schemas';
import { eventAtOrBefore, eventSpan, type ProjectStore } from '../../storage';
import { trailReplay } from './replay';
import { trailScope, type TrailScope } from './scope';

/** A point of the log: `seq` clamped to it, with the event it follows. */
function point(store: ProjectStore, seq: number): { seq: EventSeq; at: string; summary: string } {
  const span = eventSpan(store.conn);
  if (span === null) throw new DomainError('not-found', 'This project has no history yet.');
  const clamped = Math.max(span.first - 1, Math.min(seq, span.last));
  const event = eventAtOrBefore(store.conn, clamped);
  return event === null
    ? { seq: clamped as EventSeq, at: span.firstAt, summary: 'Before the first recorded change' }
    : { seq: clamped as EventSeq, at: event.at, summary: event.summary };
}

/** Points asked for lately, per project: a slider dragged back and forth asks for the same ones again. */
const recent = new WeakMap<ProjectStore['conn'], { head: number; points: Map<string, StructureAt> }>();
const RECENT_POINTS = 16;

/** The codebook and its counts after event `seq`, replayed from the log. */
export function structureAt(store: ProjectStore, seq: number, scope: TrailScope): StructureAt {
  const p = point(store, seq);
  const replay = trailReplay(store);
  const head = replay.lastSeq;
  let cache = recent.get(store.conn);
  // Kept for the log as it is: a new event empties them (cheap, and never stale).
  if (cache === undefined || cache.head !== head) recent.set(store.conn, (cache = { head, points: new Map() }));
  const key = `${p.seq}|${JSON.stringify(scope.replay)}`;
  const hit = cache.points.get(key);
  if (hit !== undefined) return hit;
  const state = replay.stateAt(p.seq);
  const view = pointView(state, scope.replay, replay.ledger.codesCreatedBy(p.seq));
  const result = { ...p, codes: view.codes, counts: view.counts };
  cache.points.set(key, result);
  if (cache.points.size > RECENT_POINTS) cache.points.delete(cache.points.keys().next().value ?? key);
  return result;
}

export function getStructureAt(store: ProjectStore, params: { seq: number; filter?: CoderFilter | undefined }): StructureAt {
  return structureAt(store, params.seq, trailScope(store, params.filter));
}

/** Two points compared; the earlier is `from` whichever order they are given in. */
export function compareTrailPoints(store: ProjectStore, params: ValidParams<'compareTrailPoints'>): TrailComparison {
  const scope = trailScope(store, params.filter);
  const [a, b] = params.fromSeq <= params.toSeq ? [params.fromSeq, params.toSeq] : [params.toSeq, params.fromSeq];
  const from = structureAt(store, a, scope);
  const to = structureAt(store, b, scope);
  const between = trailReplay(store).ledger.entriesBetween(from.seq, to.seq);
  const { codes, counts } = compareStructures(from.codes, to.codes, between);
  const info = (s: StructureAt) => ({ seq: s.seq, at: s.at, summary: s.summary, counts: s.counts });
  return { from: info(from), to: info(to), codes, counts };
}
