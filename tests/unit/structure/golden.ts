import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

const DIR = path.resolve(__dirname, 'golden');

/**
 * Compares output with a committed golden file, exactly. Golden files are written only on purpose:
 * `UPDATE_GOLDEN=1 npx vitest run tests/unit/structure`, then inspect the diff before committing.
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, actual);
    return;
  }
  const hint = `Regenerate deliberately with UPDATE_GOLDEN=1 npx vitest run tests/unit/structure and review \`git diff ${path.relative(process.cwd(), file)}\`.`;
  if (!existsSync(file)) throw new Error(`Golden file ${name} is missing. ${hint}`);
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) return;
  const a = expected.split('\n');
  const b = actual.split('\n');
  const line = a.findIndex((l, i) => l !== b[i]);
  const at = line === -1 ? a.length : line;
  expect.fail(
    `${name} differs from its golden file at line ${at + 1}:\n  golden: ${a[at] ?? '<end>'}\n  actual: ${b[at] ?? '<end>'}\n${hint}`,
  );
}
