import { counted, listed, ReportBuilder, type ExchangeReport } from '../../core/exchange-report';
import type {
  LinkDirection,
  RefiCodebook,
  RefiLink,
  RefiMedia,
  RefiProject,
  RefiSelection,
  RefiSet,
  RefiSource,
} from '../../adapters/refi';
import type { RelationDirection, RelationEndKind } from '../../shared/features/sets-types';
import {
  exchangeCoders,
  exchangeCodes,
  exchangeCodingKeys,
  exchangeDocumentHeads,
  exchangeDocumentSegments,
  exchangeDocumentText,
  exchangeSegmentIds,
  findMedia,
  getSetting,
  listCases,
  listCodeOrigins,
  listMemos,
  listRelationRecords,
  listSets,
  listSyncPoints,
  SETTING_ACTIVE_CODER,
  SETTING_PROJECT_CREATOR,
  type ProjectStore,
} from '../../storage';
import { derivedGuid } from '../../adapters/refi';
import { exportCases } from './export-cases';
import { exportMemos, type ExportedMemos } from './export-memos';
import { exportTree } from './export-tree';
import { readImportRecord } from './import-record';
import { resolveMediaPath } from '../media/media-paths';

export const ORIGIN = 'Gioia Studio';

const DIRECTION_OUT: Readonly<Record<RelationDirection, LinkDirection>> = {
  associative: 'Associative',
  'one-way': 'OneWay',
  bidirectional: 'Bidirectional',
};

/** Which codings a filtered export keeps; segments left with none are left out. */
export interface CodingScope {
  readonly keep: (segmentId: string, codeId: string) => boolean;
  /** Says whose codings the file holds; added to the project description. */
  readonly note: string;
}

/** A document's recording for the exchange file: where it is on this machine, and its sync points. */
function mediaOf(store: ProjectStore, documentId: string): { media?: RefiMedia } {
  const record = findMedia(store.conn, documentId);
  if (record === null) return {};
  return {
    media: {
      guid: derivedGuid('gioia-media', documentId),
      transcriptGuid: derivedGuid('gioia-transcript', documentId),
      kind: record.kind,
      path: resolveMediaPath(store.path, record.path),
      name: record.fileName,
      syncPoints: listSyncPoints(store.conn, documentId).map((p) => ({
        guid: derivedGuid('gioia-sync', documentId, String(p.offset)),
        ...p,
      })),
    },
  };
}

/**
 * Reads a whole project into the interchange model, with a report of what the recipient will see
 * that differs from what the project came with. Everything that has an id keeps it as its GUID;
 * variables, per-document cases and codings get name-based GUIDs that survive a round trip
 * through another tool, so two exports agree byte for byte.
 */
