import type { CoderId, DocumentId } from '../../core/ids';
import { codePoints } from '../../core/offsets';
import { DomainError } from '../../core/result';
import type { DocumentScope, ExcludedDocument } from '../../shared/features/comparison-types';
import type { CodeRow, CoderRow } from '../../shared/types';
import { getSetting, listSessions, liveDocumentText, requireSession, SETTING_BLIND_MODE, type ProjectStore } from '../../storage';
import { listCoderSegments, listComparisonDocuments, type ComparisonDocument, type ComparisonSegment } from '../../storage/comparison-repo';

/**
 * What every comparison use case starts from: the chosen coders, the documents compared (and why
 * the others were left out) and the codings on them. The statistics ask for offsets in **code
 * points** — agreement counts characters as a reader does, so an emoji is one character, not two
 * UTF-16 units.
 */
export interface ComparisonData {
  readonly coders: readonly CoderRow[];
  readonly documents: readonly ComparisonDocument[];
  readonly excluded: readonly ExcludedDocument[];
  readonly scope: DocumentScope;
  readonly sessionName: string | null;
  readonly codes: readonly CodeRow[];
  /** Segments of the chosen coders on the compared documents, by coder id, in code points. */
  readonly segmentsByCoder: ReadonlyMap<CoderId, readonly ComparisonSegment[]>;
}

export interface DocumentChoice {
  readonly documentIds?: readonly string[] | undefined;
  readonly sessionId?: string | undefined;
  /** Offsets in code points (the statistics) rather than UTF-16 units (disagreements the UI shows and resolves). */
  readonly codePoints?: boolean;
}

interface Scoped {
  readonly documents: ComparisonDocument[];
  readonly excluded: ExcludedDocument[];
  readonly scope: DocumentScope;
  readonly sessionName: string | null;
}

/**
 * Which documents are compared:
 * - chosen ones, when given;
 * - in a session, those given to every compared coder (a coder who coded nothing in a document
 *   they were given disagrees with one who coded there);
 * - otherwise every document any compared coder coded: a document nobody coded says nothing.
 */
function scopeDocuments(
  store: ProjectStore,
  all: readonly ComparisonDocument[],
  coders: readonly CoderRow[],
  segments: readonly ComparisonSegment[],
  choice: DocumentChoice,
): Scoped {
  if (choice.documentIds !== undefined) {
    const wanted = new Set(choice.documentIds);
    const missing = [...wanted].find((id) => !all.some((d) => d.id === id));
    if (missing !== undefined) throw new DomainError('not-found', `No document with id ${missing} in this project.`);
    const documents = all.filter((d) => wanted.has(d.id));
    const excluded = all
      .filter((d) => !wanted.has(d.id))
      .map((d) => ({ id: d.id, name: d.name, reason: 'not chosen for this comparison' }));
    return { documents, excluded, scope: 'chosen', sessionName: null };
  }
  if (choice.sessionId !== undefined) {
    const session = requireSession(store.conn, choice.sessionId);
    const members = listSessions(store.conn).find((s) => s.id === session.id)?.coders ?? [];
    const given = new Map(members.map((m) => [m.coderId as string, new Set<string>(m.documentIds)]));
    const outsiders = coders.filter((c) => !given.has(c.id));
    if (outsiders.length > 0) {
      throw new DomainError(
        'invalid-arguments',
        `${outsiders.map((c) => c.name).join(', ')} ${outsiders.length === 1 ? 'is' : 'are'} not in session “${session.name}”.`,
      );
    }
    const documents: ComparisonDocument[] = [];
    const excluded: ExcludedDocument[] = [];
    for (const d of all) {
      const without = coders.filter((c) => given.get(c.id)?.has(d.id) !== true);
      if (without.length === 0) documents.push(d);
      else
        excluded.push({
          id: d.id,
          name: d.name,
          reason: `not given to ${without.map((c) => c.name).join(', ')} in session “${session.name}”`,
        });
    }
    return { documents, excluded, scope: 'session', sessionName: session.name };
  }
  const coded = new Set(segments.map((s) => s.documentId as string));
  return {
    documents: all.filter((d) => coded.has(d.id)),
    excluded: all.filter((d) => !coded.has(d.id)).map((d) => ({ id: d.id, name: d.name, reason: 'none of the compared coders coded it' })),
    scope: 'coded-by-any',
    sessionName: null,
  };
}

export function loadComparisonData(store: ProjectStore, coderIds: readonly string[], choice: DocumentChoice = {}): ComparisonData {
  if (getSetting(store.conn, SETTING_BLIND_MODE) === '1') {
    throw new DomainError('conflict', 'Blind mode is on: comparing coders would show their codings. Turn blind mode off to compare.');
  }
  const allCoders = store.listCoders();
  const coders = coderIds.map((id) => {
    const coder = allCoders.find((c) => c.id === id);
    if (coder === undefined) throw new DomainError('not-found', `No coder with id ${id} in this project.`);
    return coder;
  });
  const segments = listCoderSegments(store.conn, coderIds);
  const scoped = scopeDocuments(store, listComparisonDocuments(store.conn), coders, segments, choice);
  const inScope = new Set<string>(scoped.documents.map((d) => d.id));
  const convert = new Map<string, (offset: number) => number>();
  const documents = scoped.documents.map((d) => {
    const toPoints = choice.codePoints === true ? codePoints(liveDocumentText(store.conn, d.id).text) : (n: number) => n;
    convert.set(d.id, toPoints);
    return { ...d, length: toPoints(d.length) };
  });
  const segmentsByCoder = new Map<CoderId, ComparisonSegment[]>(coders.map((c) => [c.id, []]));
  for (const s of segments) {
    const toPoints = convert.get(s.documentId);
    if (!inScope.has(s.documentId) || toPoints === undefined) continue;
    segmentsByCoder.get(s.coderId)?.push({ ...s, start: toPoints(s.start), end: toPoints(s.end) });
  }
  return { ...scoped, documents, coders, codes: store.listCodes(), segmentsByCoder };
}

export function requireCodes(codes: readonly CodeRow[], codeIds: readonly string[]): CodeRow[] {
  return codeIds.map((id) => {
    const code = codes.find((c) => c.id === id);
    if (code === undefined) throw new DomainError('not-found', `No code with id ${id} in this project.`);
    return code;
  });
}

export function documentName(data: ComparisonData, id: DocumentId): string {
  return data.documents.find((d) => d.id === id)?.name ?? id;
}
