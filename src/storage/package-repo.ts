import type { CoderId } from '../core/ids';
import type { ProjectStore } from './store';

/**
 * Coder packages (blind coding). The copy is made with SQLite's online backup, which is consistent
 * even while the project is open and being written.
 */
export async function backupProjectTo(store: ProjectStore, target: string): Promise<void> {
  await store.conn.db.backup(target);
}

/**
 * Makes a freshly backed-up copy blind for `coderId`: other coders' segments, their code links and
 * their memos go, and so does the edit history. The history has to go too: the event log stores
 * every coding's row (quote included) and undo could bring them back, which would defeat blind
 * coding. The copy is a new project file whose history starts here, so the append-only triggers are
 * lifted for this one purge only; VACUUM then rewrites the file so no freed page still holds a quote.
 * Returns the number of segments removed. Never call this on a user's original project.
 */
export function purgeForBlindCoder(store: ProjectStore, coderId: CoderId): number {
  const { db } = store.conn;
  const removed = db.transaction(() => {
    const others = db.prepare('SELECT id FROM segments WHERE coder_id <> ?').all(coderId) as { id: string }[];
    db.prepare(
      `DELETE FROM memos WHERE (author_id IS NOT NULL AND author_id <> ?)
         OR (target_kind = 'segment' AND target_id IN (SELECT id FROM segments WHERE coder_id <> ?))`,
    ).run(coderId, coderId);
    db.prepare('DELETE FROM segment_codes WHERE segment_id IN (SELECT id FROM segments WHERE coder_id <> ?)').run(coderId);
    db.prepare('DELETE FROM segment_codes WHERE coder_id <> ?').run(coderId);
    db.prepare('DELETE FROM segments WHERE coder_id <> ?').run(coderId);
    db.exec('DROP TRIGGER events_no_delete');
    db.exec('DELETE FROM events');
    // Milestones name points of the log that is gone.
    db.exec('DELETE FROM milestones');
    db.exec("CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END");
    return others.length;
  })();
  db.exec('VACUUM');
  return removed;
}
