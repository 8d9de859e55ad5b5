import {
  applyChanges,
  cloneState,
  DigestingFold,
  emptyState,
  liveCodes,
  liveCodings,
  REPLAYED_TABLES,
  revertChanges,
  rowKey,
  TrailLedger,
  type ReplayedTable,
  type ReplayState,
} from '../../core/history';
import {
  eventAtOrBefore,
  eventSpan,
  lastEventSeq,
  listEvents,
  listEventsBackwards,
  replayedRows,
  type Conn,
  type ProjectStore,
} from '../../storage';

/** Events read from the log per query while folding it. */
const BATCH = 2000;
/**
 * Folded states kept to start a replay from. Each is a copy of the replayed tables' maps (their rows
 * are shared), a few megabytes for 50,000 codings; when there would be more, every other one goes
 * and the spacing doubles, so memory stays bounded however long the log grows.
 */
const MAX_CHECKPOINTS = 32;
const FIRST_INTERVAL = 500;
/**
 * Events the last point may be folded on or back by rather than starting from a copy of a
 * checkpoint: copying the tables costs far more than a slider step's few hundred events.
 */
const CURSOR_REACH = 1000;

interface Checkpoint {
  readonly seq: number;
  readonly state: ReplayState;
}

/** What was there before the first event of a log that starts later than its data. */
export interface LateStart {
  readonly seq: number;
  readonly at: string;
  /** The first event's action and sentence: an import that made the project says so. */
  readonly action: string;
  readonly summary: string;
  readonly codes: number;
  readonly codings: number;
  readonly documents: number;
}

/**
 * The project's history, replayed from its event log: the codebook and codings after any event,
 * and the timeline's totals. The log is folded once from its start (checkpoints kept on the way),
 * then only the events appended since; a point is reached from the nearest checkpoint or from the
 * last point asked for, whichever is closer, so moving a slider folds a few events, not the log.
 */
export class TrailReplay {
  private fold: DigestingFold | null = null;
  private ledgerValue = new TrailLedger();
  private headSeq = 0;
  private checkpoints: Checkpoint[] = [];
  private interval = FIRST_INTERVAL;
  private sinceCheckpoint = 0;
  private cursor: { seq: number; state: ReplayState } | null = null;
  private late: LateStart | null = null;

  constructor(private readonly conn: Conn) {}

  /** Folds in whatever the log gained since the last call. */
  refresh(): void {
    if (this.fold === null) this.build();
    else if ((lastEventSeq(this.conn) ?? 0) > this.headSeq) this.extend();
  }

  get ledger(): TrailLedger {
    this.refresh();
    return this.ledgerValue;
  }

  get lateStart(): LateStart | null {
    this.refresh();
    return this.late;
  }

  /** The seq of the last event folded in. */
  get lastSeq(): number {
    this.refresh();
    return this.headSeq;
  }

  /** The replayed tables after event `seq` (before the first event for a seq before it). Read only. */
  stateAt(seq: number): ReplayState {
    this.refresh();
    const head = this.fold?.state ?? emptyState();
    if (seq >= this.headSeq) return head;
    const checkpoint = this.checkpointAt(seq);
    if (checkpoint === null) return this.checkpoints[0]?.state ?? emptyState();
    let cursor = this.cursor;
    // A slider dragged back a little: undo the few events since the point, rather than replay from the checkpoint.
    if (cursor !== null && cursor.seq > seq && cursor.seq - seq < Math.max(CURSOR_REACH, seq - checkpoint.seq)) {
      for (const e of listEventsBackwards(this.conn, cursor.seq + 1, cursor.seq - seq))
        if (e.seq > seq) revertChanges(cursor.state, e.changes);
      cursor.seq = seq;
      return cursor.state;
    }
    if (cursor === null || cursor.seq > seq || (cursor.seq < checkpoint.seq && seq - cursor.seq > CURSOR_REACH)) {
      cursor = { seq: checkpoint.seq, state: cloneState(checkpoint.state) };
    }
    for (const e of listEvents(this.conn, { afterSeq: cursor.seq, uptoSeq: seq })) applyChanges(cursor.state, e.changes);
    cursor.seq = seq;
    this.cursor = cursor;
    return cursor.state;
  }

