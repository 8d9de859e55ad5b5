import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { errorCode, ioProblem } from '../core/io-problem';
import { DomainError } from '../core/result';
import { MIGRATIONS, type Migration } from './migrations';
import { applyMigrations, backupPathFor, checkMigrationList, missingTables } from './migrate';
import { isWritable, privateCopy } from './read-only-copy';

/**
 * The only module that touches the native driver. Everything else sees `SqliteDatabase` as a type,
 * so swapping or rebuilding the driver (Node vs Electron ABI) stays a one-file concern.
 */
export type SqliteDatabase = Database.Database;
export type SqliteStatement = Database.Statement;

/** "GIOA": marks a file as ours so we never migrate someone else's SQLite database. */
export const APPLICATION_ID = 0x47494f41;

const SQLITE_MAGIC = 'SQLite format 3\0';

export interface OpenDatabaseOptions {
  /** Create the file (and the schema) when it does not exist. */
  readonly create: boolean;
  /** Tests inject a longer or shorter history; production uses the bundled list. */
  readonly migrations?: readonly Migration[];
}

export interface ProjectDatabase {
  readonly path: string;
  readonly db: SqliteDatabase;
  readonly schemaVersion: number;
  /** Where the pre-migration copy went, when this open migrated an older file. */
  readonly backupPath: string | null;
  /**
   * The file (or its folder) cannot be written: it was opened from a private copy, so it can be
   * viewed, searched and exported, and every change is refused.
   */
  readonly readOnly: boolean;
  close(): void;
}

interface Header {
  readonly applicationId: number;
  readonly userVersion: number;
  /** Bumped by every schema change; 0 means no table was ever created. */
  readonly schemaCookie: number;
}

let nativeBinding: string | undefined;

/**
 * Which better_sqlite3.node this process loads: Electron ships one built for its own ABI. A fact of
 * the process, so the host sets it once at start-up (and a worker thread from its start data)
 * instead of every caller passing it down.
 */
export function setNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

export function nativeBindingPath(): string | undefined {
  return nativeBinding;
}

function driverOptions(): Database.Options {
  return nativeBinding === undefined ? {} : { nativeBinding };
}

/**
 * Reads the 100-byte SQLite header straight from disk. Even a read-only connection to a WAL-mode
 * file creates -wal and -shm beside it, and a file we refuse (newer schema, someone else's
 * database) must be left exactly as it was.
 */
