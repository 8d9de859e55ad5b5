// @ts-check
import path from 'node:path';
import { builtinModules } from 'node:module';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layer rules of DESIGN.md, as a table: folder = layer, and who may import whom. Read it as
 * "code in <layer> may import <may>, only types from <types>, and from <entries> only that layer's
 * entry module"; anything else is a violation. Storage returns the API's read models, so it may name
 * their types without depending on the API. The CLI and the shell reach the backend through its
 * entry alone (createBackend and the handler map), never a use case directly.
 */
export const LAYERS = [
  { layer: 'src/core', may: [] },
  { layer: 'src/shared', may: ['src/core'] },
  { layer: 'src/storage', may: ['src/core'], types: ['src/shared'] },
  { layer: 'src/adapters', may: ['src/core'] },
  { layer: 'src/backend', may: ['src/core', 'src/shared', 'src/storage', 'src/adapters'] },
  { layer: 'src/renderer', may: ['src/core', 'src/shared'] },
  { layer: 'src/cli', may: ['src/core', 'src/shared'], entries: ['src/backend'] },
  { layer: 'electron/main', may: ['src/core', 'src/shared'], entries: ['src/backend'] },
  { layer: 'electron/preload', may: ['src/core', 'src/shared'] },
];

/** Packages that belong to one place only (a bare import elsewhere is a violation). */
const PACKAGES = [
  {
    name: 'electron',
    only: ['electron/main', 'electron/preload'],
    why: 'Electron stays in the shell (and a Node import triggers a binary download)',
  },
  { name: 'better-sqlite3', only: ['src/storage/database.ts'], why: 'one module owns the native driver' },
  { name: 'react', only: ['src/renderer'], why: 'UI lives in the renderer' },
  { name: 'react-dom', only: ['src/renderer'], why: 'UI lives in the renderer' },
  { name: 'lexical', only: ['src/renderer'], why: 'the editor lives in the renderer' },
  { name: '@lexical/', only: ['src/renderer'], why: 'the editor lives in the renderer' },
];

/** Layers that run without Node: no builtins there. The core additionally imports no package at all. */
const NO_NODE = ['src/core', 'src/shared', 'src/renderer', 'electron/preload'];
const PURE = ['src/core'];
const PURE_ALLOWED_PACKAGES = [];
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

const root = path.dirname(new URL(import.meta.url).pathname);
const rel = (file) => path.relative(root, file).split(path.sep).join('/');
const within = (file, folder) => file === folder || file.startsWith(`${folder}/`);
const layerOf = (file) => LAYERS.find((l) => within(file, l.layer));

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: { type: 'problem', schema: [], docs: { description: 'enforce the layer table of DESIGN.md' } },
  create(context) {
    const file = rel(context.filename);
    const own = layerOf(file);
    const inTests = within(file, 'tests') || within(file, 'bench') || within(file, 'scripts');
    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.')) {
        if (own === undefined) return;
        const target = rel(path.resolve(path.dirname(context.filename), spec));
        const targetLayer = layerOf(target);
        if (targetLayer === undefined || targetLayer === own) return;
        const typeOnly = node.importKind === 'type' || node.exportKind === 'type';
        if (typeOnly && (own.types ?? []).includes(targetLayer.layer)) return;
        if ((own.entries ?? []).includes(targetLayer.layer)) {
          const entry =
            target === targetLayer.layer || target === `${targetLayer.layer}/index` || target === `${targetLayer.layer}/index.ts`;
          if (!entry)
            context.report({
              node,
              message: `${own.layer} may import ${targetLayer.layer} only through its entry (${targetLayer.layer}/index.ts).`,
            });
          return;
        }
        if (!own.may.includes(targetLayer.layer)) {
          context.report({ node, message: `${own.layer} may not import ${targetLayer.layer} (layer table in eslint.config.mjs).` });
        }
        return;
      }
      const pkg = PACKAGES.find((p) => spec === p.name || (p.name.endsWith('/') ? spec.startsWith(p.name) : spec.startsWith(`${p.name}/`)));
      // A type-only import is erased at build time, so it loads nothing (and downloads nothing).
      const typeOnly = node.importKind === 'type';
      if (pkg !== undefined && !typeOnly && (inTests ? pkg.name === 'electron' : !pkg.only.some((o) => within(file, o)))) {
        context.report({ node, message: `"${spec}" may only be imported in ${pkg.only.join(', ')}: ${pkg.why}.` });
      }
      if (own !== undefined && NO_NODE.includes(own.layer) && NODE_BUILTINS.has(spec)) {
        context.report({ node, message: `${own.layer} runs without Node: no "${spec}".` });
      } else if (own !== undefined && PURE.includes(own.layer) && !PURE_ALLOWED_PACKAGES.includes(spec)) {
        context.report({ node, message: `${own.layer} is pure and imports no packages ("${spec}").` });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node, node.arguments[0].value);
        }
      },
    };
  },
};

/** SQL as the storage layer writes it: upper-case statement keywords (English prose never reads like this). */
const SQL =
  /\b(?:SELECT\b[\s\S]*?\bFROM\b|SELECT\s+\d|INSERT\s+(?:OR\s+\w+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b|WITH\s+(?:RECURSIVE\s+)?\w+(?:\([^)]*\))?\s+AS\s*\(|(?:CREATE|DROP|ALTER)\s+(?:TABLE|INDEX|TRIGGER|VIEW)\b|PRAGMA\s+\w)/;
/** What a connection is read through: naming one of these on a `conn` means running SQL by hand. */
const CONN_METHODS = new Set(['all', 'get', 'run', 'rows', 'statement', 'db', 'exec', 'prepare']);

/** @type {import('eslint').Rule.RuleModule} */
export const sqlInStorageRule = {
  meta: {
    type: 'problem',
    schema: [],
    docs: { description: 'SQL lives only in src/storage: elsewhere, call a repository function' },
    messages: {
      sql: 'SQL outside src/storage: move this statement into a repository function in src/storage/*-repo.ts.',
      conn: 'Direct connection access outside src/storage: call a repository function in src/storage/*-repo.ts instead.',
      prepare: 'Preparing statements outside src/storage: call a repository function in src/storage/*-repo.ts instead.',
    },
  },
  create(context) {
    const file = rel(context.filename);
    if (!(within(file, 'src') || within(file, 'electron')) || within(file, 'src/storage')) return {};
    const isConn = (node) =>
      (node.type === 'Identifier' && node.name === 'conn') ||
      (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && node.property.name === 'conn');
    return {
      Literal: (node) => typeof node.value === 'string' && SQL.test(node.value) && context.report({ node, messageId: 'sql' }),
      TemplateLiteral: (node) =>
        SQL.test(node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ')) && context.report({ node, messageId: 'sql' }),
      MemberExpression: (node) => {
        if (node.computed || node.property.type !== 'Identifier') return;
        if (node.property.name === 'prepare' && node.parent.type === 'CallExpression' && node.parent.callee === node) {
          context.report({ node, messageId: 'prepare' });
        } else if (CONN_METHODS.has(node.property.name) && isConn(node.object)) {
          context.report({ node, messageId: 'conn' });
        }
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'artifacts/**', '.cache/**', 'bench/results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { gioia: { rules: { layers: layersRule, 'sql-in-storage': sqlInStorageRule } } },
    rules: {
      'gioia/layers': 'error',
      'gioia/sql-in-storage': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'electron/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    files: ['bin/**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' } },
  },
);
