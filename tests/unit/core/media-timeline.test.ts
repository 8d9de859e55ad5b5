import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  clipOf,
  conflictingSyncPoints,
  offsetToMs,
  syncTargetTurn,
  timelineOverrun,
  turnAtTime,
  turnTimes,
} from '../../../src/core/media-timeline';

const turn = (start: number, end: number, startMs: number | null = null, endMs: number | null = null) => ({ start, end, startMs, endMs });

describe('the media timeline', () => {
  it('interpolates between a sync point and the ends of the recording', () => {
    const t = buildTimeline({ textLength: 100, turns: [], syncPoints: [{ offset: 50, ms: 10_000 }], durationMs: 30_000 });
    expect(offsetToMs(t, 25)).toBe(5000);
    expect(offsetToMs(t, 75)).toBe(20_000);
  });

  it('places text in time from the cue times of the turns', () => {
    const t = buildTimeline({ textLength: 20, turns: [turn(0, 10, 0, 2000), turn(10, 20, 4000, 6000)], syncPoints: [], durationMs: null });
    expect(offsetToMs(t, 10)).toBe(4000);
    expect(offsetToMs(t, 15)).toBe(5000);
  });

  it('lets a sync point win over a cue time that disagrees with it', () => {
    const t = buildTimeline({
      textLength: 20,
      turns: [turn(0, 10, 0, null), turn(10, 20, 9000, null)],
      syncPoints: [{ offset: 5, ms: 10_000 }],
      durationMs: 20_000,
    });
    expect(t.anchors.some((a) => a.source === 'cue' && a.ms === 9000)).toBe(false);
  });

  it('has no times at all without cues, sync points or a duration', () => {
    const t = buildTimeline({ textLength: 20, turns: [turn(0, 20)], syncPoints: [], durationMs: null });
    expect(offsetToMs(t, 5)).toBeNull();
    expect(clipOf(t, 0, 5)).toBeNull();
  });

  it('finds the turn playing at a time, and none before the first', () => {
    const starts = Float64Array.from([1000, 2000, 4000]);
    expect(turnAtTime(starts, 500)).toBe(-1);
    expect(turnAtTime(starts, 2000)).toBe(1);
    expect(turnAtTime(starts, 99_000)).toBe(2);
  });

  it('marks turn starts set by a coder as synced and exact', () => {
    const turns = [turn(0, 10), turn(10, 20)];
    const t = buildTimeline({ textLength: 20, turns, syncPoints: [{ offset: 10, ms: 3000 }], durationMs: 6000 });
    const times = turnTimes(t, turns);
    expect(Array.from(times.startMs)).toEqual([0, 3000]);
    expect(times.synced).toEqual([false, true]);
  });

  it('aims the sync key at the turn after the last one already placed', () => {
    const turns = [turn(0, 10), turn(10, 20), turn(20, 30)];
    const t = buildTimeline({ textLength: 30, turns, syncPoints: [{ offset: 10, ms: 3000 }], durationMs: 9000 });
    expect(syncTargetTurn(t, turns, 1000)).toBe(0);
    expect(syncTargetTurn(t, turns, 5000)).toBe(2);
  });

  it('gives a one-word quote at least a second of sound', () => {
    const t = buildTimeline({ textLength: 1000, turns: [], syncPoints: [], durationMs: 100_000 });
    const clip = clipOf(t, 500, 501)!;
    expect(clip.endMs - clip.startMs).toBe(1000);
  });

  it('names the sync points a new one contradicts', () => {
    const points = [
      { offset: 10, ms: 5000 },
      { offset: 30, ms: 9000 },
    ];
    expect(conflictingSyncPoints(points, { offset: 20, ms: 3000 })).toEqual([{ offset: 10, ms: 5000 }]);
  });

  it('reports a transcript whose times run past the end of the recording', () => {
    expect(timelineOverrun({ turns: [turn(0, 10, 0, 11_000)], syncPoints: [] }, 3000)).toBe(11_000);
    expect(timelineOverrun({ turns: [turn(0, 10, 0, 11_000)], syncPoints: [] }, 12_000)).toBeNull();
  });
});
