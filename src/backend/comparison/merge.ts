import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { CodeId, CoderId, DocumentId, SegmentId } from '../../core/ids';
import { DomainError } from '../../core/result';
import type { MergeReport, UnplacedCoding } from '../../shared/features/comparison-types';
import {
  createCode,
  createCoder,
  createSegment,
  findCoderByName,
  getCoder,
  linkCode,
  ProjectStore,
  setStarred,
  type Tx,
} from '../../storage';
import { findSegmentAt } from '../../storage/comparison-repo';
import {
  documentsByHash,
  findLiveCodeByName,
  readMergeSource,
  rowState,
  segmentHasCode,
  type MergeSource,
  type MergeSourceSegment,
} from '../../storage/merge-repo';

/**
 * Reads another project file without touching it: the file (and its WAL, which may hold the latest
 * commits) is copied to a private folder and opened there, so a merge can neither migrate nor lock
 * a colleague's project, and an older file is migrated in the copy only.
 */
export async function readProjectSnapshot(path: string, nativeBinding?: string): Promise<MergeSource> {
  const source = resolve(path);
  if (!existsSync(source)) throw new DomainError('file-not-found', `Project file "${source}" does not exist.`);
  const dir = mkdtempSync(join(tmpdir(), 'gioia-merge-'));
  try {
    const copy = join(dir, basename(source));
    copyFileSync(source, copy);
    if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${copy}-wal`);
    const store = await ProjectStore.open(copy, { create: false, ...(nativeBinding ? { nativeBinding } : {}) });
    try {
      return readMergeSource(store.conn);
    } finally {
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Maps {
  readonly documents: Map<DocumentId, { id: DocumentId; text: string }>;
  readonly codes: Map<CodeId, CodeId>;
  readonly coders: Map<CoderId, CoderId>;
}

/** Coders by id, then by name; otherwise added as they are (same id, name, colour and kind). */
function mapCoders(tx: Tx, source: MergeSource, counts: { matched: number; created: number }): Map<CoderId, CoderId> {
  const map = new Map<CoderId, CoderId>();
  for (const c of source.coders) {
    const match = getCoder(tx.conn, c.id) ?? findCoderByName(tx.conn, c.name);
    if (match !== null) {
      counts.matched++;
      map.set(c.id, match.id);
    } else {
      counts.created++;
      map.set(c.id, createCoder(tx, { id: c.id, name: c.name, colour: c.colour, kind: c.kind }).id);
    }
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
    const match = byId ?? findLiveCodeByName(tx.conn, c.name, c.level);
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
      createCode(tx, { ...(id ? { id } : {}), level: c.level, parentId, name: c.name, definition: c.definition, colour: c.colour }),
    );
  }
  return map;
}

function unplaced(s: MergeSourceSegment, source: MergeSource, reason: UnplacedCoding['reason'], message: string): UnplacedCoding {
  return {
    segmentId: s.id,
    documentName: source.documents.find((d) => d.id === s.documentId)?.name ?? s.documentId,
    coderName: source.coders.find((c) => c.id === s.coderId)?.name ?? s.coderId,
    codeNames: s.links.map((l) => source.codes.find((c) => c.id === l.codeId)?.name ?? l.codeId),
    start: s.start,
    end: s.end,
    quote: s.quote,
    reason,
    message,
  };
}

/** Why a segment cannot go into its matched document, or null when it fits exactly. */
function misfit(s: MergeSourceSegment, text: string): { reason: UnplacedCoding['reason']; message: string } | null {
  if (s.end > text.length || s.start < 0 || s.end <= s.start) {
    return { reason: 'range-outside-text', message: `Range ${s.start}–${s.end} lies outside the document (length ${text.length}).` };
  }
  if (text.slice(s.start, s.end) !== s.quote) {
    return { reason: 'quote-mismatch', message: 'The quoted text differs from the document text at this range.' };
  }
  return null;
}

/**
 * Merges the codings of `source` into `store` as one mutation (one undo step). A segment is the
 * same when it has the same id, or the same coder, document and range; only missing code links are
 * added, so merging the same file twice adds nothing.
 */
export function mergeSource(store: ProjectStore, source: MergeSource, sourcePath: string): MergeReport {
  const { value } = store.mutate(
    { coderId: null, action: 'merge-project', summary: `Merged codings from ${basename(sourcePath)}` },
    (tx) => {
      const codeCounts = { matched: 0, created: 0 };
      const coderCounts = { matched: 0, created: 0 };
      const byHash = documentsByHash(tx.conn);
      const maps: Maps = {
        documents: new Map(
          source.documents.flatMap((d) => {
            const found = byHash.get(d.sha256);
            return found ? [[d.id, found] as const] : [];
          }),
        ),
        coders: mapCoders(tx, source, coderCounts),
        codes: mapCodes(tx, source, codeCounts),
      };
      const codings = { added: 0, alreadyPresent: 0, couldNotPlace: 0 };
      const list: UnplacedCoding[] = [];
      for (const s of source.segments) {
        // A segment whose codes were all deleted in the source carries no coding to merge.
        if (s.links.length === 0) continue;
        const doc = maps.documents.get(s.documentId);
        const problem =
          doc === undefined
            ? { reason: 'document-missing' as const, message: 'No document in this project has the same text (content hash).' }
            : misfit(s, doc.text);
        if (problem !== null || doc === undefined) {
          codings.couldNotPlace += s.links.length;
          list.push(unplaced(s, source, problem?.reason ?? 'document-missing', problem?.message ?? ''));
          continue;
        }
        const coderId = maps.coders.get(s.coderId) as CoderId;
        const segmentId = placeSegment(tx, s, doc.id, coderId);
        for (const link of s.links) {
          const codeId = maps.codes.get(link.codeId) as CodeId;
          if (segmentHasCode(tx.conn, segmentId, codeId)) {
            codings.alreadyPresent++;
            continue;
          }
          linkCode(tx, segmentId, codeId, maps.coders.get(link.coderId) ?? coderId);
          if (link.starred) setStarred(tx, segmentId, codeId, true);
          codings.added++;
        }
      }
      return {
        source: resolve(sourcePath),
        documents: { matched: maps.documents.size, missing: source.documents.filter((d) => !maps.documents.has(d.id)).map((d) => d.name) },
        codes: codeCounts,
        coders: coderCounts,
        codings,
        unplaced: list,
      } satisfies MergeReport;
    },
  );
  return value;
}

/** The target segment for a source segment: the same one if present, else a new one (without codes yet). */
function placeSegment(tx: Tx, s: MergeSourceSegment, documentId: DocumentId, coderId: CoderId): SegmentId {
  const state = rowState(tx.conn, 'segments', s.id);
  if (state === 'live') return s.id;
  const same = findSegmentAt(tx.conn, coderId, documentId, s.start, s.end);
  if (same !== null) return same;
  // A deleted segment keeps its id for undo; a coding merged again gets a fresh one instead.
  return createSegment(tx, { ...(state === 'absent' ? { id: s.id } : {}), documentId, start: s.start, end: s.end, coderId });
}

/** `mergeProject`: snapshot the other file, then merge it into the open project. */
export async function mergeProjectFile(store: ProjectStore, path: string, nativeBinding?: string): Promise<MergeReport> {
  if (resolve(path) === resolve(store.path)) throw new DomainError('conflict', 'A project cannot be merged into itself.');
  return mergeSource(store, await readProjectSnapshot(path, nativeBinding), path);
}
