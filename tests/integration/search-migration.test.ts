import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openProjectDatabase, ProjectStore, searchCandidates, sha256Hex } from '../../src/storage';
import { tempDir } from './helpers/temp';

describe('migration 7 (search without diacritics)', () => {
  it('re-indexes texts indexed before so "cafe" finds "café", also far into a long text indexed as one row', async () => {
    const path = join(tempDir(), 'old.gioia');
    const old = await openProjectDatabase(path, { create: true, migrations: MIGRATIONS.slice(0, 6) });
    const now = '2026-01-01T00:00:00.000Z';
    const body = `${'word '.repeat(30_000)}Le café était fermé.`;
    const sha = sha256Hex(body);
    old.db.prepare("INSERT INTO project (id, name, created_at, app_version) VALUES ('p', 'Old', ?, 'test')").run(now);
    old.db.prepare('INSERT INTO texts (sha256, body) VALUES (?, ?)').run(sha, body);
    // Before parts were cut by the importer, a text was one row of the index (migration 6 kept it as part 0).
    old.db.prepare('INSERT INTO text_search_parts (sha256, part) VALUES (?, 0)').run(sha);
    old.db.prepare('INSERT INTO text_search (rowid, body) VALUES (last_insert_rowid(), ?)').run(body);
    old.db
      .prepare(
        "INSERT INTO documents (id, name, sha256, length, source_format, imported_at, position) VALUES ('d', 'Old interview', ?, ?, 'txt', ?, 1)",
      )
      .run(sha, body.length, now);
    old.close();

    const store = await ProjectStore.open(path, { create: false });
    try {
      expect(searchCandidates(store.conn, ['"cafe"', '"etait"']).map((d) => d.name)).toEqual(['Old interview']);
    } finally {
      store.close();
    }
  });
});
