// Bundles the `gioia` CLI into out/cli/gioia.cjs. bin/gioia.js runs the bundle when it is newer than
// every source file (a second or more faster per command than transpiling with tsx on each start),
// and falls back to tsx otherwise, so a stale bundle never runs. Runs on install (`prepare`) and in
// `npm run build`.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  outfile: join(root, 'out', 'cli', 'gioia.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Dependencies stay in node_modules: better-sqlite3 is native, and the format libraries load lazily.
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
