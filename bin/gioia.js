#!/usr/bin/env node
'use strict';
// Runs the TypeScript CLI straight from source through tsx, so `npx gioia` works right after
// `npm install` with no build step.
require('tsx/cjs/api').register();
require('../src/cli/main.ts').runFromProcess();
