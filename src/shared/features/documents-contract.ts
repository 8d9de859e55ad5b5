import { z } from 'zod';
import { channel, type ChannelSpec } from '../channel-spec';
import { SPEAKER_ROLES, type SpeakerRole } from '../../core/speaker-roles';
import { documentId, filePath, lineValue, name, offset, uploadBase64, uploadName } from '../schemas';
import type { DocumentSummary } from '../types';
import type {
  AttributeInfo,
  AttributesCsvReport,
  DeleteDocumentResult,
  ImportPreview,
  ImportReport,
  ImportResult,
  NotSpeakerResult,
  RenameSpeakerResult,
  SpeakerUse,
  TurnEditResult,
} from './documents-types';

const speakerLabel = z.string().min(1).max(500);
const role = z.enum(SPEAKER_ROLES);
/** The import preview's choices for one file; what is left out takes the suggestion. */
const importChoices = z
  .object({
    speakers: z.record(speakerLabel, z.boolean()).optional(),
    headerLines: z.number().int().min(0).max(10_000).optional(),
    joinLines: z.boolean().optional(),
    roles: z.record(speakerLabel, role.nullable()).optional(),
  })
  .strict();
/** Values set on every imported document (`gioia import --attr phase=2`); undefined attributes are defined as text. */
const importAttributes = z.record(name, lineValue).default({});

/**
 * Transcripts and their attributes. Each imported file, rename, delete, attribute change
 * and speaker rename is one `store.mutate` — one event in the log and one undo step.
 */
export const documentsContract = {
  /** Imports files by path, one at a time, emitting `progress` events (task "import"); a failed file never stops the batch. */
  importFiles: channel<ImportReport>()(
    z
      .object({
        paths: z.array(filePath).min(1).max(10_000),
        attributes: importAttributes,
        /** The preview's choices per path. */
        choices: z.record(filePath, importChoices).default({}),
      })
      .strict(),
  ),
  /** Imports one file's bytes (drag-and-drop, the browser file picker); `fileName` gives format and default name. */
  importFileData: channel<ImportResult>()(
    z.object({ fileName: uploadName, dataBase64: uploadBase64, attributes: importAttributes, choices: importChoices.default({}) }).strict(),
  ),
  /** Reads files as an import would and stores nothing: format, encoding, speakers, header, first turns. */
  previewImport: channel<ImportPreview[]>()(
    z
      .object({
        paths: z.array(filePath).min(1).max(10_000),
        choices: z.record(filePath, importChoices).default({}),
        turns: z.number().int().min(0).max(10_000).default(12),
      })
      .strict(),
  ),
  previewImportData: channel<ImportPreview>()(
    z
      .object({
        fileName: uploadName,
        dataBase64: uploadBase64,
        choices: importChoices.default({}),
        turns: z.number().int().min(0).max(10_000).default(12),
      })
      .strict(),
  ),
  /** Joins the turn at `at` (an offset inside it) to the turn before; codings stay on their words. */
  mergeTurn: channel<TurnEditResult>()(z.object({ documentId: documentId, at: offset }).strict()),
  /** Splits the turn holding `at` there; the new turn has `speaker` (the same one when omitted). */
  splitTurn: channel<TurnEditResult>()(z.object({ documentId: documentId, at: offset, speaker: name.nullable().optional() }).strict()),
  /** Gives the turn holding `at` a speaker, or none (`null`: its label then reads as text). */
  setTurnSpeaker: channel<TurnEditResult>()(z.object({ documentId: documentId, at: offset, speaker: name.nullable() }).strict()),
  /** Every turn of the label joins the turn before it, in one document or (no `documentId`) all. */
  markNotSpeaker: channel<NotSpeakerResult>()(z.object({ documentId: documentId.optional(), speaker: speakerLabel }).strict()),
  setSpeakerRole: channel<Readonly<Record<string, SpeakerRole>>>()(
    z.object({ documentId: documentId, speaker: speakerLabel, role: role.nullable() }).strict(),
  ),
  renameDocument: channel<DocumentSummary>()(z.object({ documentId: documentId, name }).strict()),
  /** Soft-deletes the document and its coded segments in one step, so one undo restores both. */
  deleteDocument: channel<DeleteDocumentResult>()(z.object({ documentId: documentId }).strict()),
  /** Sets one value (defining the attribute as text if new); `value: null` removes the document's value. */
  setDocumentAttribute: channel<Readonly<Record<string, string>>>()(
    z.object({ documentId: documentId, name: name, value: lineValue.nullable() }).strict(),
  ),
  listAttributes: channel<AttributeInfo[]>()(z.object({}).strict()),
  /** Every speaker of the project's documents, with their turn and document counts (search filters). */
  listSpeakers: channel<SpeakerUse[]>()(z.object({}).strict()),
  /** Renames a speaker in every turn of one document, or of all documents when `documentId` is omitted. */
  renameSpeaker: channel<RenameSpeakerResult>()(
    z.object({ documentId: documentId.optional(), from: z.string().min(1).max(500), to: name }).strict(),
  ),
  /** CSV with a `document` column (matched by name) and one column per attribute; an empty cell removes the value. */
  importAttributesCsv: channel<AttributesCsvReport>()(z.object({ csv: z.string().max(50 * 1024 * 1024) }).strict()),
  exportAttributesCsv: channel<string>()(z.object({}).strict()),
} satisfies Record<string, ChannelSpec>;
