import type { Turn } from './turns';

/**
 * Where a transcript's text is in its recording. Anchors pair a document offset (UTF-16) with a
 * time in milliseconds; between two anchors time runs linearly with the text, so a turn without a
 * time of its own gets one from its neighbours.
 *
 * Anchors come from two places: the cue times a VTT/SRT transcript brought (each turn's start and
 * end) and the sync points a coder set while listening. A sync point is the coder's word, so it wins
 * where the two disagree: a cue time out of order with the sync points around it is left out, as is
 * a cue that runs backwards against the cue before it (overlapping captions). The text before the
 * first anchor starts at 0:00 and, when the recording's duration is known, the text after the last
 * runs to its end.
 *
 * @example
 * const t = buildTimeline({ textLength: 100, turns: [], syncPoints: [{ offset: 50, ms: 10_000 }], durationMs: 30_000 });
 * offsetToMs(t, 25); // 5000 — halfway to the sync point
 * offsetToMs(t, 75); // 20000 — halfway from it to the end of the recording
 */
export interface SyncPoint {
  readonly offset: number;
  readonly ms: number;
}

export type AnchorSource = 'sync' | 'cue' | 'start' | 'end';

export interface TimelineAnchor extends SyncPoint {
  readonly source: AnchorSource;
}

export interface MediaTimeline {
  /** Strictly increasing offsets, non-decreasing times. Empty when nothing places the text in time. */
  readonly anchors: readonly TimelineAnchor[];
  readonly textLength: number;
  readonly durationMs: number | null;
}

export interface TimelineInput {
  readonly textLength: number;
  readonly turns: readonly Pick<Turn, 'start' | 'end' | 'startMs' | 'endMs'>[];
  readonly syncPoints: readonly SyncPoint[];
  readonly durationMs: number | null;
}

/** Sync points that disagree with `point` about the order of text and time (an earlier place at a later time, or the reverse). */
export function conflictingSyncPoints(points: readonly SyncPoint[], point: SyncPoint): SyncPoint[] {
  return points.filter((p) => p.offset !== point.offset && (p.offset < point.offset ? p.ms > point.ms : p.ms < point.ms));
}

/** The cue times of a transcript's turns as anchors, in text order. */
export function cueAnchors(turns: TimelineInput['turns']): SyncPoint[] {
  const out: SyncPoint[] = [];
  for (const t of turns) {
    if (t.startMs !== null) out.push({ offset: t.start, ms: t.startMs });
    if (t.endMs !== null && t.end > t.start) out.push({ offset: t.end, ms: t.endMs });
  }
  return out;
}

export function buildTimeline(input: TimelineInput): MediaTimeline {
  const syncs = keepIncreasing([...input.syncPoints].sort((a, b) => a.offset - b.offset));
  const syncOffsets = new Set(syncs.map((s) => s.offset));
  const merged: TimelineAnchor[] = [];
  let s = 0;
  let lastMs = -Infinity;
  let lastOffset = -Infinity;
  const cues = cueAnchors(input.turns).sort((a, b) => a.offset - b.offset);
  const pushSync = (p: SyncPoint) => {
    merged.push({ ...p, source: 'sync' });
    lastMs = p.ms;
    lastOffset = p.offset;
  };
  for (const cue of cues) {
    while (s < syncs.length && syncs[s]!.offset <= cue.offset) pushSync(syncs[s++]!);
    const next = syncs[s];
    const last = merged[merged.length - 1];
    if (last?.source === 'cue' && last.offset === cue.offset && cue.ms >= last.ms && (next === undefined || cue.ms <= next.ms)) {
      // A turn that starts where the one before ends: the later time (this turn's start) is when it is heard.
      merged[merged.length - 1] = { ...cue, source: 'cue' };
      lastMs = cue.ms;
      continue;
    }
    const fits = cue.offset > lastOffset && cue.ms >= lastMs && (next === undefined || cue.ms <= next.ms);
    if (!fits || syncOffsets.has(cue.offset)) continue;
    merged.push({ ...cue, source: 'cue' });
    lastMs = cue.ms;
    lastOffset = cue.offset;
  }
  while (s < syncs.length) pushSync(syncs[s++]!);
  return { anchors: withEnds(merged, input.textLength, input.durationMs), textLength: input.textLength, durationMs: input.durationMs };
}

/** Drops points that would make time run backwards (the earlier-placed one is kept). */
function keepIncreasing(points: readonly SyncPoint[]): SyncPoint[] {
  const out: SyncPoint[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last !== undefined && (p.offset === last.offset || p.ms < last.ms)) continue;
    out.push(p);
  }
  return out;
}

