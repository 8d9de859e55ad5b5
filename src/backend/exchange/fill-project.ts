import { randomUUID } from 'node:crypto';
import type { CodeId, CoderId, DocumentId } from '../../core/ids';
import { isValidRange, range } from '../../core/offsets';
import { detectSpeakerTurns } from '../../core/speaker-turns';
import { numberedName } from '../../core/text-rules';
import type { RefiProject } from '../../adapters/refi';
import { coderId, documentId, memoId as memoIdSchema } from '../../shared/schemas';
import {
  addDocument,
  createCoder,
  createMemo,
  insertImportedSegment,
  insertProject,
  isIdTaken,
  newMemoId,
  setSetting,
  SETTING_ACTIVE_CODER,
  type MemoTargetKind,
  type Tx,
} from '../../storage';
import { writeRecording, type Recordings } from './exchange-media';
import { writeAttributes } from './write-attributes';
import { planLevels } from './levels';
import { lexicalFromText } from './memo-body';
import { writePlannedCodes } from './write-codes';

const CODER_COLOURS = ['#3f7cac', '#c2571a', '#2e8b57', '#8e44ad', '#b8860b', '#c0392b', '#16a085', '#7f8c8d'];

export interface FillSummary {
  readonly documentIds: DocumentId[];
  readonly details: string[];
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
  const details: string[] = [];

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
      details.push(`Selections without a known user were assigned to "${name}".`);
    }
    return fallback;
  };

  const plan = planLevels(model.codes, model.sets);
  const codes = writePlannedCodes(tx, plan.codes, false);
  details.push(...plan.rules);

  const documentIds: DocumentId[] = [];
  let segments = 0;
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
    if (source.media !== undefined && input.recordings !== undefined)
      writeRecording(tx, id, { ...source, media: source.media }, input.recordings);
    if (isDateTime(source.createdAt)) tx.update('documents', { id }, { imported_at: source.createdAt });
    for (const s of source.selections) {
      if (!isValidRange(source.text, range(s.start, s.end))) continue;
      const coderId = coderFor(s.userGuid);
      const links = new Map<CodeId, { codeId: string; coderId: string; createdAt: string }>();
      for (const c of s.codings) {
        const codeId = codes.ids.get(c.codeGuid);
        if (codeId === undefined) {
          unknownCodes++;
          continue;
        }
        if (!links.has(codeId))
          links.set(codeId, { codeId, coderId: coderFor(c.userGuid ?? s.userGuid), createdAt: when(c.createdAt, tx.now) });
      }
      const segmentId = isIdTaken(tx.conn, 'segments', s.guid) ? randomUUID() : s.guid;
      insertImportedSegment(tx, {
        id: segmentId,
        documentId: id,
        start: s.start,
        end: s.end,
        quote: source.text.slice(s.start, s.end),
        coderId,
        createdAt: when(s.createdAt, tx.now),
        links: [...links.values()],
      });
      segments++;
      codings += links.size;
    }
  }
  if (unknownCodes > 0)
    details.push(`${unknownCodes} coding${unknownCodes === 1 ? '' : 's'} skipped: they refer to codes not in the codebook.`);
  // Who codes next is said, never chosen silently: the user's own name when the file knows it (or a
  // new coder of that name), else the file's first user.
  const own = input.coderName === null ? undefined : model.users.find((u) => u.name.trim() === input.coderName);
  const active =
    own !== undefined
      ? (coders.get(own.guid) ?? coderFor(null))
      : input.coderName !== null
        ? createCoder(tx, {
            name: uniqueName(input.coderName, usedNames),
            colour: CODER_COLOURS[coders.size % CODER_COLOURS.length] ?? '#3f7cac',
          }).id
        : (fallback ?? coderFor(null));
  setSetting(tx, SETTING_ACTIVE_CODER, active);
  const activeName = tx.conn.get<{ name: string }>('SELECT name FROM coders WHERE id = ?', [active])?.name ?? '';

  const attributes = writeAttributes(tx, model, new Set(documentIds));
  details.push(...attributes.details);
  const memos = writeNotes(tx, model, codes.ids, coderFor);
  details.push(`You code as “${activeName}” in this project (change it in the status bar).`);
  details.unshift(
    `${documentIds.length} document${plural(documentIds.length)}, ${codes.added} code${plural(codes.added)}, ${segments} segment${plural(segments)} (${codings} coding${plural(codings)}), ${coders.size} user${plural(coders.size)}, ${memos} memo${plural(memos)} and ${attributes.count} attribute value${plural(attributes.count)} imported.`,
  );
  return { documentIds, details };
}

function writeNotes(tx: Tx, model: RefiProject, codeIds: ReadonlyMap<string, CodeId>, coderFor: (g: string | null) => CoderId): number {
  const targets = new Map<string, { kind: MemoTargetKind; id: string | null }>();
  const claim = (noteGuids: readonly string[], kind: MemoTargetKind, id: string | null) => {
    for (const g of noteGuids) if (!targets.has(g)) targets.set(g, { kind, id });
  };
  claim(model.noteGuids, 'project', null);
  const walk = (codes: RefiProject['codes']): void => {
    for (const c of codes) {
      const id = codeIds.get(c.guid);
      if (id !== undefined) claim(c.noteGuids, 'code', id);
      walk(c.children);
    }
  };
  walk(model.codes);
  for (const s of model.sources) {
    claim(s.noteGuids, 'document', s.guid);
    for (const sel of s.selections) claim(sel.noteGuids, 'segment', sel.guid);
  }
  let count = 0;
  for (const note of model.notes) {
    const target = targets.get(note.guid) ?? { kind: 'project' as const, id: null };
    const memoId = createMemo(tx, {
      id: isIdTaken(tx.conn, 'memos', note.guid) ? newMemoId() : memoIdSchema.parse(note.guid),
      targetKind: target.kind,
      targetId: target.id,
      title: note.name,
      bodyJson: lexicalFromText(note.text),
      bodyText: note.text,
      authorId: note.userGuid === null ? null : coderFor(note.userGuid),
    });
    if (isDateTime(note.createdAt)) tx.update('memos', { id: memoId }, { created_at: note.createdAt, updated_at: note.createdAt });
    count++;
  }
  return count;
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

function plural(n: number): string {
  return n === 1 ? '' : 's';
}
