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
 * Applies every step after `from`, each in its own transaction together with its `user_version`
 * bump, so a crash between steps leaves a file at a well-defined version.
 */
export function applyMigrations(db: SqliteDatabase, list: readonly Migration[], from: number, applicationId: number): void {
  for (const migration of list.slice(from)) {
    db.transaction(() => {
      db.exec(migration.sql);
      if (migration.version === 1) db.pragma(`application_id = ${applicationId}`);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
