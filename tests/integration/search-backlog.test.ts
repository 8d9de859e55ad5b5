import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectFile } from '../../src/backend';
import { searchText } from '../../src/backend/coding/search';
import type { DocumentId } from '../../src/core/ids';
import { detectTurns } from '../../src/core/turns';
import {
  addDocument,
  hasSearchBacklog,
  indexTextParts,
  MIGRATIONS,
  openProjectDatabase,
  ProjectStore,
  SCHEMA_VERSION,
  searchCandidates,
  sha256Hex,
} from '../../src/storage';
import { Conn } from '../../src/storage/conn';
import { indexBacklogSlice } from '../../src/storage/search-backlog';
import { tempDir } from './helpers/temp';

/** Three parts of the index (64 K characters each): a word in the first and one in the last. */
const LONG = `P1: archipelago first.\n${'and then we waited. '.repeat(7000)}\nP1: zeppelin last.\n`;

async function storeWith(text: string): Promise<{ store: ProjectStore; path: string; id: DocumentId }> {
  const path = join(tempDir(), 'backlog.gioia');
  await createProjectFile(path, { appVersion: 'test' });
  const store = await ProjectStore.open(path, { create: false });
  const id = store.mutate({ coderId: null, action: 'import-document', summary: 'Import' }, (tx) =>
    addDocument(tx, { name: 'Long interview', text, turns: detectTurns(text), sourceFormat: 'txt' }),
  ).value;
  return { store, path, id };
}

/** The process dying right after a commit: the connection goes without the store's own close. */
function crash(store: ProjectStore): void {
  store.conn.db.close();
}

function indexedParts(store: ProjectStore): number[] {
  return store.conn.all<{ part: number }>('SELECT part FROM text_search_parts ORDER BY part').map((r) => r.part);
}

describe('search index built after the import', () => {
  it('finds a new text’s words before its index is built, at the same offsets as after', async () => {
    const { store } = await storeWith(LONG);
    try {
      expect(hasSearchBacklog(store.conn)).toBe(true);
      const before = searchText(store, 'zeppelin', 10).hits.map((h) => [h.start, h.end]);
      await store.searchIndexed();
      expect(hasSearchBacklog(store.conn)).toBe(false);
      expect(searchText(store, 'zeppelin', 10).hits.map((h) => [h.start, h.end])).toEqual(before);
      expect(before).toEqual([[LONG.indexOf('zeppelin'), LONG.indexOf('zeppelin') + 8]]);
    } finally {
      store.close();
    }
  });

  it('builds the index of a text a crash left unindexed when the project is opened again', async () => {
    const { store, path } = await storeWith(LONG);
    crash(store);
    const reopened = await ProjectStore.open(path, { create: false });
    try {
      expect(hasSearchBacklog(reopened.conn)).toBe(false);
      expect(searchCandidates(reopened.conn, ['"zeppelin"']).map((d) => d.name)).toEqual(['Long interview']);
    } finally {
      reopened.close();
    }
  });

  it('goes on from the part where the last slice stopped, writing each part once', async () => {
    const { store, path } = await storeWith(LONG);
    expect(indexBacklogSlice(store.conn, 1)).toBe(true);
    expect(indexedParts(store)).toEqual([0]);
    crash(store);
    const reopened = await ProjectStore.open(path, { create: false });
    try {
      expect(indexedParts(reopened)).toEqual([0, 1, 2]);
      expect(searchCandidates(reopened.conn, ['"archipelago"', '"zeppelin"']).map((d) => d.name)).toEqual(['Long interview']);
    } finally {
      reopened.close();
    }
  });

  it('indexes what is left when the project is closed', async () => {
    const { store, path } = await storeWith(LONG);
    store.close();
    const db = await openProjectDatabase(path, { create: false });
    try {
      expect(db.db.prepare('SELECT count(*) AS n FROM text_search_backlog').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});

describe('migration 11 (search backlog)', () => {
  it('keeps the index of a project made before, so its search finds the same words', async () => {
    const path = join(tempDir(), 'old.gioia');
    const old = await openProjectDatabase(path, { create: true, migrations: MIGRATIONS.slice(0, 10) });
    const now = '2026-01-01T00:00:00.000Z';
    const sha = sha256Hex(LONG);
    old.db.prepare("INSERT INTO project (id, name, created_at, app_version) VALUES ('p', 'Old', ?, 'test')").run(now);
    old.db.prepare('INSERT INTO texts (sha256, body) VALUES (?, ?)').run(sha, LONG);
    old.db
      .prepare(
        "INSERT INTO documents (id, name, sha256, length, source_format, imported_at, position) VALUES ('d', 'Old interview', ?, ?, 'txt', ?, 1)",
      )
      .run(sha, LONG.length, now);
    // As the importer of schema 10 indexed it: every part within the storing transaction.
    indexTextParts(new Conn(old.db), sha, LONG, 0, Number.MAX_SAFE_INTEGER);
    old.close();

    const store = await ProjectStore.open(path, { create: false });
    try {
      expect(store.schemaVersion).toBe(SCHEMA_VERSION);
      expect(hasSearchBacklog(store.conn)).toBe(false);
      expect(searchCandidates(store.conn, ['"archipelago"', '"zeppelin"']).map((d) => d.name)).toEqual(['Old interview']);
      expect(searchText(store, 'zeppelin', 10).hits.map((h) => h.start)).toEqual([LONG.indexOf('zeppelin')]);
    } finally {
      store.close();
    }
  });
});
