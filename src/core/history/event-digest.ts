import type { CodeLevel } from '../codebook';
import type { CodeId, CoderId, DocumentId } from '../ids';
import { type LogChange, type LogEvent, type LogRow, loggedId } from './log-event';
import { applyChanges, type ReplayState } from './replay-state';

/** A code named as it was when the change happened. */
export interface CodeRef {
  readonly id: CodeId;
  readonly name: string;
}

/** One change to the codebook, read off an event's rows. */
export type CodebookChange =
  | { readonly kind: 'created' | 'deleted' | 'restored'; readonly code: CodeRef; readonly level: CodeLevel }
  | { readonly kind: 'renamed'; readonly code: CodeRef; readonly level: CodeLevel; readonly fromName: string }
  | {
      readonly kind: 'moved';
      readonly code: CodeRef;
      readonly level: CodeLevel;
      readonly from: CodeRef | null;
      readonly to: CodeRef | null;
    }
  | { readonly kind: 'merged'; readonly code: CodeRef; readonly level: CodeLevel; readonly into: CodeRef }
  | { readonly kind: 'split'; readonly code: CodeRef; readonly level: CodeLevel; readonly from: CodeRef };

export type CodebookChangeKind = CodebookChange['kind'];

export interface CodingDelta {
  readonly documentId: DocumentId;
  readonly coderId: CoderId;
  readonly added: number;
  readonly removed: number;
}

/** What one event did to the codebook, the codings and the documents. */
export interface EventDigest {
  readonly codebook: readonly CodebookChange[];
  /** Codings added and removed, per document and coder (a segment's codings are its coder's). */
  readonly codings: readonly CodingDelta[];
  readonly documentsAdded: readonly DocumentId[];
  readonly documentsRemoved: readonly DocumentId[];
  /** Concepts that appear in the replay for the first time with this event. */
  readonly conceptsBorn: readonly CodeId[];
}

const isLive = (row: LogRow | undefined): row is LogRow => row !== undefined && (row.deleted_at ?? null) === null;
const str = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
const parentOf = (row: LogRow | undefined): string | null => (row === undefined || row.parent_id == null ? null : str(row.parent_id));

/**
 * Folds events forward and says what each did. Besides the replayed state it keeps, for itself
 * only, which codes each segment carries, so it can count the codings an event added or took away
 * (a deleted segment takes its codings with it, an undone deletion brings them back).
 */
export class DigestingFold {
  private readonly codesOf = new Map<string, Set<string>>();
  private readonly seenConcepts = new Set<string>();

  constructor(readonly state: ReplayState) {
    for (const link of state.tables.segment_codes.values()) this.link(str(link.segment_id), str(link.code_id), true);
    for (const code of state.tables.codes.values()) if (code.level === 'concept') this.seenConcepts.add(str(code.id));
  }

