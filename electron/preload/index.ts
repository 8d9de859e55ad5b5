import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENT_CHANNEL, IPC_PREFIX } from '../../src/shared/channels';
import type { GioiaApi } from '../../src/shared/api';
import type { AppEvent } from '../../src/shared/types';

/**
 * `window.gioia`: one named function per API channel, nothing else of ipcRenderer leaks into the
 * page. The list comes from the same `CHANNELS` main registers, so the two cannot drift.
 */
const calls = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (params: unknown) => ipcRenderer.invoke(IPC_PREFIX + channel, params ?? {})]),
);

const api = {
  ...calls,
  pathOfFile(file: File): string | null {
    const path = webUtils.getPathForFile(file);
    return path === '' ? null : path;
  },
  onEvent(listener: (event: AppEvent) => void): () => void {
    const relay = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
} as unknown as GioiaApi;

contextBridge.exposeInMainWorld('gioia', api);
