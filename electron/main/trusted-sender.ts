import { APP_HOST, APP_SCHEME } from './renderer-origin';

/**
 * Decides whether an IPC message comes from our own renderer. Kept free of Electron imports so it
 * can be unit-tested in Node: importing 'electron' outside the app triggers a binary download.
 *
 * A frame is trusted when it is the top-level frame and its URL is the renderer we loaded: a page
 * of app://gioia/ in a built app or, in `electron-vite dev` only, the dev server's origin.
 */
export function isTrustedRendererUrl(frameUrl: string, rendererUrl: string): boolean {
  let frame: URL;
  let expected: URL;
  try {
    frame = new URL(frameUrl);
    expected = new URL(rendererUrl);
  } catch {
    return false;
  }
  // A custom scheme's origin is opaque ("null") for every URL, so compare scheme and host instead.
  if (expected.protocol === `${APP_SCHEME}:`)
    return frame.protocol === `${APP_SCHEME}:` && frame.host === APP_HOST && expected.host === APP_HOST;
  if (expected.protocol !== 'http:' && expected.protocol !== 'https:') return false;
  return frame.origin === expected.origin;
}
