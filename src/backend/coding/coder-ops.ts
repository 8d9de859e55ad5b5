import { DomainError } from '../../core/result';
import type { CoderImpact } from '../../shared/features/coding-types';
import type { CoderRow } from '../../shared/types';
import {
  coderWorkCounts,
  createCoder as insertCoder,
  findSegmentByRange,
  giveSegmentTo,
  linkedCodeIds,
  getSetting,
  linkCode,
  listCoders,
  listSegmentRangesOf,
  removeCoderFromSessions,
  requireCoder,
  setSetting,
  SETTING_ACTIVE_CODER,
  SETTING_BLIND_MODE,
  softDeleteCoder,
  softDeleteSegment,
  updateCoder as updateCoderRow,
  type ProjectStore,
} from '../../storage';
import { findActiveOrNull } from './active-coder';
import { newCoderColour } from './colours';

/** Coders are first-class: created (also before they code anything), renamed, recoloured, deleted. */
export function createCoder(store: ProjectStore, name: string, colour?: string): CoderRow {
  const conn = store.conn;
  const pick = colour ?? newCoderColour(listCoders(conn).map((c) => c.colour));
  const actor = findActiveOrNull(conn);
  const { value } = store.mutate({ coderId: actor, action: 'create-coder', summary: `Add coder “${name.trim()}”` }, (tx) =>
    insertCoder(tx, { name, colour: pick }),
  );
  return value;
}

export function updateCoder(
  store: ProjectStore,
  input: { coderId: string; name?: string | undefined; colour?: string | undefined },
): CoderRow {
  const before = requireCoder(store.conn, input.coderId);
  const what =
    input.name !== undefined && input.name.trim() !== before.name
      ? `Rename coder “${before.name}” to “${input.name.trim()}”`
      : `Recolour coder “${before.name}”`;
  const { value } = store.mutate({ coderId: findActiveOrNull(store.conn), action: 'update-coder', summary: what }, (tx) =>
    updateCoderRow(tx, before.id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.colour !== undefined ? { colour: input.colour } : {}),
    }),
  );
  return value;
}

/** What deleting a coder would take with it, for the confirmation the UI and CLI show first. */
export function coderImpact(store: ProjectStore, coderId: string): CoderImpact {
  const coder = requireCoder(store.conn, coderId);
  return { coder, ...coderWorkCounts(store.conn, coder.id), active: getSetting(store.conn, SETTING_ACTIVE_CODER) === coder.id };
}

/**
 * Deletes a coder as one undo step. Their codings are deleted with them, or given to `reassignTo`
 * (a segment the other coder already has at the same range takes the codes instead of a twin).
 * They leave every session. The active coder cannot be deleted: switching first keeps it explicit
 * who codes next.
 */
export function deleteCoder(store: ProjectStore, input: { coderId: string; reassignTo?: string | undefined }): CoderImpact {
  const impact = coderImpact(store, input.coderId);
  const { coder } = impact;
  if (impact.active)
    throw new DomainError('conflict', `“${coder.name}” is the active coder: switch to another coder before deleting them.`);
  const heir = input.reassignTo === undefined ? null : requireCoder(store.conn, input.reassignTo);
  if (heir !== null && heir.id === coder.id)
    throw new DomainError('invalid-arguments', 'A coder’s codings cannot be given to the same coder.');
  const summary =
    heir === null
      ? `Delete coder “${coder.name}” and ${impact.codings} codings`
      : `Delete coder “${coder.name}”, giving ${impact.codings} codings to “${heir.name}”`;
  store.mutate({ coderId: findActiveOrNull(store.conn), action: 'delete-coder', summary }, (tx) => {
    for (const s of listSegmentRangesOf(tx.conn, coder.id)) {
      if (heir !== null) {
        const twin = findSegmentByRange(tx.conn, s.documentId, s.start, s.end, heir.id);
        if (twin === null) {
          giveSegmentTo(tx, s.id, heir.id);
          continue;
        }
        for (const c of linkedCodeIds(tx.conn, s.id)) linkCode(tx, twin, c, heir.id);
      }
      softDeleteSegment(tx, s.id);
    }
    removeCoderFromSessions(tx, coder.id);
    softDeleteCoder(tx, coder.id);
  });
  return impact;
}

/**
 * Switching coder is a 'system' event: it is logged like every change, but Ctrl+Z should undo the
 * last coding, not flip the status bar back.
 */
export function setActiveCoder(store: ProjectStore, coderId: string): CoderRow {
  const coder = requireCoder(store.conn, coderId);
  store.mutate({ coderId: coder.id, action: 'set-active-coder', summary: `Switch to coder “${coder.name}”`, kind: 'system' }, (tx) =>
    setSetting(tx, SETTING_ACTIVE_CODER, coder.id),
  );
  return coder;
}

/**
 * Blind mode: every view, count and export shows the active coder's codings only, so coders taking
 * turns on one project cannot see each other's work. A 'system' event like switching coder.
 */
export function setBlindMode(store: ProjectStore, on: boolean): boolean {
  store.mutate(
    { coderId: findActiveOrNull(store.conn), action: 'set-blind-mode', summary: on ? 'Blind mode on' : 'Blind mode off', kind: 'system' },
    (tx) => setSetting(tx, SETTING_BLIND_MODE, on ? '1' : '0'),
  );
  return on;
}
