import { z } from 'zod';
import { channel, type ChannelSpec } from '../channel-spec';
import { documentId, filePath, lineValue, name, uploadBase64, uploadName } from '../schemas';
import type { DocumentSummary } from '../types';
import type {
  AttributeInfo,
  AttributesCsvReport,
  DeleteDocumentResult,
  ImportReport,
  ImportResult,
  RenameSpeakerResult,
} from './documents-types';

/** Values set on every imported document (`gioia import --attr phase=2`); undefined attributes are defined as text. */
const importAttributes = z.record(name, lineValue).default({});

/**
 * Transcripts and their attributes. Each imported file, rename, delete, attribute change
 * and speaker rename is one `store.mutate` — one event in the log and one undo step.
 */
export const documentsContract = {
  /** Imports files by path, one at a time, emitting `progress` events (task "import"); a failed file never stops the batch. */
  importFiles: channel<ImportReport>()(z.object({ paths: z.array(filePath).min(1).max(10_000), attributes: importAttributes }).strict()),
  /** Imports one file's bytes (drag-and-drop, the browser file picker); `fileName` gives format and default name. */
  importFileData: channel<ImportResult>()(
    z
      .object({
        fileName: uploadName,
        dataBase64: uploadBase64,
        attributes: importAttributes,
      })
      .strict(),
  ),
  renameDocument: channel<DocumentSummary>()(z.object({ documentId: documentId, name }).strict()),
  /** Soft-deletes the document and its coded segments in one step, so one undo restores both. */
  deleteDocument: channel<DeleteDocumentResult>()(z.object({ documentId: documentId }).strict()),
  /** Sets one value (defining the attribute as text if new); `value: null` removes the document's value. */
  setDocumentAttribute: channel<Readonly<Record<string, string>>>()(
    z.object({ documentId: documentId, name: name, value: lineValue.nullable() }).strict(),
  ),
  listAttributes: channel<AttributeInfo[]>()(z.object({}).strict()),
  /** Renames a speaker in every turn of one document, or of all documents when `documentId` is omitted. */
  renameSpeaker: channel<RenameSpeakerResult>()(
    z.object({ documentId: documentId.optional(), from: z.string().min(1).max(500), to: name }).strict(),
  ),
  /** CSV with a `document` column (matched by name) and one column per attribute; an empty cell removes the value. */
  importAttributesCsv: channel<AttributesCsvReport>()(z.object({ csv: z.string().max(50 * 1024 * 1024) }).strict()),
  exportAttributesCsv: channel<string>()(z.object({}).strict()),
} satisfies Record<string, ChannelSpec>;
