/**
 * Decides whether an IPC message comes from our own renderer. Kept free of Electron imports so it
 * can be unit-tested in Node: importing 'electron' outside the app triggers a binary download.
 *
 * A frame is trusted when it is the top-level frame and its URL is the renderer we loaded — the
 * packaged file:// page or, in development, the electron-vite dev server origin.
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
  if (expected.protocol === 'file:') {
    return frame.protocol === 'file:' && frame.pathname === expected.pathname;
  }
  return frame.origin === expected.origin;
}
