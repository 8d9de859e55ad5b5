/**
 * Lane assignment for the margin of coding stripes: overlapping codings get different lanes, and a
 * lane is reused as soon as the coding in it has ended (interval-graph colouring, greedy by start,
 * which is optimal for intervals).
 */
export interface LaneInput {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

export function assignLanes<T extends LaneInput>(items: readonly T[]): { lanes: Map<string, number>; count: number } {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end || a.key.localeCompare(b.key));
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const item of sorted) {
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(item.end);
    } else laneEnds[lane] = item.end;
    lanes.set(item.key, lane);
  }
  return { lanes, count: laneEnds.length };
}
