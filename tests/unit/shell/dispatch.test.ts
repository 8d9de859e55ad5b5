import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/core/result';
import type { Handlers } from '../../../src/shared/api';
import { CHANNELS } from '../../../src/shared/channels';
import { contract } from '../../../src/shared/contract';
import { createDispatch } from '../../../src/shared/dispatch';

/** A handler map that records calls; the dispatcher's job is everything around the handler. */
function recordingHandlers(calls: string[]): Handlers {
  return Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (params: unknown) => {
        calls.push(`${channel} ${JSON.stringify(params)}`);
        if (channel === 'openProject') throw new DomainError('file-not-found', 'missing.gioia does not exist.');
        if (channel === 'closeProject') throw new Error('disk on fire');
        return null;
      },
    ]),
  ) as unknown as Handlers;
}

describe('createDispatch', () => {
  it('has a params schema for every channel and no others', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });

  it('rejects invalid arguments before the handler runs', async () => {
    const calls: string[] = [];
    const result = await createDispatch(recordingHandlers(calls))('getDocument', { documentId: 42 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-arguments');
      expect(result.error.message).toContain('documentId');
    }
    expect(calls).toEqual([]);
  });

  it('rejects unexpected extra properties', async () => {
    const result = await createDispatch(recordingHandlers([]))('listDocuments', { sql: 'DROP TABLE codes' });
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid-arguments');
  });

  it('refuses unknown channels', async () => {
    const result = await createDispatch(recordingHandlers([]))('runShell', {});
    expect(result.ok ? 'ok' : result.error.code).toBe('unknown-channel');
  });

  it('passes validated params to the handler and wraps its value', async () => {
    const calls: string[] = [];
    const id = '7d0c2f7e-3a6b-4c1d-9e2f-1a2b3c4d5e6f';
    const result = await createDispatch(recordingHandlers(calls))('getDocument', { documentId: id });
    expect(result).toEqual({ ok: true, value: null });
    expect(calls).toEqual([`getDocument {"documentId":"${id}"}`]);
  });

  it('returns domain errors as data with their code and message', async () => {
    const result = await createDispatch(recordingHandlers([]))('openProject', { path: 'missing.gioia' });
    expect(result).toEqual({ ok: false, error: { code: 'file-not-found', message: 'missing.gioia does not exist.' } });
  });

  it('reports unexpected exceptions as internal errors naming the channel', async () => {
    const result = await createDispatch(recordingHandlers([]))('closeProject', {});
    expect(result.ok ? 'ok' : result.error).toEqual({ code: 'internal', message: 'Unexpected error in closeProject: disk on fire' });
  });

  it('refuses a path containing a NUL byte', async () => {
    const result = await createDispatch(recordingHandlers([]))('openProject', { path: 'a\0b.gioia' });
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid-arguments');
  });
});
