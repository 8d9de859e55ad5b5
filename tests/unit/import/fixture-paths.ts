import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTranscript, type ImportedTranscript } from '../../../src/adapters/import';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/import', import.meta.url));

export const fixture = (name: string): string => join(FIXTURES, name);

/** Imports a committed fixture and fails the test with the reason when it is refused. */
export async function imported(name: string): Promise<ImportedTranscript> {
  const outcome = await readTranscript(fixture(name));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.transcript;
}

export async function refusal(name: string): Promise<string> {
  const outcome = await readTranscript(fixture(name));
  if (outcome.ok) throw new Error(`${name} was imported but should have been refused`);
  return outcome.reason;
}
