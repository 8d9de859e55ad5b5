#!/usr/bin/env node
'use strict';
// Runs the `gioia` CLI: the bundle in out/cli when it is newer than every file of src/ (fast start),
// otherwise the TypeScript source through tsx — so `npx gioia` works right after `npm install` and
// an edited source tree is never shadowed by a stale bundle.
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const bundle = join(root, 'out', 'cli', 'gioia.cjs');
const sources = join(root, 'src');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  if (!existsSync(bundle)) return false;
  if (!existsSync(sources)) return true;
  return statSync(bundle).mtimeMs >= newestSource(sources);
}

if (bundleIsFresh()) {
  require(bundle).runFromProcess();
} else {
  require('tsx/cjs/api').register();
  require('../src/cli/main.ts').runFromProcess();
}
