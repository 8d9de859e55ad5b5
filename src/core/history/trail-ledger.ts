import type { CoderId, DocumentId, EventSeq } from '../ids';
import type { CodebookChange, EventDigest } from './event-digest';
import type { LogEvent } from './log-event';

/** An event that changed the codebook or the documents, as the timeline lists it. */
export interface TimelineEntry {
  readonly seq: EventSeq;
  readonly at: string;
  readonly kind: LogEvent['kind'];
  /** The log's own sentence for the event ("Merge “A” into “B”", "Undo: …"). */
  readonly summary: string;
  readonly coderId: CoderId | null;
  readonly changes: readonly CodebookChange[];
  readonly documentsAdded: number;
  readonly documentsRemoved: number;
}

/** Codings added and taken away, per coder, so every view can count only the coders it shows. */
export type CoderTally = Readonly<Record<string, { readonly added: number; readonly removed: number }>>;

/** One calendar day (UTC, as the log stamps events) of work. */
export interface DayActivity {
  readonly day: string;
  readonly firstSeq: EventSeq;
  readonly lastSeq: EventSeq;
  readonly events: number;
  readonly conceptsCreated: number;
  readonly codings: CoderTally;
}

export interface DocumentActivity {
  readonly documentId: DocumentId;
  /** Per coder, the event that gave the document its first coding by them: the order documents were coded in. */
  readonly firstCoded: Readonly<Record<string, EventSeq>>;
  readonly codings: CoderTally;
}

interface Tally {
  added: number;
  removed: number;
}

interface DayWork {
  day: string;
  firstSeq: EventSeq;
  lastSeq: EventSeq;
  events: number;
  conceptsCreated: number;
  codings: Record<string, Tally>;
}

interface DocumentWork {
  documentId: DocumentId;
  firstCoded: Record<string, EventSeq>;
  codings: Record<string, Tally>;
}

function add(tallies: Record<string, Tally>, coder: string, added: number, removed: number): void {
  const t = (tallies[coder] ??= { added: 0, removed: 0 });
  t.added += added;
  t.removed += removed;
}

const copy = (tallies: Record<string, Tally>): CoderTally => Object.fromEntries(Object.entries(tallies).map(([k, v]) => [k, { ...v }]));

/** The timeline's running totals, kept while the log is folded once from its start. */
export class TrailLedger {
  readonly entries: TimelineEntry[] = [];
  private readonly days = new Map<string, DayWork>();
  private readonly documents = new Map<string, DocumentWork>();
  /** The seq each 1st-order code first appeared at, ascending. */
  private readonly conceptBirths: number[] = [];

  /** `before`: concepts already there when the log starts (a log that starts later than its data). */
  constructor(private readonly before = 0) {}

  record(event: LogEvent, digest: EventDigest): void {
    const dayKey = event.at.slice(0, 10);
    let day = this.days.get(dayKey);
    if (day === undefined) {
      day = { day: dayKey, firstSeq: event.seq, lastSeq: event.seq, events: 0, conceptsCreated: 0, codings: {} };
      this.days.set(dayKey, day);
    }
    day.lastSeq = event.seq;
    day.events++;
    day.conceptsCreated += digest.conceptsBorn.length;
    for (let i = 0; i < digest.conceptsBorn.length; i++) this.conceptBirths.push(event.seq);
    for (const d of digest.codings) {
      add(day.codings, d.coderId, d.added, d.removed);
      let doc = this.documents.get(d.documentId);
      if (doc === undefined) {
        doc = { documentId: d.documentId, firstCoded: {}, codings: {} };
        this.documents.set(d.documentId, doc);
      }
      if (d.added > 0) doc.firstCoded[d.coderId] ??= event.seq;
      add(doc.codings, d.coderId, d.added, d.removed);
    }
    if (digest.codebook.length > 0 || digest.documentsAdded.length > 0 || digest.documentsRemoved.length > 0) {
      this.entries.push({
        seq: event.seq,
        at: event.at,
        kind: event.kind,
        summary: event.summary,
        coderId: event.coderId,
        changes: digest.codebook,
        documentsAdded: digest.documentsAdded.length,
        documentsRemoved: digest.documentsRemoved.length,
      });
    }
  }

  dayActivity(): DayActivity[] {
    return [...this.days.values()].map((d) => ({ ...d, codings: copy(d.codings) }));
  }

  documentActivity(): DocumentActivity[] {
    return [...this.documents.values()].map((d) => ({
      documentId: d.documentId,
      firstCoded: { ...d.firstCoded },
      codings: copy(d.codings),
    }));
  }

  /** 1st-order codes created up to and including `seq`, those since merged or deleted included. */
  codesCreatedBy(seq: number): number {
    let lo = 0;
    let hi = this.conceptBirths.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.conceptBirths[mid] ?? 0) <= seq) lo = mid + 1;
      else hi = mid;
    }
    return this.before + lo;
  }

  /** Entries between two points: after `fromSeq`, up to and including `toSeq`. */
  entriesBetween(fromSeq: number, toSeq: number): TimelineEntry[] {
    return this.entries.filter((e) => e.seq > fromSeq && e.seq <= toSeq);
  }
}

/** A tally summed over the coders a view shows (null: every coder). */
export function tallyOf(t: CoderTally, coderIds: ReadonlySet<string> | null): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const [coder, v] of Object.entries(t)) {
    if (coderIds !== null && !coderIds.has(coder)) continue;
    added += v.added;
    removed += v.removed;
  }
  return { added, removed };
}
