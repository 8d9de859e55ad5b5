import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/result';
import { APPLICATION_ID, MIGRATIONS, openProjectDatabase, ProjectStore, type Migration } from '../../src/storage';
import { tempDir } from './helpers/temp';

// One step past the newest real schema, so these tests keep working as migrations are added.
const CURRENT = MIGRATIONS.length;
const fakeV2: Migration = { version: CURRENT + 1, name: 'future', sql: 'CREATE TABLE future_thing (id TEXT PRIMARY KEY) STRICT;' };

function fingerprint(path: string) {
  return { sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), mtimeMs: statSync(path).mtimeMs };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const e = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(e instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(e)}`);
  return e;
}

describe('openProjectDatabase', () => {
  it('creates a new file in WAL mode with foreign keys on and our application id', async () => {
    const path = join(tempDir(), 'new.gioia');
    const db = await openProjectDatabase(path, { create: true });
    expect(db.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a missing file when create is false, naming the file', async () => {
    const path = join(tempDir(), 'missing.gioia');
    const e = await refusal(openProjectDatabase(path, { create: false }));
    expect(e.code).toBe('file-not-found');
    expect(e.message).toContain(path);
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a file that is not an SQLite database', async () => {
    const path = join(tempDir(), 'notes.gioia');
    writeFileSync(path, 'Dear diary, today I coded nothing.');
    const e = await refusal(openProjectDatabase(path, { create: false }));
    expect(e.code).toBe('file-invalid');
    expect(e.message).toBe(`"${path}" is not a Gioia Studio project (not an SQLite database).`);
  });

  it('refuses an SQLite database of another application and leaves it untouched', async () => {
    const path = join(tempDir(), 'other.db');
    const other = await openProjectDatabase(path, { create: true, migrations: [] });
    other.db.exec('CREATE TABLE budget (id INTEGER PRIMARY KEY); PRAGMA application_id = 1234; PRAGMA journal_mode = DELETE;');
    other.close();
    const before = fingerprint(path);
    const e = await refusal(openProjectDatabase(path, { create: false }));
    expect(e.code).toBe('file-invalid');
    expect(e.message).toContain(path);
    expect(fingerprint(path)).toEqual(before);
  });

  it('refuses a file from a newer schema with newer-schema and leaves it byte-for-byte unchanged', async () => {
    const dir = tempDir();
    const path = join(dir, 'future.gioia');
    (await openProjectDatabase(path, { create: true, migrations: [...MIGRATIONS, fakeV2] })).close();
    const before = fingerprint(path);
    const e = await refusal(openProjectDatabase(path, { create: false }));
    expect(e.code).toBe('newer-schema');
    expect(e.message).toBe(
      `"${path}" was written by a newer version of Gioia Studio (schema v${CURRENT + 1}; this version reads up to v${CURRENT}). Update Gioia Studio to open it.`,
    );
    expect(fingerprint(path)).toEqual(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(`${path}-shm`)).toBe(false);
  });

  it('refuses a migration list with a gap', async () => {
    const gap: Migration[] = [...MIGRATIONS, { ...fakeV2, version: CURRENT + 2 }];
    await expect(openProjectDatabase(join(tempDir(), 'x.gioia'), { create: true, migrations: gap })).rejects.toThrow(/not contiguous/);
  });

  it('backs an older file up with the backup API before migrating it', async () => {
    const dir = tempDir();
    const path = join(dir, 'old.gioia');
    const store = await ProjectStore.open(path, { create: true });
    store.conn.run("INSERT INTO settings (key, value) VALUES ('marker', 'v1 data')");
    store.close();
    const v1Bytes = fingerprint(path).sha256;

    const db = await openProjectDatabase(path, { create: false, migrations: [...MIGRATIONS, fakeV2] });
    expect(db.backupPath).toMatch(new RegExp(`old\\.gioia\\.v${CURRENT}-\\d{8}T\\d{6}Z\\.bak$`));
    expect(db.db.pragma('user_version', { simple: true })).toBe(CURRENT + 1);
    db.close();

    const backup = await openProjectDatabase(db.backupPath ?? '', { create: false });
    expect(backup.db.pragma('user_version', { simple: true })).toBe(CURRENT);
    expect(backup.db.prepare("SELECT value FROM settings WHERE key = 'marker'").get()).toEqual({ value: 'v1 data' });
    expect(backup.db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'future_thing'").get()).toEqual({ n: 0 });
    backup.close();
    expect(v1Bytes).not.toBe(fingerprint(path).sha256);
  });

  it('does not back up a file that is already current', async () => {
    const path = join(tempDir(), 'current.gioia');
    (await openProjectDatabase(path, { create: true })).close();
    const db = await openProjectDatabase(path, { create: false });
    expect(db.backupPath).toBeNull();
    db.close();
  });
});