function readHeader(path: string): Header {
  const buf = Buffer.alloc(100);
  let n: number;
  try {
    const fd = openSync(path, 'r');
    try {
      n = readSync(fd, buf, 0, buf.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw new DomainError('file-unreadable', `"${path}" cannot be read: ${ioProblem(errorCode(e)) ?? (e as Error).message}.`);
  }
  if (n < buf.length || buf.toString('latin1', 0, SQLITE_MAGIC.length) !== SQLITE_MAGIC) throw notAProject(path);
  return { schemaCookie: buf.readUInt32BE(40), userVersion: buf.readUInt32BE(60), applicationId: buf.readUInt32BE(68) };
}

function notAProject(path: string): DomainError {
  return new DomainError('file-invalid', `"${path}" is not a Gioia Studio project (not an SQLite database).`);
}

function checkHeader(path: string, found: Header, latest: number): void {
  const hasTables = found.schemaCookie > 0;
  if (found.applicationId !== APPLICATION_ID && hasTables) {
    const whose = found.applicationId === 0 ? 'another application' : `application id 0x${found.applicationId.toString(16)}`;
    throw new DomainError('file-invalid', `"${path}" is not a Gioia Studio project (an SQLite database of ${whose}).`);
  }
  if (found.applicationId === APPLICATION_ID && found.userVersion === 0) {
    throw new DomainError(
      'file-invalid',
      `"${path}" is marked as a Gioia Studio project but holds none (schema version 0); it was left as it was.`,
    );
  }
  if (found.userVersion > latest) {
    throw new DomainError(
      'newer-schema',
      `"${path}" was written by a newer version of Gioia Studio (schema v${found.userVersion}; this version reads up to v${latest}). Update Gioia Studio to open it.`,
      { fileVersion: found.userVersion, supportedVersion: latest },
    );
  }
}

function checkExisting(path: string, latest: number): Header {
  if (!statSync(path).isFile()) {
    throw new DomainError('file-invalid', `"${path}" is not a Gioia Studio project (it is a folder).`);
  }
  const found = readHeader(path);
  checkHeader(path, found, latest);
  return found;
}

/**
 * After a crash the newest header can still sit in the -wal file, so the on-disk header may be
 * stale; the live connection has the truth once it has replayed the WAL.
 */
function liveHeader(db: SqliteDatabase): Header {
  return {
    applicationId: db.pragma('application_id', { simple: true }) as number,
    userVersion: db.pragma('user_version', { simple: true }) as number,
    schemaCookie: db.pragma('schema_version', { simple: true }) as number,
  };
}

/**
 * Opens (or creates) a project file: validates that it is ours, whole and not from a newer
 * release — refusing it untouched otherwise — backs an older file up with SQLite's online backup,
 * then migrates it to the current schema in one transaction. A file that cannot be written is
 * opened read-only from a private copy (SQLite cannot read a WAL file on a read-only disk).
 */
export async function openProjectDatabase(path: string, options: OpenDatabaseOptions): Promise<ProjectDatabase> {
  const migrations = options.migrations ?? MIGRATIONS;
  checkMigrationList(migrations);
  const latest = migrations.length;
  const exists = existsSync(path);
  if (!exists && !options.create) {
    throw new DomainError('file-not-found', `Project file "${path}" does not exist.`);
  }
  if (exists) checkExisting(path, latest);
  const copy = exists && !isWritable(path) ? privateCopy(path) : null;

  let db: SqliteDatabase;
  try {
    db = new Database(copy?.path ?? path, driverOptions());
  } catch (e) {
    copy?.remove();
    throw new DomainError('file-unreadable', `"${path}" cannot be opened: ${ioProblem(errorCode(e)) ?? (e as Error).message}.`);
  }
  try {
    const found = liveHeader(db);
    checkHeader(path, found, latest);
    const missing = exists ? missingTables(db) : [];
    if (missing.length > 0) {
      throw new DomainError(
        'file-invalid',
        `"${path}" is not a whole Gioia Studio project (it has no ${missing.join(', ')} table${missing.length === 1 ? '' : 's'}); it was left as it was.`,
      );
    }
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    const from = found.userVersion;
    const backupPath = copy === null && from > 0 && from < latest ? await backUp(db, path, from) : null;
    try {
      applyMigrations(db, migrations, from, APPLICATION_ID);
    } catch (e) {
      // The migration rolled back, so the file is as it was and the backup is not needed: a retry
      // must not leave one more .bak beside it every time.
      if (backupPath !== null) rmSync(backupPath, { force: true });
      throw new DomainError(
        'file-invalid',
        `"${path}" could not be upgraded from schema v${from} (${(e as Error).message}); it was left as it was.`,
      );
    }
    // synchronous=FULL: the project file is a researcher's only copy of months of coding; we trade a
    // little write speed for durability of every committed transaction across power loss.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    return {
      path,
      db,
      schemaVersion: latest,
      backupPath,
      readOnly: copy !== null,
      close: () => {
        if (db.open) db.close();
        copy?.remove();
      },
    };
  } catch (e) {
    db.close();
    copy?.remove();
    throw e;
  }
}

async function backUp(db: SqliteDatabase, path: string, from: number): Promise<string> {
  const backupPath = backupPathFor(path, from, new Date());
  try {
    await db.backup(backupPath);
  } catch (e) {
    rmSync(backupPath, { force: true });
    const why = ioProblem(errorCode(e)) ?? (e as Error).message;
    throw new DomainError('io', `"${path}" needs an upgrade, but its backup "${backupPath}" could not be written: ${why}.`);
  }
  return backupPath;
}
