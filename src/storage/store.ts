import type { CoderId, EventSeq } from '../core/ids';
import { errorCode, ioProblem } from '../core/io-problem';
import { DomainError } from '../core/result';
import type { CodeRow, CoderRow, DocumentContent, DocumentSummary, ProjectSummary, SegmentRow } from '../shared/types';
import { listCoders } from './coders-repo';
import { listCodes } from './codes-repo';
import { noteCommit } from './committed-tables';
import { Conn } from './conn';
import { openProjectDatabase, type OpenDatabaseOptions, type ProjectDatabase } from './database';
import { getDocument, listDocuments } from './documents-repo';
import { appendEvent, lastEventSeq, listEvents, type EventKind, type EventRecord } from './events-repo';
import { findProject, type ProjectRecord } from './project-repo';
import { finishSearchBacklog, hasSearchBacklog, indexBacklogSlice } from './search-backlog';
import { listSegments } from './segments-repo';
import { getSetting } from './settings-repo';
import { projectSummary } from './summary';
import { Tx, type Change, type TableName } from './tx';

/** Parts of 64 K characters indexed per slice: 8 MB of text, a fraction of a second. */
const INDEX_SLICE_PARTS = 128;

export interface MutationMeta {
  /** Who did it; null for system work such as creating a project. */
  readonly coderId: CoderId | null;
  /** Machine name of the use case, e.g. "create-code". */
  readonly action: string;
  /** Sentence for the history panel. */
  readonly summary: string;
  /** 'undo' and 'redo' are written only by history.ts, together with `targetSeq`. */
  readonly kind?: EventKind;
  /** For undo/redo: the event being reverted or replayed. */
  readonly targetSeq?: EventSeq;
}

export interface MutationResult<T> {
  readonly value: T;
  /** The event appended, or null when the mutation changed nothing (no empty undo steps). */
  readonly seq: EventSeq | null;
}

/**
 * An open project file. Reads are plain methods; every write goes through `mutate`, which runs the
 * callback and its event-log entry in one IMMEDIATE transaction, so the log and the data can never
 * disagree and a crash loses either the whole mutation or nothing.
 */
export class ProjectStore {
  readonly conn: Conn;
  private indexing: NodeJS.Immediate | null = null;
  private indexed: (() => void)[] = [];

  private constructor(private readonly database: ProjectDatabase) {
    this.conn = new Conn(database.db);
  }

  /** Opens a project; texts a crash left unindexed are indexed before it is handed out. */
  static async open(path: string, options: OpenDatabaseOptions): Promise<ProjectStore> {
    const store = new ProjectStore(await openProjectDatabase(path, options));
    if (!store.readOnly) finishSearchBacklog(store.conn);
    return store;
  }

  get path(): string {
    return this.database.path;
  }

  get schemaVersion(): number {
    return this.database.schemaVersion;
  }

  get backupPath(): string | null {
    return this.database.backupPath;
  }

  get isOpen(): boolean {
    return this.database.db.open;
  }

  /** Opened from a private copy because the file cannot be written: every `mutate` is refused. */
  get readOnly(): boolean {
    return this.database.readOnly;
  }

  /** Refuses work that would end in a mutation (an upload, a copy) before it starts, with the same words `mutate` uses. */
  requireWritable(): void {
    if (this.database.readOnly) {
      throw new DomainError(
        'read-only',
        `"${this.path}" is read-only (the file or its folder cannot be written), so it cannot be changed. You can view, search and export it; to work on it, copy it to a folder you can write to and open the copy.`,
      );
    }
  }

  mutate<T>(meta: MutationMeta, fn: (tx: Tx) => T): MutationResult<T> {
    this.requireWritable();
    try {
      return this.transaction(meta, fn);
    } catch (e) {
      // A full disk or a disk gone read-only under us: the transaction rolled back, so say that
      // nothing changed and what to do, naming the project file rather than quoting SQLite.
      const why = ioProblem(errorCode(e));
      if (why === null || e instanceof DomainError) throw e;
      throw new DomainError('io', `Could not save the change to "${this.path}": ${why}. Nothing was changed.`);
    }
  }

