import type { CoderId } from '../../core/ids';
import { DomainError } from '../../core/result';
import { getCoder, getSetting, SETTING_ACTIVE_CODER, type Conn } from '../../storage';

/** The coder new codings are recorded for; coding without one would leave codings nobody owns. */
export function requireActiveCoder(conn: Conn): { id: CoderId; name: string } {
  const id = getSetting(conn, SETTING_ACTIVE_CODER);
  const coder = id === null ? null : getCoder(conn, id);
  if (coder === null) {
    throw new DomainError('conflict', 'No active coder: create a coder or choose one in the status bar before coding.');
  }
  return { id: coder.id, name: coder.name };
}

/** The active coder's id, or null where none is set (system work may run without one). */
export function findActiveOrNull(conn: Conn): CoderId | null {
  const id = getSetting(conn, SETTING_ACTIVE_CODER);
  return id === null ? null : (getCoder(conn, id)?.id ?? null);
}

/** “Name”, “Other” — how history labels and messages quote code names. */
export function quoted(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join(', ');
}
