import { buildCodeTree } from '../../core/codebook';
import {
  derivedGuid,
  GIOIA_LEVEL_SETS,
  type RefiCode,
  type RefiCodebook,
  type RefiMedia,
  type RefiNote,
  type RefiProject,
  type RefiSet,
  type RefiSource,
  type VariableType,
} from '../../adapters/refi';
import {
  exchangeAttributeValues,
  exchangeCoders,
  exchangeCodes,
  exchangeDocuments,
  exchangeSegments,
  findMedia,
  listAttributes,
  listMemos,
  listSyncPoints,
  type ExchangeCode,
  type ProjectStore,
} from '../../storage';
import { resolveMediaPath } from '../media/media-paths';

export const ORIGIN = 'Gioia Studio';

const VARIABLE_TYPE: Readonly<Record<string, VariableType>> = {
  text: 'Text',
  integer: 'Integer',
  float: 'Float',
  date: 'Date',
  boolean: 'Boolean',
};

/**
 * Reads a whole project into the interchange model. Everything that has an id keeps it as its
 * GUID; variables, cases and codings get name-based GUIDs (variable name, document id, segment and
 * code id) that survive a round trip through another tool, so two exports agree byte for byte.
 */
export interface CodingScope {
  /** Whether a coding (code on segment) belongs in the export; segments left with none are left out. */
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

export function projectToModel(store: ProjectStore, scope: CodingScope | null = null): RefiProject {
  const conn = store.conn;
  const project = store.project();
  const coders = exchangeCoders(conn);
  const memos = listMemos(conn);
  const memoIndex = new Map<string, string[]>();
  for (const m of memos) {
    const key = `${m.targetKind}/${m.targetId ?? ''}`;
    memoIndex.set(key, [...(memoIndex.get(key) ?? []), m.id]);
  }
  const notesOn = (kind: string, id: string | null): string[] => memoIndex.get(`${kind}/${id ?? ''}`) ?? [];
  const segments = exchangeSegments(conn)
    .map((s) => (scope === null ? s : { ...s, links: s.links.filter((l) => scope.keep(s.id, l.codeId)) }))
    .filter((s) => scope === null || s.links.length > 0);
  const codedDirectly = new Set(segments.flatMap((s) => s.links.map((l) => l.codeId)));
  const codes = exchangeCodes(conn);
  const { tree, sets } = codeTree(codes, codedDirectly, (id) => notesOn('code', id));

  const attributeDefs = listAttributes(conn);
  const variables = attributeDefs.map((a) => ({
    guid: derivedGuid('gioia-variable', a.name),
    name: a.name,
    type: VARIABLE_TYPE[a.type] ?? 'Text',
  }));
  const variableGuid = new Map(variables.map((v) => [v.name, v.guid] as const));
  const valuesByDoc = new Map<string, Array<{ variableGuid: string; value: string }>>();
  for (const v of exchangeAttributeValues(conn)) {
    const list = valuesByDoc.get(v.documentId) ?? [];
    list.push({ variableGuid: variableGuid.get(v.name) ?? derivedGuid('gioia-variable', v.name), value: v.value });
    valuesByDoc.set(v.documentId, list);
  }

  const segmentsByDoc = new Map<string, typeof segments>();
  for (const s of segments) {
    const list = segmentsByDoc.get(s.documentId) ?? [];
    list.push(s);
    segmentsByDoc.set(s.documentId, list);
  }
  const documents = exchangeDocuments(conn);
  const sources: RefiSource[] = documents.map((d) => ({
    guid: d.id,
    name: d.name,
    text: d.text,
    userGuid: d.importedBy,
    createdAt: d.importedAt,
    noteGuids: notesOn('document', d.id),
    variableValues: [],
    selections: (segmentsByDoc.get(d.id) ?? []).map((s) => ({
      guid: s.id,
      name: s.quote,
      start: s.start,
      end: s.end,
      userGuid: s.coderId,
      createdAt: s.createdAt,
      noteGuids: notesOn('segment', s.id),
      codings: s.links.map((l) => ({
        guid: derivedGuid('coding', s.id, l.codeId),
        codeGuid: l.codeId,
        userGuid: l.coderId,
        createdAt: l.createdAt,
      })),
    })),
    ...mediaOf(store, d.id),
  }));
  const cases = documents
    .filter((d) => (valuesByDoc.get(d.id) ?? []).length > 0)
    .map((d) => ({ guid: derivedGuid('gioia-case', d.id), name: d.name, values: valuesByDoc.get(d.id) ?? [], sourceGuids: [d.id] }));

  const live = new Set([...documents.map((d) => d.id), ...codes.map((c) => c.id), ...segments.map((s) => s.id)]);
  const notes: RefiNote[] = memos
    .filter((m) => m.targetKind === 'project' || (m.targetId !== null && live.has(m.targetId)))
    .map((m) => ({ guid: m.id, name: m.title, text: m.bodyText, userGuid: m.authorId, createdAt: m.createdAt }));

  return {
    name: project?.name ?? 'Untitled project',
    description:
      scope === null ? (project?.description ?? '') : [project?.description ?? '', scope.note].filter((t) => t !== '').join('\n\n'),
    origin: ORIGIN,
    // Coders have no "creator" of the project we could name faithfully; the attribute is optional.
    creatingUserGuid: null,
    createdAt: project?.createdAt ?? null,
    users: coders
      .map((c) => ({ guid: c.id, name: c.name }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.guid < b.guid ? -1 : 1)),
    codes: tree,
    variables,
    cases,
    sources,
    notes,
    sets,
    noteGuids: notesOn('project', null),
  };
}

export function codebookToModel(store: ProjectStore): RefiCodebook {
  const codedDirectly = new Set(exchangeSegments(store.conn).flatMap((s) => s.links.map((l) => l.codeId)));
  const { tree, sets } = codeTree(exchangeCodes(store.conn), codedDirectly, () => []);
  return { origin: ORIGIN, codes: tree, sets };
}

/**
 * The Gioia tree as nested codes: dimensions › themes › concepts, then themes and concepts not yet
 * grouped. Themes and dimensions are folders (isCodable false) unless segments are coded with them.
 */
function codeTree(
  codes: readonly ExchangeCode[],
  codedDirectly: ReadonlySet<string>,
  notes: (id: string) => string[],
): { tree: RefiCode[]; sets: RefiSet[] } {
  const built = buildCodeTree(codes);
  const node = (c: ExchangeCode, children: RefiCode[]): RefiCode => ({
    guid: c.id,
    name: c.name,
    description: c.definition,
    colour: c.colour,
    isCodable: c.level === 'concept' || codedDirectly.has(c.id),
    noteGuids: notes(c.id),
    children,
  });
  const themeNode = (t: { node: ExchangeCode; concepts: readonly ExchangeCode[] }) =>
    node(
      t.node,
      t.concepts.map((c) => node(c, [])),
    );
  const tree = [
    ...built.dimensions.map((d) => node(d.node, d.themes.map(themeNode))),
    ...built.ungroupedThemes.map(themeNode),
    ...built.ungroupedConcepts.map((c) => node(c, [])),
  ];
  const sets = (Object.entries(GIOIA_LEVEL_SETS) as Array<[ExchangeCode['level'], string]>)
    .map(([level, name]) => ({
      guid: derivedGuid('gioia-level', level),
      name,
      codeGuids: codes
        .filter((c) => c.level === level)
        .map((c) => c.id)
        .sort(),
    }))
    .filter((s) => s.codeGuids.length > 0);
  return { tree, sets };
}
