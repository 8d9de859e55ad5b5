import { DomainError } from '../../core/result';
import type { FeatureHandlers } from '../../shared/api';
import type { DOCUMENTS_CHANNELS } from '../../shared/features/documents-channels';
import {
  clearDocumentAttribute,
  ensureAttribute,
  getDocumentSummary,
  listAttributesWithValues,
  listSpeakerUses,
  listDocumentAttributes,
  renameDocument,
  renameSpeakerInTurns,
  requireDocument,
  setDocumentAttribute,
  softDeleteDocumentWithSegments,
} from '../../storage';
import { exportAttributesCsv, importAttributesCsv } from '../import/attributes-csv';
import { previewBytes, previewPaths } from '../import/import-preview';
import { importBytes, importPaths } from '../import/import-transcripts';
import { markLabelNotSpeaker, mergeTurn, setRole, setSpeakerOfTurn, splitTurnAt } from '../import/turn-corrections';
import type { HandlerContext } from './context';

/** Import, rename, delete, attributes and speakers: each user action is exactly one `store.mutate`. */
export function documentsHandlers(ctx: HandlerContext): FeatureHandlers<typeof DOCUMENTS_CHANNELS> {
  const { session } = ctx;
  const coder = () => session.require().summary().activeCoderId;
  return {
    importFiles: ({ paths, attributes, choices }) =>
      importPaths(session.require(), paths, {
        attributes,
        emit: ctx.emit,
        choices,
        read: (path) => ctx.jobs.run('readTranscript', path, choices[path] ?? {}),
      }),
    importFileData: ({ fileName, dataBase64, attributes, choices }) =>
      importBytes(session.require(), fileName, Buffer.from(dataBase64, 'base64'), { attributes, choices: { [fileName]: choices } }),
    previewImport: ({ paths, choices, turns }) => previewPaths(session.current, paths, choices, turns),
    previewImportData: ({ fileName, dataBase64, choices, turns }) =>
      previewBytes(session.current, fileName, Buffer.from(dataBase64, 'base64'), choices, turns),
    mergeTurn: ({ documentId, at }) => mergeTurn(session.require(), documentId, at),
    splitTurn: ({ documentId, at, speaker }) => splitTurnAt(session.require(), documentId, at, speaker),
    setTurnSpeaker: ({ documentId, at, speaker }) => setSpeakerOfTurn(session.require(), documentId, at, speaker),
    markNotSpeaker: ({ documentId, speaker }) => markLabelNotSpeaker(session.require(), documentId, speaker),
    setSpeakerRole: ({ documentId, speaker, role }) => setRole(session.require(), documentId, speaker, role),

    renameDocument: ({ documentId, name }) => {
      const store = session.require();
      const old = requireDocument(store.conn, documentId).name;
      store.mutate({ coderId: coder(), action: 'rename-document', summary: `Renamed "${old}" to "${name.trim()}"` }, (tx) =>
        renameDocument(tx, documentId, name),
      );
      return getDocumentSummary(store.conn, documentId);
    },

    deleteDocument: ({ documentId }) => {
      const store = session.require();
      const name = requireDocument(store.conn, documentId).name;
      const { value } = store.mutate({ coderId: coder(), action: 'delete-document', summary: `Deleted "${name}"` }, (tx) =>
        softDeleteDocumentWithSegments(tx, documentId),
      );
      return { documentId: documentId, name: value.name, segments: value.segments };
    },

    setDocumentAttribute: ({ documentId, name, value }) => {
      const store = session.require();
      const doc = requireDocument(store.conn, documentId);
      const attribute = name.trim();
      const summary = value === null ? `Removed ${attribute} from "${doc.name}"` : `Set ${attribute} of "${doc.name}" to ${value}`;
      store.mutate({ coderId: coder(), action: 'set-document-attribute', summary }, (tx) => {
        if (value === null) return void clearDocumentAttribute(tx, documentId, attribute);
        ensureAttribute(tx, attribute);
        setDocumentAttribute(tx, documentId, attribute, value);
      });
      return listDocumentAttributes(store.conn, documentId);
    },

    listAttributes: () => listAttributesWithValues(session.require().conn),
    listSpeakers: () => listSpeakerUses(session.require().conn),

    renameSpeaker: ({ documentId, from, to }) => {
      const store = session.require();
      const where = documentId === undefined ? 'all documents' : `"${requireDocument(store.conn, documentId).name}"`;
      const { value } = store.mutate(
        { coderId: coder(), action: 'rename-speaker', summary: `Renamed speaker "${from}" to "${to.trim()}" in ${where}` },
        (tx) => renameSpeakerInTurns(tx, documentId ?? null, from, to.trim()),
      );
      if (value.turns === 0) throw new DomainError('not-found', `No turn of ${where} has the speaker "${from}".`);
      return value;
    },

    importAttributesCsv: ({ csv }) => importAttributesCsv(session.require(), csv, coder()),
    exportAttributesCsv: () => exportAttributesCsv(session.require()),
  };
}