export function projectToModel(store: ProjectStore, scope: CodingScope | null = null): { model: RefiProject; report: ExchangeReport } {
  const conn = store.conn;
  const project = store.project();
  const report = new ReportBuilder();
  const keys = exchangeCodingKeys(conn);
  const kept = scope === null ? keys : keys.filter((k) => scope.keep(k.segmentId, k.codeId));
  // Unfiltered, every live segment goes out, coded or not; filtered, only those keeping a coding.
  const exportedSegments = new Set(scope === null ? exchangeSegmentIds(conn) : kept.map((k) => k.segmentId));
  const documents = exchangeDocumentHeads(conn);
  const codes = exchangeCodes(conn);
  const liveIds = new Set<string>([...documents.map((d) => d.id), ...codes.map((c) => c.id)]);
  const relations = listRelationRecords(conn);
  const sets = listSets(conn);
  const stored = new Set<string>([...relations.map((r) => r.id), ...sets.map((s) => s.id)]);
  const caseIds = new Set<string>(listCases(conn).map((c) => c.id));
  const memos = exportMemos(listMemos(conn), (kind, id) => {
    if (kind === 'project') return true;
    if (id === null) return false;
    if (kind === 'segment') return exportedSegments.has(id);
    if (kind === 'case') return caseIds.has(id);
    if (kind === 'relation') return stored.has(id);
    return liveIds.has(id);
  });
  const { variables, cases, report: casesReport } = exportCases(conn, documents, exportedSegments, memos);
  const codedDirectly = new Set(kept.map((k) => k.codeId));
  const tree = exportTree(codes, listCodeOrigins(conn), codedDirectly, (id) => memos.refs('code', id));

  const sources: RefiSource[] = documents.map(
    (d) =>
      new StoredSource(
        {
          guid: d.id,
          name: d.name,
          userGuid: d.importedBy,
          createdAt: d.importedAt,
          noteGuids: memos.refs('document', d.id),
          variableValues: [],
          description: memos.description('document', d.id),
          ...mediaOf(store, d.id),
        },
        () => exchangeDocumentText(conn, d.id),
        () => selectionsOf(exchangeDocumentSegments(conn, d.id), scope, memos),
      ),
  );

  const guidOf = (kind: RelationEndKind, id: string): string | null => {
    if (kind === 'segment') return exportedSegments.has(id) ? id : null;
    if (kind === 'memo') return memos.noteIds.has(id) ? id : null;
    if (kind === 'case') return caseIds.has(id) ? id : null;
    if (kind === 'set') return stored.has(id) ? id : null;
    return liveIds.has(id) ? id : null;
  };
  const links: RefiLink[] = [];
  let linksLeft = 0;
  for (const r of relations) {
    const origin = guidOf(r.originKind, r.originId);
    const target = guidOf(r.targetKind, r.targetId);
    if (origin === null || target === null) {
      linksLeft++;
      continue;
    }
    links.push({
      guid: r.id,
      name: r.name,
      direction: DIRECTION_OUT[r.direction],
      colour: r.colour,
      originGuid: origin,
      targetGuid: target,
      noteGuids: memos.refs('relation', r.id),
    });
  }
  const userSets: RefiSet[] = sets.map((s) => ({
    guid: s.id,
    name: s.name,
    description: s.description,
    codeGuids: [...s.codeIds],
    sourceGuids: [...s.documentIds],
    noteGuids: s.memoIds.filter((m) => memos.noteIds.has(m)),
  }));

  const coders = exchangeCoders(conn);
  const liveCoder = (id: string | null) => (id !== null && coders.some((c) => c.id === id) ? id : null);
  const creator = liveCoder(getSetting(conn, SETTING_PROJECT_CREATOR)) ?? coders[0]?.id ?? null;
  const model: RefiProject = {
    name: project?.name ?? 'Untitled project',
    description:
      scope === null ? (project?.description ?? '') : [project?.description ?? '', scope.note].filter((t) => t !== '').join('\n\n'),
    origin: ORIGIN,
    creatingUserGuid: creator,
    modifyingUserGuid: liveCoder(getSetting(conn, SETTING_ACTIVE_CODER)),
    createdAt: project?.createdAt ?? null,
    users: coders
      .map((c) => ({ guid: c.id, name: c.name }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.guid < b.guid ? -1 : 1)),
    codes: tree.tree,
    variables,
    cases,
    sources,
    notes: memos.notes,
    sets: [...userSets, ...tree.levelSets],
    links,
    noteGuids: memos.refs('project', null),
    omitted: new Map(),
  };

  const codings = kept.length;
  report.kept(
    `${counted(documents.length, 'document')}, ${counted(exportedSegments.size, 'selection')} (${counted(codings, 'coding')}), ${counted(coders.length, 'user')} and ${counted(memos.notes.length, 'note')}.`,
  );
  report.add(tree.report).add(casesReport).add(memos.report);
  if (userSets.length > 0)
    report.kept(
      `${counted(userSets.length, 'set')}: ${listed(
        userSets.map((s) => `"${s.name}"`),
        6,
      )}.`,
    );
  if (links.length > 0) report.kept(`${counted(links.length, 'relation')}.`);
  if (linksLeft > 0) report.skipped(`${counted(linksLeft, 'relation')} to items this file leaves out stay behind.`);
  if (scope !== null) {
    const left = keys.length - codings;
    report.skipped(`${counted(left, 'coding')} of other coders left out: ${scope.note}`);
  }
  const record = readImportRecord(conn);
  if (record !== null) {
    const from = record.origin === '' ? record.file : `${record.file} (${record.origin})`;
    for (const attribute of record.derivedAttributes)
      report.mapped(
        `The attribute "${attribute}", made from document groups "${attribute}: …" at import, goes out as a variable too (the groups are kept).`,
      );
    for (const line of record.notImported) report.skipped(`Not in this file, as it did not come in from ${from} either: ${line}`);
  }
  return { model, report: report.build() };
}

