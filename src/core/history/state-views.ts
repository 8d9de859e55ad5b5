import { CODE_LEVELS, type CodeLevel, type CodeRow } from '../codebook';
import type { CodeId, CoderId, DocumentId, SegmentId } from '../ids';
import { countCodings } from '../layers/code-counts';
import { consensusLayer, type LayerCoding } from '../layers/consensus-layer';
import { type LogRow, loggedId } from './log-event';
import { tallyPoint } from './point-tally';
import type { ReplayState } from './replay-state';

/** Whose codings the counts are over; the consensus layer is rebuilt from the coders of that moment. */
export type ReplayScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'coders'; readonly coderIds: readonly string[] }
  | { readonly kind: 'consensus'; readonly overlap: number };

const text = (row: LogRow, column: string): string => {
  const v = row[column];
  return typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
};
const numeric = (row: LogRow, column: string): number => Number(row[column] ?? 0);
const live = (row: LogRow | undefined): row is LogRow => row !== undefined && (row.deleted_at ?? null) === null;

function isLevel(v: unknown): v is CodeLevel {
  return (CODE_LEVELS as readonly unknown[]).includes(v);
}

const LEVEL_ORDER: Readonly<Record<CodeLevel, number>> = { dimension: 0, theme: 1, concept: 2 };

/** Live codes at this point, in the codebook's order (level, position, name). */
export function liveCodes(s: ReplayState): Array<Omit<CodeRow, 'segmentCount' | 'documentCount'>> {
  const out: Array<Omit<CodeRow, 'segmentCount' | 'documentCount'>> = [];
  for (const row of s.tables.codes.values()) {
    if (!live(row) || !isLevel(row.level)) continue;
    const parent = row.parent_id ?? null;
    out.push({
      id: loggedId<CodeId>(row['id']),
      level: row.level,
      parentId: parent === null ? null : loggedId<CodeId>(parent),
      name: text(row, 'name'),
      definition: text(row, 'definition'),
      colour: text(row, 'colour') || '#8a929c',
      position: numeric(row, 'position'),
      inVivo: Number(row.in_vivo ?? 0) === 1,
    });
  }
  return out.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.position - b.position || a.name.localeCompare(b.name));
}

/**
 * Every live coding at this point (code, segment, document and coder all live), narrowed to the
 * scope; for the consensus layer in document order, like the stored codings, so it picks the same ones.
 */
export function liveCodings(s: ReplayState, scope: ReplayScope): LayerCoding[] {
  const { codes, segments, documents, segment_codes: links, coders } = s.tables;
  const wanted = scope.kind === 'coders' ? new Set(scope.coderIds) : null;
  const all: Array<LayerCoding & { readonly order: number }> = [];
  for (const link of links.values()) {
    const segmentId = text(link, 'segment_id');
    const codeId = text(link, 'code_id');
    const segment = segments.get(segmentId);
    if (!live(segment) || !live(codes.get(codeId))) continue;
    const documentId = text(segment, 'document_id');
    const document = documents.get(documentId);
    if (!live(document)) continue;
    const coderId = text(segment, 'coder_id');
    if (wanted !== null && !wanted.has(coderId)) continue;
    all.push({
      segmentId: loggedId<SegmentId>(segmentId),
      codeId: loggedId<CodeId>(codeId),
      documentId: loggedId<DocumentId>(documentId),
      coderId: loggedId<CoderId>(coderId),
      start: numeric(segment, 'start'),
      end: numeric(segment, 'end'),
      order: numeric(document, 'position'),
    });
  }
  // Counts need no order; the consensus layer does (it keeps the first of agreeing passages).
  if (scope.kind !== 'consensus') return all;
  all.sort((a, b) => a.order - b.order || a.start - b.start || a.end - b.end || a.codeId.localeCompare(b.codeId));
  // Oldest first, as the stored coders list them: the first human coder represents an agreed passage.
  const people = [...coders.values()]
    .filter((c) => live(c))
    .sort((a, b) => text(a, 'created_at').localeCompare(text(b, 'created_at')) || text(a, 'name').localeCompare(text(b, 'name')));
  const consensus = people.find((c) => c.kind === 'consensus');
  return consensusLayer(all, {
    consensusCoderId: consensus === undefined ? null : loggedId<CoderId>(consensus['id']),
    humanCoderIds: people.filter((c) => c.kind === 'human').map((c) => loggedId<CoderId>(c['id'])),
    overlap: scope.overlap,
  });
}