  fold(event: LogEvent): EventDigest {
    const t = this.state.tables;
    const touchedCodes = new Set<string>();
    const touchedSegments = new Set<string>();
    const touchedDocuments = new Set<string>();
    const removedLinks: Array<[string, string]> = [];
    const addedLinks: Array<[string, string]> = [];
    for (const c of event.changes) collect(c, touchedCodes, touchedSegments, touchedDocuments, removedLinks, addedLinks);

    const codesBefore = new Map([...touchedCodes].map((id) => [id, t.codes.get(id)] as const));
    const documentsBefore = new Map([...touchedDocuments].map((id) => [id, t.documents.get(id)] as const));
    const linksBefore = new Map([...touchedSegments].map((id) => [id, this.liveLinks(id)] as const));

    applyChanges(this.state, event.changes);
    for (const [segment, code] of removedLinks) this.link(segment, code, false);
    for (const [segment, code] of addedLinks) this.link(segment, code, true);

    const deltas = new Map<string, { documentId: DocumentId; coderId: CoderId; added: number; removed: number }>();
    for (const [segment, before] of linksBefore) {
      const after = this.liveLinks(segment);
      const added = [...after].filter((c) => !before.has(c)).length;
      const removed = [...before].filter((c) => !after.has(c)).length;
      if (added === 0 && removed === 0) continue;
      const row = t.segments.get(segment);
      const documentId = loggedId<DocumentId>(row?.document_id);
      const coderId = loggedId<CoderId>(row?.coder_id);
      const key = `${documentId}|${coderId}`;
      const entry = deltas.get(key) ?? { documentId, coderId, added: 0, removed: 0 };
      entry.added += added;
      entry.removed += removed;
      deltas.set(key, entry);
    }

    const documentsAdded: DocumentId[] = [];
    const documentsRemoved: DocumentId[] = [];
    for (const [id, before] of documentsBefore) {
      const after = t.documents.get(id);
      if (!isLive(before) && isLive(after)) documentsAdded.push(loggedId<DocumentId>(id));
      if (isLive(before) && !isLive(after)) documentsRemoved.push(loggedId<DocumentId>(id));
    }

    const conceptsBorn: CodeId[] = [];
    for (const id of touchedCodes) {
      if (t.codes.get(id)?.level !== 'concept' || this.seenConcepts.has(id)) continue;
      this.seenConcepts.add(id);
      conceptsBorn.push(loggedId<CodeId>(id));
    }

    return {
      codebook: codebookChanges(event, codesBefore, t.codes, removedLinks, addedLinks, (s) => this.liveLinks(s)),
      codings: [...deltas.values()],
      documentsAdded,
      documentsRemoved,
      conceptsBorn,
    };
  }

  private link(segment: string, code: string, on: boolean): void {
    let set = this.codesOf.get(segment);
    if (set === undefined) {
      if (!on) return;
      set = new Set();
      this.codesOf.set(segment, set);
    }
    if (on) set.add(code);
    else set.delete(code);
  }

  /** The codes a segment carries as codings: none while the segment is deleted. */
  private liveLinks(segment: string): Set<string> {
    return isLive(this.state.tables.segments.get(segment)) ? new Set(this.codesOf.get(segment) ?? []) : new Set();
  }
}

function collect(
  c: LogChange,
  codes: Set<string>,
  segments: Set<string>,
  documents: Set<string>,
  removedLinks: Array<[string, string]>,
  addedLinks: Array<[string, string]>,
): void {
  const rows: LogRow[] =
    'rows' in c ? c.rows.map((values) => Object.fromEntries(c.columns.map((col, i) => [col, values[i] ?? null]))) : [c.key];
  const inserting = c.op === 'insert' || c.op === 'insert-rows';
  const deleting = c.op === 'delete' || c.op === 'delete-rows';
  for (const row of rows) {
    if (c.table === 'codes') codes.add(str(row.id));
    else if (c.table === 'segments') segments.add(str(row.id));
    else if (c.table === 'documents') documents.add(str(row.id));
    else if (c.table === 'segment_codes' && row.segment_id != null) {
      const pair: [string, string] = [str(row.segment_id), str(row.code_id)];
      segments.add(pair[0]);
      if (inserting) addedLinks.push(pair);
      if (deleting) removedLinks.push(pair);
    }
  }
}

