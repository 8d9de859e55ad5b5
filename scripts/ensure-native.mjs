// Keeps better-sqlite3 in node_modules built for *Node's* ABI, which the tests and the CLI need.
// Electron needs another build (ABI 150 vs Node 20's 115); `npm start` keeps that one in .cache/
// (see electron-native.mjs), so the two never overwrite each other.
import { spawnSync } from 'node:child_process';

const PROBE = "new (require('better-sqlite3'))(':memory:').prepare('select sqlite_version() as v').get()";

function probe() {
  return spawnSync(process.execPath, ['-e', PROBE], { encoding: 'utf8' });
}

const first = probe();
if (first.status === 0) process.exit(0);
console.log(`better-sqlite3 does not load in Node ${process.version}; rebuilding it from source (about 2 minutes)…`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const rebuild = spawnSync(npm, ['rebuild', 'better-sqlite3'], { stdio: 'inherit', shell: process.platform === 'win32' });
const second = probe();
if (rebuild.status !== 0 || second.status !== 0) {
  console.error('better-sqlite3 could not be built for Node:');
  console.error((second.stderr || first.stderr).trim().split('\n').slice(0, 5).join('\n'));
  process.exit(1);
}
