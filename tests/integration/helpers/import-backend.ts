import { join, resolve } from 'node:path';
import { createProjectFile, type Backend } from '../../../src/backend';
import type { Channel } from '../../../src/shared/channels';
import type { Params, Returns } from '../../../src/shared/contract';
import type { AppEvent } from '../../../src/shared/types';
import { codingBackend } from './coding-backend';

export const IMPORT_FIXTURES = resolve(__dirname, '../../fixtures/import');
export const importFixture = (name: string): string => join(IMPORT_FIXTURES, name);

export interface ImportHarness {
  readonly backend: Backend;
  readonly events: AppEvent[];
  readonly projectPath: string;
  /** Calls a channel through the validating dispatcher and fails the test on an error result. */
  call<K extends Channel>(channel: K, params: Params<K>): Promise<Returns<K>>;
  /** Calls a channel and returns the error (fails the test if the call succeeded). */
  failure<K extends Channel>(channel: K, params: Params<K>): Promise<{ code: string; message: string }>;
}

/** A backend over a fresh empty project, exactly as the app and `gioia serve` run it. */
export async function importHarness(dir: string): Promise<ImportHarness> {
  const { backend, events } = codingBackend(dir);
  const projectPath = join(dir, 'study.gioia');
  await createProjectFile(projectPath, { appVersion: 'test', coderName: 'Tester' });
  const call = async <K extends Channel>(channel: K, params: Params<K>): Promise<Returns<K>> => {
    const result = await backend.dispatch(channel, params);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    return result.value as Returns<K>;
  };
  const failure = async <K extends Channel>(channel: K, params: Params<K>) => {
    const result = await backend.dispatch(channel, params);
    if (result.ok) throw new Error(`${channel} succeeded but should have failed`);
    return result.error;
  };
  await call('openProject', { path: projectPath });
  return { backend, events, projectPath, call, failure };
}
