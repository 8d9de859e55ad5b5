import { join, resolve } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';

// RuleTester reports through whatever test framework it is given; by default it expects mocha's globals.
Object.assign(RuleTester, { afterAll, describe, it });

const ROOT = resolve(__dirname, '../../..');

/** A file of the repository by its path from the root: the lint rules judge a file by where it lives. */
export const at = (file: string) => join(ROOT, file);

export const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' } });
