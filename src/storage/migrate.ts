import { basename, dirname, join } from 'node:path';
import type { SqliteDatabase } from './database';
import type { Migration } from './migrations';

/** A history with gaps or duplicates would skip or repeat schema steps on some users' files. */
export function checkMigrationList(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration list is not contiguous: entry ${i + 1} is version ${m.version} ("${m.name}").`);
    }
  });
}

/** `<file>.v<old>-<timestamp>.bak` beside the project; no colons so the name is valid on Windows. */
export function backupPathFor(file: string, fromVersion: number, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return join(dirname(file), `${basename(file)}.v${fromVersion}-${stamp}.bak`);
}

/**
 * Applies every step after `from` in one transaction, together with the `user_version` bump: a
 * failure (or a crash) half-way leaves the file exactly at the version it had, so a refused
 * upgrade changes nothing and can be retried.
 */
export function applyMigrations(db: SqliteDatabase, list: readonly Migration[], from: number, applicationId: number): void {
  const pending = list.slice(from);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      if (migration.version === 1) db.pragma(`application_id = ${applicationId}`);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
}

/**
 * Tables every project has had since schema v1. A file claiming to be ours without them is
 * damaged or someone else's; it is refused before anything writes to it.
 */
export const CORE_TABLES = ['project', 'coders', 'texts', 'documents', 'codes', 'segments', 'segment_codes', 'memos', 'settings', 'events'];

export function missingTables(db: SqliteDatabase): string[] {
  const present = new Set(
    (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name),
  );
  return CORE_TABLES.filter((t) => !present.has(t));
}