/** The codebook changes of one event, from the code rows before and after it and the links it moved. */
function codebookChanges(
  event: LogEvent,
  before: ReadonlyMap<string, LogRow | undefined>,
  codesAfter: ReadonlyMap<string, LogRow>,
  removedLinks: ReadonlyArray<readonly [string, string]>,
  addedLinks: ReadonlyArray<readonly [string, string]>,
  linksAfter: (segment: string) => ReadonlySet<string>,
): CodebookChange[] {
  const ref = (id: string | null): CodeRef | null => {
    if (id === null) return null;
    const row = codesAfter.get(id) ?? before.get(id);
    return { id: loggedId<CodeId>(id), name: str(row?.name) };
  };
  const addedOn = new Map<string, Set<string>>();
  for (const [segment, code] of addedLinks) (addedOn.get(segment) ?? addedOn.set(segment, new Set()).get(segment))?.add(code);
  // Where each code's removed links went: the codes that gained a link on the same segment.
  const movedTo = new Map<string, Map<string, number>>();
  for (const [segment, code] of removedLinks) {
    for (const target of addedOn.get(segment) ?? []) {
      if (target === code) continue;
      const tally = movedTo.get(code) ?? new Map<string, number>();
      tally.set(target, (tally.get(target) ?? 0) + 1);
      movedTo.set(code, tally);
    }
  }
  // Children re-parented from a code that goes in the same event went with it (a theme merged into another).
  for (const [id, old] of before) {
    const after = codesAfter.get(id);
    const from = parentOf(old);
    const to = parentOf(after);
    if (from === null || to === null || from === to || isLive(codesAfter.get(from))) continue;
    const tally = movedTo.get(from) ?? new Map<string, number>();
    tally.set(to, (tally.get(to) ?? 0) + 1);
    movedTo.set(from, tally);
  }
  const mostOf = (tally: ReadonlyMap<string, number> | undefined): string | null =>
    tally === undefined ? null : ([...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null);

  const out: CodebookChange[] = [];
  for (const [id, old] of before) {
    const now = codesAfter.get(id);
    const row = now ?? old;
    const level = row?.level;
    if (row === undefined || (level !== 'concept' && level !== 'theme' && level !== 'dimension')) continue;
    const code = { id: loggedId<CodeId>(id), name: str(row.name) };
    if (!isLive(old) && isLive(now)) {
      const source = old === undefined ? splitSource(id, removedLinks, addedOn) : null;
      if (source !== null && isLive(codesAfter.get(source)))
        out.push({ kind: 'split', code, level, from: ref(source) ?? { id: loggedId<CodeId>(source), name: '' } });
      else out.push({ kind: old === undefined ? 'created' : 'restored', code, level });
      continue;
    }
    if (isLive(old) && !isLive(now)) {
      const named = { id: loggedId<CodeId>(id), name: str(old.name) };
      let target = mostOf(movedTo.get(id));
      if (target === null && event.action === 'merge-codes') target = coveringCode(id, level, removedLinks, codesAfter, linksAfter);
      if (target !== null && isLive(codesAfter.get(target))) out.push({ kind: 'merged', code: named, level, into: ref(target) as CodeRef });
      else out.push({ kind: 'deleted', code: named, level });
      continue;
    }
    if (!isLive(old) || !isLive(now)) continue;
    if (str(old.name) !== str(now.name)) out.push({ kind: 'renamed', code, level, fromName: str(old.name) });
    const from = parentOf(old);
    const to = parentOf(now);
    if (from !== to) out.push({ kind: 'moved', code, level, from: ref(from), to: ref(to) });
  }
  return out;
}

/** The code a new code took its links from, when it was split off one. */
function splitSource(
  id: string,
  removedLinks: ReadonlyArray<readonly [string, string]>,
  addedOn: ReadonlyMap<string, ReadonlySet<string>>,
): string | null {
  const tally = new Map<string, number>();
  for (const [segment, code] of removedLinks) if (code !== id && addedOn.get(segment)?.has(id)) tally.set(code, (tally.get(code) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/**
 * A merge into a code that already coded every passage moves no link: the target is then the one
 * live code of the same level on all of the merged code's passages.
 */
function coveringCode(
  id: string,
  level: string,
  removedLinks: ReadonlyArray<readonly [string, string]>,
  codesAfter: ReadonlyMap<string, LogRow>,
  linksAfter: (segment: string) => ReadonlySet<string>,
): string | null {
  const segments = removedLinks.filter(([, code]) => code === id).map(([segment]) => segment);
  if (segments.length === 0) return null;
  let common: string[] | null = null;
  for (const s of segments) {
    const here = [...linksAfter(s)].filter((c) => codesAfter.get(c)?.level === level);
    common = common === null ? here : common.filter((c) => here.includes(c));
  }
  return common !== null && common.length === 1 ? (common[0] ?? null) : null;
}
