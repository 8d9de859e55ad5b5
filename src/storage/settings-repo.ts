import type { Conn } from './conn';
import type { Tx } from './tx';

/** Per-project state that travels with the file (not per-machine preferences). */
export const SETTING_ACTIVE_CODER = 'activeCoderId';
/** '1' while the project is in blind mode: reads show the active coder's codings only. */
export const SETTING_BLIND_MODE = 'blindMode';
/** The coder who created the project (REFI-QDA `creatingUserGUID`), kept through exchanges. */
export const SETTING_PROJECT_CREATOR = 'projectCreatorId';
/** JSON of `RefiImportRecord`: which file the project came from and what did not come with it. */
export const SETTING_REFI_IMPORT = 'refiImport';

export function getSetting(conn: Conn, key: string): string | null {
  return conn.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [key])?.value ?? null;
}

export function setSetting(tx: Tx, key: string, value: string): void {
  if (!tx.update('settings', { key }, { value })) tx.insert('settings', { key, value });
}
