import type { DocumentId } from '../../core/ids';
import { DomainError } from '../../core/result';
import type { SpeakerRole } from '../../core/speaker-roles';
import type { NotSpeakerResult, TurnEditResult } from '../../shared/features/documents-types';
import {
  documentsWithSpeaker,
  listTurns,
  markNotSpeaker,
  mergeTurnIntoPrevious,
  requireDocument,
  requireDocumentWithText,
  setSpeakerRole,
  setTurnSpeaker,
  splitTurn,
  touchTurns,
  type ProjectStore,
} from '../../storage';

/**
 * Speaker corrections after import. Each is one `store.mutate`: one event, one undo step. Only
 * turn rows change — the text and every coding stay where they are.
 */
function coder(store: ProjectStore) {
  return store.summary().activeCoderId;
}

function result(store: ProjectStore, documentId: string, turn: TurnEditResult['turn']): TurnEditResult {
  return { turn, turns: listTurns(store.conn, documentId).length };
}

export function mergeTurn(store: ProjectStore, documentId: string, at: number): TurnEditResult {
  const doc = requireDocument(store.conn, documentId);
  const { value } = store.mutate(
    { coderId: coder(store), action: 'merge-turn', summary: `Joined a turn of "${doc.name}" to the one before` },
    (tx) => {
      touchTurns(tx, doc.id);
      return mergeTurnIntoPrevious(tx, doc.id, doc.name, at);
    },
  );
  return result(store, documentId, value.turn);
}

export function splitTurnAt(store: ProjectStore, documentId: string, at: number, speaker: string | null | undefined): TurnEditResult {
  const doc = requireDocumentWithText(store.conn, documentId);
  const { value } = store.mutate({ coderId: coder(store), action: 'split-turn', summary: `Split a turn of "${doc.name}"` }, (tx) => {
    touchTurns(tx, doc.id);
    return splitTurn(tx, doc.id, doc.name, doc.text, at, speaker?.trim());
  });
  return result(store, documentId, value.turn);
}

export function setSpeakerOfTurn(store: ProjectStore, documentId: string, at: number, speaker: string | null): TurnEditResult {
  const doc = requireDocument(store.conn, documentId);
  const name = speaker === null ? null : speaker.trim();
  const summary = name === null ? `Removed the speaker of a turn of "${doc.name}"` : `Gave a turn of "${doc.name}" to ${name}`;
  const { value } = store.mutate({ coderId: coder(store), action: 'set-turn-speaker', summary }, (tx) => {
    touchTurns(tx, doc.id);
    return setTurnSpeaker(tx, doc.id, doc.name, at, name);
  });
  return result(store, documentId, value.turn);
}

/** Marks a label as not a speaker in one document, or in every live document when none is given. */
export function markLabelNotSpeaker(store: ProjectStore, documentId: string | undefined, speaker: string): NotSpeakerResult {
  const ids: DocumentId[] =
    documentId === undefined ? documentsWithSpeaker(store.conn, speaker) : [requireDocument(store.conn, documentId).id];
  const where = documentId === undefined ? 'all documents' : `"${requireDocument(store.conn, documentId).name}"`;
  const { value } = store.mutate(
    { coderId: coder(store), action: 'not-a-speaker', summary: `Marked "${speaker}" as not a speaker in ${where}` },
    (tx) =>
      ids.reduce((n, id) => {
        touchTurns(tx, id);
        return n + markNotSpeaker(tx, id, speaker);
      }, 0),
  );
  if (value === 0) throw new DomainError('not-found', `No turn of ${where} has the speaker "${speaker}".`);
  return { turns: value, documents: ids.length };
}

export function setRole(store: ProjectStore, documentId: string, speaker: string, role: SpeakerRole | null): Record<string, SpeakerRole> {
  const doc = requireDocument(store.conn, documentId);
  if (!listTurns(store.conn, documentId).some((t) => t.speaker === speaker)) {
    throw new DomainError('not-found', `No turn of "${doc.name}" has the speaker "${speaker}".`);
  }
  const summary = role === null ? `Cleared the role of ${speaker} in "${doc.name}"` : `Made ${speaker} the ${role} in "${doc.name}"`;
  store.mutate({ coderId: coder(store), action: 'set-speaker-role', summary }, (tx) => {
    touchTurns(tx, doc.id);
    setSpeakerRole(tx, doc.id, speaker, role);
  });
  return store.getDocument(documentId).roles;
}
