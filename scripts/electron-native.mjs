// Builds better-sqlite3 for Electron's ABI into .cache/, outside node_modules, so the Node build
// the tests use stays in place. Runs only where Electron itself can run (it downloads Electron's
// headers), and only once per Electron version.
import { cpSync, existsSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);

function nodeGypScript() {
  const candidates = [];
  if (process.env.npm_execpath) candidates.push(join(dirname(process.env.npm_execpath), '../node_modules/node-gyp/bin/node-gyp.js'));
  candidates.push(join(dirname(process.execPath), '../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'));
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not installed locally; npm's bundled copy is the usual source
  }
  return candidates.find((c) => existsSync(c));
}

/** Returns the path of an Electron build of better_sqlite3.node, building it when missing. */
export function electronSqliteBinding(root, electronVersion) {
  const dir = join(root, '.cache', 'electron-native', electronVersion);
  const target = join(dir, 'better_sqlite3.node');
  if (existsSync(target)) return target;
  const gyp = nodeGypScript();
  if (gyp === undefined) throw new Error('node-gyp was not found (it ships with npm); cannot build better-sqlite3 for Electron.');
  const pkg = join(dir, 'pkg');
  rmSync(pkg, { recursive: true, force: true });
  mkdirSync(pkg, { recursive: true });
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  for (const entry of ['package.json', 'binding.gyp', 'src', 'deps']) cpSync(join(source, entry), join(pkg, entry), { recursive: true });
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (first start only, about 2 minutes)…`);
  // npm exports npm_config_nodedir (pointing at *Node's* headers) to scripts; node-gyp would honour
  // it and silently build for Node. Drop every npm_config_* so the Electron target wins.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_config_')));
  const result = spawnSync(
    process.execPath,
    [gyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: pkg, stdio: 'inherit', env },
  );
  if (result.status !== 0) throw new Error('building better-sqlite3 for Electron failed (see the node-gyp output above).');
  copyFileSync(join(pkg, 'build', 'Release', 'better_sqlite3.node'), target);
  rmSync(pkg, { recursive: true, force: true });
  return target;
}
