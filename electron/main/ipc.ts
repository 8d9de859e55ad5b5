import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { err } from '../../src/core/result';
import { CHANNELS, IPC_PREFIX } from '../../src/shared/channels';
import type { Dispatch } from '../../src/shared/dispatch';
import { isTrustedRendererUrl } from './trusted-sender';

type IpcRegistry = Pick<IpcMain, 'handle' | 'removeHandler'>;

/**
 * One `ipcMain.handle` per channel. Messages from any frame but our renderer's top frame are
 * refused; arguments are validated by the shared dispatcher (zod, per the contract) before any
 * backend code runs. `ipc` is injected so this wiring is tested without an Electron binary.
 */
export function registerIpc(ipc: IpcRegistry, dispatch: Dispatch, rendererUrl: () => string): () => void {
  for (const channel of CHANNELS) {
    ipc.handle(IPC_PREFIX + channel, (event: IpcMainInvokeEvent, params: unknown) => {
      const frame = event.senderFrame;
      if (frame === null || frame.parent !== null || !isTrustedRendererUrl(frame.url, rendererUrl())) {
        return err('forbidden', `Refused ${channel}: the request did not come from the Gioia Studio window.`);
      }
      return dispatch(channel, params);
    });
  }
  return () => {
    for (const channel of CHANNELS) ipc.removeHandler(IPC_PREFIX + channel);
  };
}