/**
 * A document as the export model holds it: its text and its selections are read from the project
 * each time they are asked for, not kept, so an export of a whole study holds one document's
 * selections at a time rather than every text and 50,000 selections at once. The writer reads
 * each once per element.
 */
class StoredSource implements RefiSource {
  readonly guid: string;
  readonly name: string;
  readonly userGuid: string | null;
  readonly createdAt: string | null;
  readonly noteGuids: readonly string[];
  readonly variableValues: RefiSource['variableValues'];
  readonly description: string;
  readonly media?: RefiMedia;

  constructor(
    head: Omit<RefiSource, 'text' | 'selections'>,
    private readonly readText: () => string,
    private readonly readSelections: () => RefiSelection[],
  ) {
    this.guid = head.guid;
    this.name = head.name;
    this.userGuid = head.userGuid;
    this.createdAt = head.createdAt;
    this.noteGuids = head.noteGuids;
    this.variableValues = head.variableValues;
    this.description = head.description;
    if (head.media !== undefined) this.media = head.media;
  }

  get text(): string {
    return this.readText();
  }

  get selections(): readonly RefiSelection[] {
    return this.readSelections();
  }
}

function selectionsOf(
  segments: ReturnType<typeof exchangeDocumentSegments>,
  scope: CodingScope | null,
  memos: ExportedMemos,
): RefiSelection[] {
  const out: RefiSelection[] = [];
  for (const s of segments) {
    const links = scope === null ? s.links : s.links.filter((l) => scope.keep(s.id, l.codeId));
    if (scope !== null && links.length === 0) continue;
    out.push({
      guid: s.id,
      name: s.quote,
      start: s.start,
      end: s.end,
      userGuid: s.coderId,
      createdAt: s.createdAt,
      noteGuids: memos.refs('segment', s.id),
      description: memos.description('segment', s.id),
      codings: links.map((l, i) => ({
        guid: derivedGuid('coding', s.id, l.codeId),
        codeGuid: l.codeId,
        userGuid: l.coderId,
        createdAt: l.createdAt,
        noteGuids: i === 0 ? memos.codingRefs(s.id) : [],
      })),
    });
  }
  return out;
}

export function codebookToModel(store: ProjectStore): { codebook: RefiCodebook; report: ExchangeReport } {
  const codedDirectly = new Set(exchangeCodingKeys(store.conn).map((k) => k.codeId));
  const tree = exportTree(exchangeCodes(store.conn), listCodeOrigins(store.conn), codedDirectly, () => []);
  const codeSets: RefiSet[] = listSets(store.conn)
    .filter((s) => s.codeIds.length > 0)
    .map((s) => ({ guid: s.id, name: s.name, description: s.description, codeGuids: [...s.codeIds], sourceGuids: [], noteGuids: [] }));
  const report = new ReportBuilder().add(tree.report);
  if (codeSets.length > 0)
    report.kept(
      `${counted(codeSets.length, 'code set')}: ${listed(
        codeSets.map((s) => `"${s.name}"`),
        6,
      )}.`,
    );
  const withOthers = listSets(store.conn).filter((s) => s.documentIds.length + s.memoIds.length > 0).length;
  if (withOthers > 0) report.skipped(`${counted(withOthers, 'set')} of documents or memos stay behind: a codebook holds codes only.`);
  return { codebook: { origin: ORIGIN, codes: tree.tree, sets: [...codeSets, ...tree.levelSets] }, report: report.build() };
}
