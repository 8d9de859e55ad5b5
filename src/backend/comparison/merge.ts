import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { CodeId, CoderId, DocumentId } from '../../core/ids';
import { DomainError } from '../../core/result';
import type { MergeReport } from '../../shared/features/comparison-types';
import {
  coderState,
  createCode,
  createCoder,
  findCodeByName,
  findCoderByName,
  findProject,
  getCoder,
  getSetting,
  nextEventSeq,
  ProjectStore,
  rowsTouchedSince,
  setSetting,
  type Conn,
  type Tx,
} from '../../storage';
import { documentsByHash, mergeBaseKey, readMergeSource, readPackageInfo, rowState, type MergeSource } from '../../storage/merge-repo';
import { recordAssignment } from './assignment';
import { mergeMemos } from './merge-memos';
import { mergeSegments } from './merge-segments';

/**
 * Opens another project file without touching it: the file (and its WAL, which may hold the latest
 * commits) is copied to a private folder and read there, so a merge can neither migrate nor lock a
 * colleague's project, and an older file is migrated in the copy only. Errors name the file the user
 * chose, never the private copy.
 */
async function withSnapshot<T>(path: string, read: (conn: Conn) => T, shownAs = resolve(path)): Promise<T> {
  const source = resolve(path);
  if (!existsSync(source)) throw new DomainError('file-not-found', `Project file "${shownAs}" does not exist.`);
  const dir = mkdtempSync(join(tmpdir(), 'gioia-merge-'));
  try {
    const copy = join(dir, basename(source));
    copyFileSync(source, copy);
    if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${copy}-wal`);
    let store: ProjectStore;
    try {
      store = await ProjectStore.open(copy, { create: false });
    } catch (e) {
      const message = e instanceof Error ? e.message.split(copy).join(shownAs).split(source).join(shownAs) : String(e);
      throw e instanceof DomainError ? new DomainError(e.code, message, e.details) : new Error(message);
    }
    try {
      return read(store.conn);
    } finally {
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where the last merge of a package left both sides: its recorded base, or the package's creation. */
export interface MergeBase {
  readonly projectSeq: number;
  readonly packageSeq: number;
}

function mergeBaseOf(project: Conn, info: MergeSource['info'] | ReturnType<typeof readPackageInfo>): MergeBase | null {
  if (info === null) return null;
  const projectId = findProject(project)?.id;
  // A package of another project shares no history with this one: its ids mean nothing here.
  if (projectId !== info.projectId) return null;
  const recorded = getSetting(project, mergeBaseKey(info.packageId));
  if (recorded !== null) {
    const base = JSON.parse(recorded) as Partial<MergeBase>;
    if (typeof base.projectSeq === 'number' && typeof base.packageSeq === 'number') return base as MergeBase;
  }
  return { projectSeq: info.baseProjectSeq, packageSeq: info.basePackageSeq };
}

export interface MergeMaps {
  readonly documents: ReadonlyMap<DocumentId, { id: DocumentId; text: string }>;
  readonly codes: ReadonlyMap<CodeId, CodeId>;
  readonly coders: ReadonlyMap<CoderId, CoderId>;
}

/** What both halves of a merge, segments and memos, work from. */
export interface MergeStep {
  readonly source: MergeSource;
  readonly maps: MergeMaps;
  /** Whether the package records a base, so that a three-way diff applies. */
  readonly hasBase: boolean;
  /** The file name recorded with any conflict. */
  readonly sourceName: string;
}

/** Coders by id, then by name; otherwise added as they are (same id unless a deleted coder holds it). */
function mapCoders(tx: Tx, source: MergeSource, counts: { matched: number; created: number }): Map<CoderId, CoderId> {
  const map = new Map<CoderId, CoderId>();
  for (const c of source.coders) {
    const match = getCoder(tx.conn, c.id) ?? findCoderByName(tx.conn, c.name);
    if (match !== null) {
      counts.matched++;
      map.set(c.id, match.id);
      continue;
    }
    counts.created++;
    const id = coderState(tx.conn, c.id) === 'absent' ? c.id : undefined;
    map.set(c.id, createCoder(tx, { ...(id ? { id } : {}), name: c.name, colour: c.colour, kind: c.kind }).id);
  }
  return map;
}

/**
 * Codes by id, then by name at the same level; otherwise created (dimensions first, so a new theme
 * finds its new dimension). A new code keeps its id unless a deleted code holds it, and is placed
 * under its parent's match, or in the ungrouped tray when the parent has none.
 */
function mapCodes(tx: Tx, source: MergeSource, counts: { matched: number; created: number }): Map<CodeId, CodeId> {
  const map = new Map<CodeId, CodeId>();
  for (const c of source.codes) {
    const byId = rowState(tx.conn, 'codes', c.id) === 'live' ? c.id : null;
    const match = byId ?? findCodeByName(tx.conn, c.level, c.name, 'exact')?.id ?? null;
    if (match !== null) {
      counts.matched++;
      map.set(c.id, match);
      continue;
    }
    counts.created++;
    const parentId = c.parentId === null ? null : (map.get(c.parentId) ?? null);
    const id = rowState(tx.conn, 'codes', c.id) === 'absent' ? c.id : undefined;
    map.set(
      c.id,
      createCode(tx, {
        ...(id ? { id } : {}),
        level: c.level,
        parentId,
        name: c.name,
        definition: c.definition,
        colour: c.colour,
        inVivo: c.inVivo,
      }),
    );
  }
  return map;
}

/**
 * Merges `source` into `store` as ONE mutation (one undo step): documents by content, then codes and
 * coders, then the segment and memo diff against the merge base, the package's session assignment,
 * and the new base. Nothing changes, and no event is written, when there is nothing new to merge.
 */
export function mergeSource(store: ProjectStore, source: MergeSource, sourcePath: string, base: MergeBase | null): MergeReport {
  const name = basename(sourcePath);
  const { value } = store.mutate({ coderId: null, action: 'merge-project', summary: `Merged codings from ${name}` }, (tx) => {
    const codeCounts = { matched: 0, created: 0 };
    const coderCounts = { matched: 0, created: 0 };
    const byHash = documentsByHash(tx.conn);
    const documents = new Map<DocumentId, { id: DocumentId; text: string }>();
    for (const d of source.documents) {
      const found = byHash.get(d.sha256);
      if (found) documents.set(d.id, found);
    }
    const maps: MergeMaps = { documents, coders: mapCoders(tx, source, coderCounts), codes: mapCodes(tx, source, codeCounts) };
    const touchedHere =
      base === null ? { segments: new Set<string>(), memos: new Set<string>() } : rowsTouchedSince(tx.conn, base.projectSeq);
    const changesBefore = tx.changes.length;
    const step: MergeStep = { source, maps, hasBase: base !== null, sourceName: name };
    const segments = mergeSegments(tx, step, touchedHere.segments);
    const memos = mergeMemos(tx, step, touchedHere.memos);
    const assignment = source.info === null ? null : recordAssignment(tx, source.info, maps);
    // The new base, only when the package moved on or this merge changed something: merging the
    // same package twice must leave no trace.
    const changed = tx.changes.length > changesBefore;
    if (source.info !== null && base !== null && (changed || source.lastSeq > base.packageSeq)) {
      const next: MergeBase = { projectSeq: nextEventSeq(tx.conn), packageSeq: source.lastSeq };
      setSetting(tx, mergeBaseKey(source.info.packageId), JSON.stringify(next));
    }
    return {
      source: resolve(sourcePath),
      base: base === null ? 'none' : 'package',
      documents: { matched: documents.size, missing: source.documents.filter((d) => !documents.has(d.id)).map((d) => d.name) },
      codes: codeCounts,
      coders: coderCounts,
      codings: segments.codings,
      segments: segments.counts,
      memos: memos.counts,
      changes: [...segments.changes, ...memos.changes],
      unplaced: segments.unplaced,
      assignment,
    } satisfies MergeReport;
  });
  return value;
}

/**
 * `mergeProject`: read the other file from a snapshot, then merge it into the open project. `shownAs`
 * names the file in messages and the report when `path` is a private copy (an uploaded package).
 */
export async function mergeProjectFile(store: ProjectStore, path: string, shownAs?: string): Promise<MergeReport> {
  if (resolve(path) === resolve(store.path)) throw new DomainError('conflict', 'A project cannot be merged into itself.');
  const { source, base } = await withSnapshot(
    path,
    (conn) => {
      const base = mergeBaseOf(store.conn, readPackageInfo(conn));
      return { source: readMergeSource(conn, base === null ? null : base.packageSeq), base };
    },
    shownAs,
  );
  let report: MergeReport;
  try {
    report = mergeSource(store, source, shownAs ?? path, base);
  } catch (e) {
    // A name or text in the other file that this project may not store: say which file it came from.
    if (e instanceof DomainError && e.code === 'invalid-arguments') {
      throw new DomainError('file-invalid', `${shownAs ?? resolve(path)}: ${e.message} Nothing was merged.`, e.details);
    }
    throw e;
  }
  return shownAs === undefined ? report : { ...report, source: shownAs };
}
