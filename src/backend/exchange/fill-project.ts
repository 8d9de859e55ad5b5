import { randomUUID } from 'node:crypto';
import type { CodeId, CoderId, DocumentId } from '../../core/ids';
import { counted, ReportBuilder, type ExchangeReport } from '../../core/exchange-report';
import { isValidRange, range } from '../../core/offsets';
import { detectSpeakerTurns } from '../../core/speaker-turns';
import { numberedName } from '../../core/text-rules';
import type { RefiProject } from '../../adapters/refi';
import { coderId, documentId } from '../../shared/schemas';
import {
  addDocument,
  createCoder,
  getCoder,
  insertImportedSegments,
  type ImportedSegment,
  insertProject,
  setSetting,
  SETTING_ACTIVE_CODER,
  SETTING_PROJECT_CREATOR,
  type Tx,
} from '../../storage';
import { writeRecording, type Recordings } from './exchange-media';
import { keepOrFresh, laterIds, type ImportIds } from './import-ids';
import { planLevels } from './levels';
import { ownCaseDocument } from './own-cases';
import { writeAttributes } from './write-attributes';
import { writeCases } from './write-cases';
import { writePlannedCodes } from './write-codes';
import { writeNotes } from './write-notes';
import { writeRelations } from './write-relations';
import { writeSets } from './write-sets';

const CODER_COLOURS = ['#3f7cac', '#c2571a', '#2e8b57', '#8e44ad', '#b8860b', '#c0392b', '#16a085', '#7f8c8d'];

export interface FillSummary {
  readonly documentIds: DocumentId[];
  readonly report: ExchangeReport;
  /** Attributes made from "variable: value" document groups. */
  readonly derivedAttributes: readonly string[];
}

/**
 * Writes a whole interchange project into an empty project file, inside the caller's single
 * mutation: a failure anywhere rolls everything back. GUIDs become our ids, so exporting the
 * imported project gives the partner tool back the GUIDs it wrote.
 */
export function fillProject(
  tx: Tx,
  model: RefiProject,
  input: {
    name: string;
    appVersion: string;
    coderName: string | null;
    /** The recordings read for the sources, for the project file being filled. */
    recordings?: Recordings;
  },
): FillSummary {
  const projectId = insertProject(tx, {
    name: model.name.trim() || input.name,
    description: model.description,
    appVersion: input.appVersion,
  });
  // Dates travel with the data: the partner tool's creation times are the research record.
  if (isDateTime(model.createdAt)) tx.update('project', { id: projectId }, { created_at: model.createdAt });
  const report = new ReportBuilder();

  const coders = new Map<string, CoderId>();
  const usedNames = new Set<string>();
  model.users.forEach((u, i) => {
    const name = uniqueName(u.name, usedNames);
    coders.set(
      u.guid,
      createCoder(tx, { id: coderId.parse(u.guid), name, colour: CODER_COLOURS[i % CODER_COLOURS.length] ?? '#3f7cac' }).id,
    );
  });
  let fallback: CoderId | null = coders.values().next().value ?? null;
  const coderFor = (guid: string | null): CoderId => {
    const known = guid === null ? undefined : coders.get(guid);
    if (known !== undefined) return known;
    if (fallback === null) {
      const name = uniqueName(input.coderName ?? 'Unknown coder', usedNames);
      fallback = createCoder(tx, { name, colour: CODER_COLOURS[0] ?? '#3f7cac' }).id;
      report.mapped(`Selections without a known user were assigned to "${name}".`);
    }
    return fallback;
  };

  const plan = planLevels(model.codes, model.sets);
  const codes = writePlannedCodes(tx, plan.codes, false);
  report.mapped(...plan.rules);

  const written = writeDocuments(tx, model, codes.ids, coders, coderFor, input.recordings);
  report.skipped(...written.skipped);
  const ids = laterIds(tx.conn, model, written.ids);
  const ownCases = new Map(
    model.cases.flatMap((c) => {
      const doc = ownCaseDocument(c, ids.documents);
      return doc === null ? [] : [[c.guid, doc] as const];
    }),
  );
  const activeName = chooseCoders(tx, model, input.coderName, coders, usedNames, coderFor);
  const attributes = writeAttributes(tx, model, ids.documents, ownCases);
  const cases = writeCases(tx, model, ids, attributes);
  const sets = writeSets(tx, model, ids);
  const relations = writeRelations(tx, model, ids);
  const notes = writeNotes(tx, model, ids, coderFor, relations.created, isDateTime);

  const head = `${counted(written.documentIds.length, 'document')}, ${counted(codes.added, 'code')}, ${counted(written.segments, 'segment')} (${counted(written.codings, 'coding')}), ${counted(coders.size, 'user')}, ${counted(notes.count, 'memo')} and ${counted(attributes.count, 'attribute value')} imported.`;
  const out = new ReportBuilder()
    .kept(head)
    .add(cases.report)
    .add(sets.report)
    .add(relations.report)
    .add(notes.report)
    .add(attributes.report)
    .add(report.build())
    .mapped(`You code as “${activeName}” in this project (change it in the status bar).`);
  return { documentIds: written.documentIds, report: out.build(), derivedAttributes: sets.derivedAttributes };
}

