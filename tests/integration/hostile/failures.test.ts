import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeDemoProject } from '../../../src/backend';
import { writeExportFile } from '../../../src/backend/export-file';
import { MIGRATIONS, openProjectDatabase, ProjectStore } from '../../../src/storage';
import { codingBackend, demoBackend, snapshot } from '../helpers/coding-backend';
import { REAL_RESOURCES } from '../helpers/fixtures';
import { MOUNT_SKIP_REASON, readOnlyView, smallDisk } from '../helpers/mounts';
import { tempDir } from '../helpers/temp';

const BIN = resolve(__dirname, '../../../bin/gioia.js');
const run = promisify(execFile);

function fingerprint(path: string) {
  return { sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), mtimeMs: statSync(path).mtimeMs };
}

async function demoFile(dir: string, name = 'demo.gioia'): Promise<string> {
  const path = join(dir, name);
  await writeDemoProject(path, REAL_RESOURCES, { appVersion: 'test' });
  return path;
}

const onFullDisk = MOUNT_SKIP_REASON === null ? describe : describe.skip;
if (MOUNT_SKIP_REASON !== null) console.log(`failures.test.ts: disk-full and read-only tests skipped: ${MOUNT_SKIP_REASON}`);

onFullDisk('on a full disk', () => {
  it('an export fails naming the file, leaves nothing behind, and the retry works once there is space', async () => {
    const disk = smallDisk();
    const { call } = await demoBackend();
    const target = join(disk.dir, 'structure.pptx');
    disk.fill(4096);
    const exported = await call('exportStructure', { format: 'pptx' });
    const error = (() => {
      try {
        return writeExportFile(target, Buffer.from(exported.dataBase64, 'base64'));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toMatchObject({ code: 'io' });
    expect((error as Error).message).toBe(
      `Could not write "${target}": the disk is full — free some space and try again. Nothing was written.`,
    );
    expect(readdirSync(disk.dir)).toEqual(['.filler']);
    disk.free();
    writeExportFile(target, Buffer.from(exported.dataBase64, 'base64'));
    expect(statSync(target).size).toBeGreaterThan(10_000);
  });

  it('a REFI export through the API fails the same way and never leaves a 0-byte file', async () => {
    const disk = smallDisk();
    const { call } = await demoBackend();
    disk.fill(2048);
    const target = join(disk.dir, 'demo.qdpx');
    await expect(call('exportRefi', { format: 'qdpx', path: target })).rejects.toThrow(`Could not write "${target}": the disk is full`);
    expect(existsSync(target)).toBe(false);
  });

  it('the CLI names the file it could not write (codebook --export)', async () => {
    const disk = smallDisk();
    const project = await demoFile(tempDir());
    disk.fill(0);
    const out = join(disk.dir, 'codebook.csv');
    const result = await run(process.execPath, [BIN, 'codebook', project, '--export', out], { encoding: 'utf8' }).catch((e: unknown) => e);
    expect((result as { code: number }).code).toBe(1);
    expect((result as { stderr: string }).stderr).toContain(`Could not write "${out}": the disk is full`);
    expect(readdirSync(disk.dir)).toEqual(['.filler']);
  });

  it('a change to a project on a full disk is refused naming the project, and nothing changes', async () => {
    const disk = smallDisk(8 * 1024 * 1024);
    const path = await demoFile(disk.dir);
    const transcript = join(tempDir(), 'long interview.txt');
    writeFileSync(transcript, `Interviewer: ${'and then the outage went on '.repeat(60_000)}\n`);
    const { call } = codingBackend();
    await call('openProject', { path });
    try {
      const before = await snapshot(call);
      disk.fill(0);
      const report = await call('importFiles', { paths: [transcript] });
      expect(report.results[0]?.reason).toBe(
        `long interview.txt could not be stored: Could not save the change to "${path}": the disk is full — free some space and try again. Nothing was changed.`,
      );
      disk.free();
      expect(await snapshot(call)).toEqual(before);
    } finally {
      await call('closeProject');
    }
  });
});

onFullDisk('on a read-only disk', () => {
  it('opens the project read-only: it can be viewed, searched and exported, and is left exactly as it was', async () => {
    const source = tempDir();
    await demoFile(source);
    const before = fingerprint(join(source, 'demo.gioia'));
    const view = readOnlyView(source);
    const path = join(view, 'demo.gioia');
    const { call } = codingBackend();
    const summary = await call('openProject', { path });
    expect(summary).toMatchObject({ path, readOnly: true, documents: 4 });
    const [doc] = await call('listDocuments');
    expect((await call('getDocument', { documentId: doc?.id ?? '' })).text.length).toBeGreaterThan(100);
    expect((await call('searchText', { query: 'outage' })).hits.length).toBeGreaterThan(0);
    expect((await call('exportStructure', { format: 'svg' })).dataBase64.length).toBeGreaterThan(100);
    await call('closeProject');
    expect(fingerprint(join(source, 'demo.gioia'))).toEqual(before);
    expect(readdirSync(source)).toEqual(['demo.gioia']);
  });

  it('refuses every change with a read-only error that says what to do', async () => {
    const source = tempDir();
    await demoFile(source);
    const path = join(readOnlyView(source), 'demo.gioia');
    const { call } = codingBackend();
    await call('openProject', { path });
    const error = await call('createCode', { level: 'concept', name: 'New', parentId: null }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'read-only' });
    expect((error as Error).message).toContain(`"${path}" is read-only`);
    expect((error as Error).message).toContain('copy it to a folder you can write to');
    await call('closeProject');
  });
});

describe('foreign and stale files are refused untouched', () => {
  it('refuses an SQLite file carrying our application id but none of our tables, without changing it', async () => {
    const dir = tempDir();
    const path = join(dir, 'foreign.gioia');
    const db = new Database(path);
    db.exec(
      `CREATE TABLE budget (id INTEGER PRIMARY KEY); PRAGMA application_id = ${0x47494f41}; PRAGMA user_version = ${MIGRATIONS.length};`,
    );
    db.close();
    const before = fingerprint(path);
    const { call } = codingBackend(dir);
    const error = await call('openProject', { path }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'file-invalid' });
    expect((error as Error).message).toMatch(
      /is not a whole Gioia Studio project \(it has no project, coders, .* tables\); it was left as it was\./,
    );
    expect(fingerprint(path)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f !== 'data')).toEqual(['foreign.gioia']);
  });

  it('refuses a file marked as ours at schema version 0', async () => {
    const dir = tempDir();
    const path = join(dir, 'zero.gioia');
    const db = new Database(path);
    db.exec(`CREATE TABLE t (x); PRAGMA application_id = ${0x47494f41};`);
    db.close();
    const before = fingerprint(path);
    await expect(ProjectStore.open(path, { create: false })).rejects.toThrow(/holds none \(schema version 0\); it was left as it was/);
    expect(fingerprint(path)).toEqual(before);
  });

  it('refuses a stale file whose upgrade fails, leaving it as it was and no backup, however often it is tried', async () => {
    const dir = tempDir();
    const path = await demoFile(dir);
    // Claims v1 while holding v2's tables: upgrading would create them a second time.
    const db = new Database(path);
    db.pragma('user_version = 1');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = fingerprint(path);
    for (let attempt = 0; attempt < 3; attempt++) {
      const error = await ProjectStore.open(path, { create: false }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'file-invalid' });
      expect((error as Error).message).toMatch(/could not be upgraded from schema v1 \(.*already exists\); it was left as it was\./);
    }
    expect(fingerprint(path).sha256).toBe(before.sha256);
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('makes exactly one backup when an older file is upgraded', async () => {
    const dir = tempDir();
    const path = join(dir, 'old.gioia');
    (await openProjectDatabase(path, { create: true, migrations: MIGRATIONS.slice(0, -1) })).close();
    (await ProjectStore.open(path, { create: false })).close();
    (await ProjectStore.open(path, { create: false })).close();
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toHaveLength(1);
  });

  it('names the colleague’s file, never a temporary copy, when a merge refuses it', async () => {
    const { call, dir } = await demoBackend();
    const other = join(dir, 'colleague.gioia');
    copyFileSync(join(REAL_RESOURCES, 'demo', 'project.json'), other);
    const error = await call('mergeProject', { path: other }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(`"${other}" is not a Gioia Studio project (not an SQLite database).`);
  });
});
