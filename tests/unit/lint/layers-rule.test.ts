// @ts-expect-error -- the lint config is plain ESM JavaScript without type declarations
import { layersRule } from '../../../eslint.config.mjs';
import { at, tester } from './rule-tester';

tester.run('gioia/layers', layersRule, {
  valid: [
    { name: 'the core imports itself', filename: at('src/core/structure/layout.ts'), code: "import { x } from '../ids';" },
    { name: 'the backend imports storage', filename: at('src/backend/coding/coding-ops.ts'), code: "import { x } from '../../storage';" },
    {
      name: 'the CLI imports the backend entry',
      filename: at('src/cli/project-api.ts'),
      code: "import { createBackend } from '../backend';",
    },
    {
      name: 'the shell imports the backend entry file',
      filename: at('electron/main/index.ts'),
      code: "import { x } from '../../src/backend/index';",
    },
    { name: 'storage names shared types', filename: at('src/storage/store.ts'), code: "import type { X } from '../shared/types';" },
    { name: 'the renderer imports react', filename: at('src/renderer/App.tsx'), code: "import { useState } from 'react';" },
    { name: 'a test imports anything but electron', filename: at('tests/unit/x.test.ts'), code: "import { x } from '../../src/storage';" },
    { name: 'a type-only electron import loads nothing', filename: at('src/backend/x.ts'), code: "import type { App } from 'electron';" },
  ],
  invalid: [
    { name: 'the core imports no Node builtin', filename: at('src/core/x.ts'), code: "import { readFileSync } from 'node:fs';", errors: 1 },
    { name: 'the core imports no package', filename: at('src/core/x.ts'), code: "import { z } from 'zod';", errors: 1 },
    { name: 'the core imports no outer layer', filename: at('src/core/x.ts'), code: "import { x } from '../storage';", errors: 1 },
    {
      name: 'the renderer never reaches storage',
      filename: at('src/renderer/App.tsx'),
      code: "import { x } from '../storage';",
      errors: 1,
    },
    { name: 'the renderer runs without Node', filename: at('src/renderer/App.tsx'), code: "import { join } from 'node:path';", errors: 1 },
    {
      name: 'storage imports no value from shared',
      filename: at('src/storage/x.ts'),
      code: "import { contract } from '../shared/contract';",
      errors: 1,
    },
    {
      name: 'the CLI never imports a use case',
      filename: at('src/cli/commands/code.ts'),
      code: "import { codeSelection } from '../../backend/coding/coding-ops';",
      errors: [{ message: 'src/cli may import src/backend only through its entry (src/backend/index.ts).' }],
    },
    { name: 'the CLI never imports storage', filename: at('src/cli/x.ts'), code: "import { x } from '../storage';", errors: 1 },
    {
      name: 'the shell never imports a handler',
      filename: at('electron/main/x.ts'),
      code: "import { x } from '../../src/backend/handlers/coding';",
      errors: 1,
    },
    {
      name: 'better-sqlite3 belongs to one module',
      filename: at('src/storage/conn.ts'),
      code: "import Database from 'better-sqlite3';",
      errors: 1,
    },
    { name: 'electron stays in the shell', filename: at('src/backend/x.ts'), code: "import { app } from 'electron';", errors: 1 },
    { name: 'a test never imports electron', filename: at('tests/unit/x.test.ts'), code: "import { app } from 'electron';", errors: 1 },
    { name: 'react stays in the renderer', filename: at('src/backend/x.ts'), code: "import { useState } from 'react';", errors: 1 },
  ],
});