  private checkpointAt(seq: number): Checkpoint | null {
    let lo = 0;
    let hi = this.checkpoints.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.checkpoints[mid]?.seq ?? 0) <= seq) lo = mid + 1;
      else hi = mid;
    }
    return this.checkpoints[lo - 1] ?? null;
  }

  private build(): void {
    const span = eventSpan(this.conn);
    const startSeq = span === null ? 0 : span.first - 1;
    this.start(emptyState(), startSeq);
    const stored = storedState(this.conn);
    if (covers(this.fold?.state ?? emptyState(), stored)) return;
    // The log began after the data (a blind coder package clears it; an import starts from what it
    // brought): undo it back to its start
    // from the stored rows, and replay from there.
    const base = stored;
    for (let before = Number.MAX_SAFE_INTEGER; ;) {
      const page = listEventsBackwards(this.conn, before, BATCH);
      if (page.length === 0) break;
      for (const e of page) revertChanges(base, e.changes);
      before = page[page.length - 1]?.seq ?? 0;
    }
    base.gaps = 0;
    const concepts = liveCodes(base);
    const documents = [...base.tables.documents.values()].filter((d) => (d.deleted_at ?? null) === null).length;
    const first = span === null ? null : eventAtOrBefore(this.conn, span.first);
    this.late = {
      seq: span?.first ?? 0,
      at: span?.firstAt ?? '',
      action: first?.action ?? '',
      summary: first?.summary ?? '',
      codes: concepts.length,
      codings: liveCodings(base, { kind: 'all' }).length,
      documents,
    };
    this.start(base, startSeq);
  }

  private start(base: ReplayState, seq: number): void {
    const concepts = [...base.tables.codes.values()].filter((c) => c.level === 'concept').length;
    this.fold = new DigestingFold(cloneState(base));
    this.ledgerValue = new TrailLedger(concepts);
    this.checkpoints = [{ seq, state: base }];
    this.headSeq = seq;
    this.interval = FIRST_INTERVAL;
    this.sinceCheckpoint = 0;
    this.cursor = null;
    this.extend();
  }

  private extend(): void {
    const fold = this.fold;
    if (fold === null) return;
    for (;;) {
      const page = listEvents(this.conn, { afterSeq: this.headSeq, limit: BATCH });
      if (page.length === 0) return;
      for (const e of page) {
        this.ledgerValue.record(e, fold.fold(e));
        this.headSeq = e.seq;
        if (++this.sinceCheckpoint >= this.interval) this.keepCheckpoint(fold.state);
      }
    }
  }

  private keepCheckpoint(state: ReplayState): void {
    this.checkpoints.push({ seq: this.headSeq, state: cloneState(state) });
    this.sinceCheckpoint = 0;
    if (this.checkpoints.length <= MAX_CHECKPOINTS) return;
    this.checkpoints = this.checkpoints.filter((_, i) => i % 2 === 0);
    this.interval *= 2;
  }
}

function storedState(conn: Conn): ReplayState {
  const s = emptyState();
  const rows = replayedRows(conn);
  for (const table of Object.keys(REPLAYED_TABLES) as ReplayedTable[]) {
    for (const row of rows[table]) s.tables[table].set(rowKey(table, row), row);
  }
  return s;
}

/** Whether replaying the log gives every stored row and no other: then the log covers the data. */
function covers(replayed: ReplayState, stored: ReplayState): boolean {
  if (replayed.gaps > 0) return false;
  return (Object.keys(REPLAYED_TABLES) as ReplayedTable[]).every((t) => {
    const a = replayed.tables[t];
    const b = stored.tables[t];
    if (a.size !== b.size) return false;
    for (const key of b.keys()) if (!a.has(key)) return false;
    return true;
  });
}

const replays = new WeakMap<Conn, TrailReplay>();

/** The open project's replay, kept per connection and extended as the log grows. */
export function trailReplay(store: ProjectStore): TrailReplay {
  let replay = replays.get(store.conn);
  if (replay === undefined) {
    replay = new TrailReplay(store.conn);
    replays.set(store.conn, replay);
  }
  return replay;
}
