/**
 * Child process for the crash test: opens the project and starts one big mutation, announcing on
 * stdout once it is well under way so the parent can SIGKILL it mid-transaction. Pipes are written
 * synchronously on POSIX, so the marker leaves before the loop continues.
 */
import { ProjectStore, createCode } from '../../../src/storage';

const [path, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg ?? '200000');
const SPILL_AFTER = 10_000;

async function main(): Promise<void> {
  const store = await ProjectStore.open(path ?? '', { create: false });
  // A small page cache makes SQLite spill uncommitted pages into the -wal early, like a huge import.
  store.conn.db.pragma('cache_size = 50');
  store.mutate({ coderId: null, action: 'bulk', summary: 'Bulk insert that will be killed' }, (tx) => {
    for (let i = 0; i < rows; i++) {
      createCode(tx, { level: 'concept', name: `crash ${i}`, colour: '#000000', position: i });
      // Late enough that the page cache has spilled uncommitted pages into the -wal file.
      if (i === SPILL_AFTER) process.stdout.write('mid-transaction\n');
    }
  });
  process.stdout.write('committed\n');
  store.close();
}

// No top-level await: tsx runs this file as CommonJS (package.json has no "type": "module").
void main();