function writeDocuments(
  tx: Tx,
  model: RefiProject,
  codeIds: ReadonlyMap<string, CodeId>,
  coders: ReadonlyMap<string, CoderId>,
  coderFor: (guid: string | null) => CoderId,
  recordings: Recordings | undefined,
): {
  ids: Pick<ImportIds, 'codes' | 'documents' | 'segments'>;
  documentIds: DocumentId[];
  segments: number;
  codings: number;
  skipped: string[];
} {
  const documentIds: DocumentId[] = [];
  const segmentIds = new Map<string, string>();
  let codings = 0;
  let unknownCodes = 0;
  for (const source of model.sources) {
    const id = addDocument(tx, {
      id: documentId.parse(source.guid),
      name: source.name,
      text: source.text,
      turns: detectSpeakerTurns(source.text),
      sourceName: source.name,
      sourceFormat: 'qdpx',
      sourceEncoding: 'utf-8',
      sourceBytes: Buffer.byteLength(source.text, 'utf8'),
      importedBy: source.userGuid === null ? null : (coders.get(source.userGuid) ?? null),
    });
    documentIds.push(id);
    if (source.media !== undefined && recordings !== undefined) writeRecording(tx, id, { ...source, media: source.media }, recordings);
    if (isDateTime(source.createdAt)) tx.update('documents', { id }, { imported_at: source.createdAt });
    const segments: ImportedSegment[] = [];
    const batchIds = new Set<string>();
    for (const s of source.selections) {
      if (!isValidRange(source.text, range(s.start, s.end))) continue;
      const coderId = coderFor(s.userGuid);
      const links = new Map<CodeId, { codeId: string; coderId: string; createdAt: string }>();
      for (const c of s.codings) {
        const codeId = codeIds.get(c.codeGuid);
        if (codeId === undefined) {
          unknownCodes++;
          continue;
        }
        if (!links.has(codeId))
          links.set(codeId, { codeId, coderId: coderFor(c.userGuid ?? s.userGuid), createdAt: when(c.createdAt, tx.now) });
      }
      // Segments are written a document at a time, so a GUID repeated within this batch is not yet in the table.
      const segmentId = batchIds.has(s.guid) ? randomUUID() : keepOrFresh<string>(tx.conn, 'segments', s.guid);
      batchIds.add(segmentId);
      segments.push({
        id: segmentId,
        documentId: id,
        start: s.start,
        end: s.end,
        quote: source.text.slice(s.start, s.end),
        coderId,
        createdAt: when(s.createdAt, tx.now),
        links: [...links.values()],
      });
      segmentIds.set(s.guid, segmentId);
      codings += links.size;
    }
    insertImportedSegments(tx, segments);
  }
  const skipped = unknownCodes > 0 ? [`${counted(unknownCodes, 'coding')} skipped: they refer to codes not in the codebook.`] : [];
  return {
    ids: { codes: codeIds, documents: new Set(documentIds), segments: segmentIds },
    documentIds,
    segments: segmentIds.size,
    codings,
    skipped,
  };
}

/**
 * Who codes next is said, never chosen silently: the user's own name when the file knows it (or a
 * new coder of that name); else the file's modifying user (our export writes the active coder
 * there), its creating user, or its first user. The creating user is kept for the next export.
 */
function chooseCoders(
  tx: Tx,
  model: RefiProject,
  coderName: string | null,
  coders: ReadonlyMap<string, CoderId>,
  usedNames: Set<string>,
  coderFor: (guid: string | null) => CoderId,
): string {
  const own = coderName === null ? undefined : model.users.find((u) => u.name.trim() === coderName);
  const known = (guid: string | null) => (guid === null ? undefined : coders.get(guid));
  const active =
    own !== undefined
      ? (coders.get(own.guid) ?? coderFor(null))
      : coderName !== null
        ? createCoder(tx, {
            name: uniqueName(coderName, usedNames),
            colour: CODER_COLOURS[coders.size % CODER_COLOURS.length] ?? '#3f7cac',
          }).id
        : (known(model.modifyingUserGuid) ?? known(model.creatingUserGuid) ?? coderFor(null));
  setSetting(tx, SETTING_ACTIVE_CODER, active);
  const creator = known(model.creatingUserGuid);
  if (creator !== undefined) setSetting(tx, SETTING_PROJECT_CREATOR, creator);
  return getCoder(tx.conn, active)?.name ?? '';
}

function uniqueName(wanted: string, used: Set<string>): string {
  const base = wanted.trim() || 'Coder';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = numberedName(base, n);
  used.add(name.toLowerCase());
  return name;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;

function isDateTime(value: string | null): value is string {
  return value !== null && ISO.test(value) && !Number.isNaN(Date.parse(value));
}

function when(value: string | null, fallback: string): string {
  return isDateTime(value) ? value : fallback;
}
