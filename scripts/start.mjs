// `npm start`: build, then run the desktop app where Electron is installed, or — where its binary
// is missing and cannot be fetched (our build machines, locked-down laptops) — the same app in the
// browser through `gioia serve`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn, spawnSync } from 'node:child_process';
import { electronSqliteBinding } from './electron-native.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const electronDir = join(root, 'node_modules', 'electron');
const passThrough = process.argv.slice(2);

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Electron ≥ 42 fetches its binary lazily; never `require('electron')` to ask, it would download. */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

function tryInstallElectron() {
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: root, stdio: 'ignore', timeout: 180_000 });
  return result.status === 0 ? electronBinary() : null;
}

run(process.execPath, [join(root, 'scripts', 'ensure-native.mjs')]);
run(bin('electron-vite'), ['build', '--logLevel', 'warn']);

const electron = electronBinary() ?? tryInstallElectron();
if (electron === null) {
  console.log(
    'Electron is not available on this machine (its binary could not be installed), so Gioia Studio starts in your browser instead.',
  );
  const child = spawn(process.execPath, [join(root, 'bin', 'gioia.js'), 'serve', ...passThrough], { cwd: root, stdio: 'inherit' });
  const stop = (signal) => child.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  const binding = electronSqliteBinding(root, version);
  const child = spawn(electron, [join(root, 'out', 'main', 'index.js'), ...passThrough], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, GIOIA_SQLITE_BINDING: binding },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}