/** The codebook at this point with each code's distinct segment and document counts then. */
export function codesAt(s: ReplayState, scope: ReplayScope = { kind: 'all' }): CodeRow[] {
  const codes = liveCodes(s);
  const counts = countCodings(codes, liveCodings(s, scope));
  return codes.map((c) => ({ ...c, segmentCount: counts.get(c.id)?.segments ?? 0, documentCount: counts.get(c.id)?.documents ?? 0 }));
}

/** What a methods section counts at a point of the analysis. */
export interface PointCounts {
  /** 1st-order codes created up to this point, including those since merged or deleted. */
  readonly codesCreated: number;
  /** Live 1st-order concepts, grouped or not. */
  readonly concepts: number;
  /** Of them, those not yet grouped under a theme (the codebook's "open codes"). */
  readonly openCodes: number;
  readonly themes: number;
  readonly dimensions: number;
  /** Live code-on-segment links in scope. */
  readonly codings: number;
  /** Live documents. */
  readonly documents: number;
  /** Documents with at least one coding in scope. */
  readonly codedDocuments: number;
  /** Coders with at least one coding in scope. */
  readonly coders: number;
}

export function pointCounts(s: ReplayState, scope: ReplayScope, codesCreated: number): PointCounts {
  return pointView(s, scope, codesCreated).counts;
}

/** The codebook with its counts and the point's totals, from one pass over the codings. */
export function pointView(s: ReplayState, scope: ReplayScope, codesCreated: number): { codes: CodeRow[]; counts: PointCounts } {
  const codes = liveCodes(s);
  if (scope.kind !== 'consensus') {
    const t = tallyPoint(s, codes, scope.kind === 'coders' ? new Set(scope.coderIds) : null);
    const counted = codes.map((c, i) => ({ ...c, segmentCount: t.segments[i] ?? 0, documentCount: t.documents[i] ?? 0 }));
    return { codes: counted, counts: totals(s, codes, t, codesCreated) };
  }
  const codings = liveCodings(s, scope);
  const tallies = countCodings(codes, codings);
  const counted = codes.map((c) => ({
    ...c,
    segmentCount: tallies.get(c.id)?.segments ?? 0,
    documentCount: tallies.get(c.id)?.documents ?? 0,
  }));
  const coded = {
    codings: codings.length,
    codedDocuments: new Set(codings.map((c) => c.documentId)).size,
    coders: new Set(codings.map((c) => c.coderId)).size,
  };
  return { codes: counted, counts: totals(s, codes, coded, codesCreated) };
}

function totals(
  s: ReplayState,
  codes: ReadonlyArray<Omit<CodeRow, 'segmentCount' | 'documentCount'>>,
  coded: { readonly codings: number; readonly codedDocuments: number; readonly coders: number },
  codesCreated: number,
): PointCounts {
  const themeIds = new Set(codes.filter((c) => c.level === 'theme').map((c) => c.id as string));
  const concepts = codes.filter((c) => c.level === 'concept');
  let documents = 0;
  for (const d of s.tables.documents.values()) if (live(d)) documents++;
  return {
    codesCreated,
    concepts: concepts.length,
    openCodes: concepts.filter((c) => c.parentId === null || !themeIds.has(c.parentId)).length,
    themes: themeIds.size,
    dimensions: codes.filter((c) => c.level === 'dimension').length,
    codings: coded.codings,
    documents,
    codedDocuments: coded.codedDocuments,
    coders: coded.coders,
  };
}