function withEnds(anchors: TimelineAnchor[], length: number, durationMs: number | null): TimelineAnchor[] {
  if (anchors.length === 0) {
    if (durationMs === null || length === 0) return [];
    return [
      { offset: 0, ms: 0, source: 'start' },
      { offset: length, ms: durationMs, source: 'end' },
    ];
  }
  const out = anchors;
  if (out[0]!.offset > 0) out.unshift({ offset: 0, ms: 0, source: 'start' });
  const last = out[out.length - 1]!;
  if (last.offset < length) {
    if (durationMs !== null && durationMs >= last.ms) out.push({ offset: length, ms: durationMs, source: 'end' });
    else if (out.length >= 2) {
      // No duration to run to: carry on at the pace of the text already placed.
      const first = out[0]!;
      const rate = (last.ms - first.ms) / (last.offset - first.offset);
      if (rate > 0) out.push({ offset: length, ms: Math.round(last.ms + rate * (length - last.offset)), source: 'end' });
    }
  }
  return out;
}

/** Index of the last anchor at or before `offset` (-1 when none). */
function anchorBefore(anchors: readonly TimelineAnchor[], offset: number): number {
  let lo = 0;
  let hi = anchors.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid]!.offset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The time of a document offset; null when the timeline has no anchors. */
export function offsetToMs(timeline: MediaTimeline, offset: number): number | null {
  const { anchors } = timeline;
  if (anchors.length === 0) return null;
  const i = anchorBefore(anchors, offset);
  if (i < 0) return anchors[0]!.ms;
  const a = anchors[i]!;
  const b = anchors[i + 1];
  if (b === undefined || offset === a.offset) return a.ms;
  return Math.round(a.ms + ((offset - a.offset) / (b.offset - a.offset)) * (b.ms - a.ms));
}

export interface TurnTimes {
  /** Start time of each turn, non-decreasing; empty when the timeline has no anchors. */
  readonly startMs: Float64Array;
  /** Whether the turn's start is a cue time or a sync point rather than interpolated. */
  readonly exact: readonly boolean[];
  /** Whether a coder set a sync point at the turn's start. */
  readonly synced: readonly boolean[];
}

export function turnTimes(timeline: MediaTimeline, turns: readonly Pick<Turn, 'start'>[]): TurnTimes {
  if (timeline.anchors.length === 0) return { startMs: new Float64Array(0), exact: [], synced: [] };
  const startMs = new Float64Array(turns.length);
  const exact: boolean[] = [];
  const synced: boolean[] = [];
  for (const [i, turn] of turns.entries()) {
    startMs[i] = offsetToMs(timeline, turn.start) ?? 0;
    const at = timeline.anchors[anchorBefore(timeline.anchors, turn.start)];
    const here = at !== undefined && at.offset === turn.start;
    exact.push(here && (at.source === 'sync' || at.source === 'cue'));
    synced.push(here && at.source === 'sync');
  }
  return { startMs, exact, synced };
}

/** The turn playing at `ms`: the last whose start is at or before it; -1 before the first. O(log n), for every frame. */
export function turnAtTime(startMs: ArrayLike<number>, ms: number): number {
  let lo = 0;
  let hi = startMs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (startMs[mid]! <= ms) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The turn the sync key sets next: the one after the last cue time or sync point already heard
 * (at or before `ms`), so pressing the key as each speaker begins walks down the transcript, and
 * pressing it again after rewinding sets that turn over.
 */
export function syncTargetTurn(timeline: MediaTimeline, turns: readonly Pick<Turn, 'start'>[], ms: number): number {
  let heard = -1;
  for (const a of timeline.anchors) {
    if (a.ms > ms) break;
    if (a.source === 'sync' || a.source === 'cue') heard = a.offset;
  }
  if (heard < 0) return turns.length > 0 ? 0 : -1;
  const next = turns.findIndex((t) => t.start > heard);
  return next;
}

/** Shortest clip worth playing: a one-word quote still gets a second of sound. */
const MIN_CLIP_MS = 1000;

/** The span of `[start, end)` in the recording, or null when the timeline cannot place it. */
export function clipOf(timeline: MediaTimeline, start: number, end: number): { startMs: number; endMs: number } | null {
  const a = offsetToMs(timeline, start);
  const b = offsetToMs(timeline, end);
  if (a === null || b === null) return null;
  const limit = timeline.durationMs ?? Infinity;
  const endMs = Math.min(limit, Math.max(b, a + MIN_CLIP_MS));
  return { startMs: Math.min(a, Math.max(0, endMs - MIN_CLIP_MS)), endMs };
}

/** Encoders pad and round; a cue this close past the end still belongs to the recording. */
const OVERRUN_TOLERANCE_MS = 1500;

/** The latest cue or sync time when it lies past the end of a recording of `durationMs`, else null. */
export function timelineOverrun(input: Pick<TimelineInput, 'turns' | 'syncPoints'>, durationMs: number): number | null {
  let latest = 0;
  for (const p of cueAnchors(input.turns)) latest = Math.max(latest, p.ms);
  for (const p of input.syncPoints) latest = Math.max(latest, p.ms);
  return latest > durationMs + OVERRUN_TOLERANCE_MS ? latest : null;
}
