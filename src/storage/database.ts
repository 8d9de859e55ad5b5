import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { DomainError } from '../core/result';
import { MIGRATIONS, type Migration } from './migrations';
import { applyMigrations, backupPathFor, checkMigrationList } from './migrate';

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
  /** Path to a better_sqlite3.node built for the running ABI (Electron ships its own). */
  readonly nativeBinding?: string;
  /** Tests inject a longer or shorter history; production uses the bundled list. */
  readonly migrations?: readonly Migration[];
}

export interface ProjectDatabase {
  readonly path: string;
  readonly db: SqliteDatabase;
  readonly schemaVersion: number;
  /** Where the pre-migration copy went, when this open migrated an older file. */
  readonly backupPath: string | null;
  close(): void;
}

interface Header {
  readonly applicationId: number;
  readonly userVersion: number;
  /** Bumped by every schema change; 0 means no table was ever created. */
  readonly schemaCookie: number;
}

function driverOptions(options: OpenDatabaseOptions): Database.Options {
  return options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
}

/**
 * Reads the 100-byte SQLite header straight from disk. Even a read-only connection to a WAL-mode
 * file creates -wal and -shm beside it, and a file we refuse (newer schema, someone else's
 * database) must be left exactly as it was.
 */
function readHeader(path: string): Header {
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(100);
  let n: number;
  try {
    n = readSync(fd, buf, 0, buf.length, 0);
  } finally {
    closeSync(fd);
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
 * Opens (or creates) a project file: validates that it is ours and not from a newer release, backs
 * an older file up with SQLite's online backup, then migrates it to the current schema.
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

  const db = new Database(path, driverOptions(options));
  try {
    const found = liveHeader(db);
    checkHeader(path, found, latest);
    // synchronous=FULL: the project file is a researcher's only copy of months of coding; we trade a
    // little write speed for durability of every committed transaction across power loss.
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    let backupPath: string | null = null;
    const from = found.userVersion;
    if (from > 0 && from < latest) {
      backupPath = backupPathFor(path, from, new Date());
      await db.backup(backupPath);
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    applyMigrations(db, migrations, from, APPLICATION_ID);
    return {
      path,
      db,
      schemaVersion: latest,
      backupPath,
      close: () => {
        if (db.open) db.close();
      },
    };
  } catch (e) {
    db.close();
    throw e;
  }
}
