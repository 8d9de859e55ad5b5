import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { registerIpc } from '../../../electron/main/ipc';
import type { Result } from '../../../src/core/result';
import { CHANNELS, IPC_PREFIX } from '../../../src/shared/channels';
import { createDispatch } from '../../../src/shared/dispatch';
import type { Handlers } from '../../../src/shared/api';

const RENDERER = 'app://gioia/index.html';
type Handler = (event: IpcMainInvokeEvent, params: unknown) => Promise<Result<unknown>> | Result<unknown>;

/** Registers the real main-process wiring on a stand-in for ipcMain and returns an invoker. */
function wire() {
  const registered = new Map<string, Handler>();
  const reached: string[] = [];
  const handlers = Object.fromEntries(CHANNELS.map((c) => [c, () => (reached.push(c), 'done')])) as unknown as Handlers;
  registerIpc(
    {
      handle: (name: string, fn: Handler) => void registered.set(name, fn),
      removeHandler: (name: string) => void registered.delete(name),
    } as never,
    createDispatch(handlers),
    () => RENDERER,
  );
  const invoke = async (channel: string, params: unknown, frame: { url: string; parent: unknown } = { url: RENDERER, parent: null }) => {
    const fn = registered.get(IPC_PREFIX + channel);
    if (fn === undefined) throw new Error(`no handler for ${channel}`);
    return fn({ senderFrame: frame } as unknown as IpcMainInvokeEvent, params);
  };
  return { registered, reached, invoke };
}

describe('main-process IPC wiring', () => {
  it('registers one handler per API channel', () => {
    expect([...wire().registered.keys()].sort()).toEqual(CHANNELS.map((c) => IPC_PREFIX + c).sort());
  });

  it('rejects a call with invalid arguments with a validation error and never reaches the backend', async () => {
    const { invoke, reached } = wire();
    const result = await invoke('getDocument', { documentId: 42 });
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid-arguments');
    expect(reached).toEqual([]);
  });

  it('refuses a call from a frame that is not the Gioia Studio window', async () => {
    const { invoke, reached } = wire();
    const result = await invoke('listDocuments', {}, { url: 'https://example.org/', parent: null });
    expect(result.ok ? 'ok' : result.error.code).toBe('forbidden');
    expect(reached).toEqual([]);
  });

  it('refuses a call from a subframe of the window', async () => {
    const { invoke } = wire();
    const result = await invoke('listDocuments', {}, { url: RENDERER, parent: {} });
    expect(result.ok ? 'ok' : result.error.code).toBe('forbidden');
  });

  it('relays a valid call from the window to the backend', async () => {
    const { invoke, reached } = wire();
    expect(await invoke('listDocuments', {})).toEqual({ ok: true, value: 'done' });
    expect(reached).toEqual(['listDocuments']);
  });
});
