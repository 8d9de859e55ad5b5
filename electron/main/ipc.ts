import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { err } from '../../src/core/result';
import { CHANNELS, IPC_PREFIX } from '../../src/shared/channels';
import type { Dispatch } from '../../src/shared/dispatch';
import { isTrustedRendererUrl } from './trusted-sender';

/**
 * One `ipcMain.handle` per channel. Arguments are validated by the shared dispatcher (zod, per the
 * contract) before any backend code runs; messages from frames other than our renderer are refused.
 */
export function registerIpc(dispatch: Dispatch, rendererUrl: () => string): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, (event: IpcMainInvokeEvent, params: unknown) => {
      const frame = event.senderFrame;
      if (frame === null || frame.parent !== null || !isTrustedRendererUrl(frame.url, rendererUrl())) {
        return err('forbidden', `Refused ${channel}: the request did not come from the Gioia Studio window.`);
      }
      return dispatch(channel, params);
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(IPC_PREFIX + channel);
  };
}