  private transaction<T>(meta: MutationMeta, fn: (tx: Tx) => T): MutationResult<T> {
    let changes: readonly Change[] = [];
    let unrecorded: ReadonlySet<TableName> | null = null;
    let wroteTexts = false;
    const run = this.database.db.transaction((): MutationResult<T> => {
      const tx = new Tx(this.conn, new Date().toISOString());
      const value = fn(tx);
      if (value instanceof Promise) throw new Error(`Mutation "${meta.action}" must be synchronous.`);
      if (tx.isStartingPoint && lastEventSeq(this.conn) !== null)
        throw new Error(`Mutation "${meta.action}" records itself as the log's start, but the project already has a log.`);
      if (tx.changes.length === 0 && !tx.isStartingPoint) return { value, seq: null };
      changes = tx.changes;
      unrecorded = tx.unrecordedTables;
      wroteTexts = changes.some((c) => c.table === 'texts') || (tx.unrecordedTables?.has('texts') ?? false);
      const seq = appendEvent(this.conn, {
        at: tx.now,
        coderId: meta.coderId,
        kind: meta.kind ?? 'do',
        action: meta.action,
        summary: meta.summary,
        changes: tx.changes,
        targetSeq: meta.targetSeq ?? null,
      });
      return { value, seq };
    });
    const result = run.immediate();
    // Only once committed (not as a savepoint of an outer transaction): a rolled-back event's seq is handed out again.
    if (result.seq !== null && !this.database.db.inTransaction) {
      noteCommit(this.conn, result.seq, changes, unrecorded);
      if (wroteTexts) this.indexSoon();
    }
    return result;
  }

  /**
   * Resolves once every stored text is in the search index. Searching never waits for it (texts
   * not yet indexed are scanned); a bench or a test that measures the index does.
   */
  searchIndexed(): Promise<void> {
    if (!this.isOpen || !hasSearchBacklog(this.conn)) return Promise.resolve();
    return new Promise((resolve) => {
      this.indexed.push(resolve);
      this.indexSoon();
    });
  }

  /**
   * Builds the search index of new texts a slice per turn of the event loop, so calls arriving
   * meanwhile (opening the new transcript, coding) wait for one slice at most, not the whole text.
   */
  private indexSoon(): void {
    if (this.indexing !== null || this.readOnly) return;
    this.indexing = setImmediate(() => {
      this.indexing = null;
      if (!this.isOpen) return;
      let more = false;
      try {
        more = indexBacklogSlice(this.conn, INDEX_SLICE_PARTS);
      } catch {
        // Busy or out of space: the marks stay, searches keep scanning those texts, and the next
        // stored text or the next open tries again. Nothing a researcher did is at stake.
      }
      if (more) {
        this.indexSoon();
        return;
      }
      for (const resolve of this.indexed.splice(0)) resolve();
    });
  }

  project(): ProjectRecord | null {
    return findProject(this.conn);
  }

  summary(): ProjectSummary {
    return projectSummary(this.conn, this.path, this.schemaVersion, this.readOnly);
  }

  listDocuments(): DocumentSummary[] {
    return listDocuments(this.conn);
  }

  getDocument(id: string): DocumentContent {
    return getDocument(this.conn, id);
  }

  listCodes(): CodeRow[] {
    return listCodes(this.conn);
  }

  listSegments(documentId: string): SegmentRow[] {
    return listSegments(this.conn, documentId);
  }

  listCoders(): CoderRow[] {
    return listCoders(this.conn);
  }

  listEvents(options?: { afterSeq?: number; limit?: number }): EventRecord[] {
    return listEvents(this.conn, options);
  }

  getSetting(key: string): string | null {
    return getSetting(this.conn, key);
  }

  /** Builds what is left of the search index first; if that fails, the next open builds it. */
  close(): void {
    if (this.indexing !== null) clearImmediate(this.indexing);
    this.indexing = null;
    if (this.isOpen && !this.readOnly) {
      try {
        finishSearchBacklog(this.conn);
      } catch {
        // The marks stay in the file; closing must not fail over derived data.
      }
    }
    this.database.close();
    for (const resolve of this.indexed.splice(0)) resolve();
  }
}
