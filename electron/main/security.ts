import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';

/** Sent on every response, in addition to the meta tag in index.html. */
export const CSP = CONTENT_SECURITY_POLICY;

/**
 * Applies the hardening that must hold for every web contents the app ever creates: no navigation
 * away from the renderer, no new windows (http(s) links open in the system browser instead), no
 * permissions, no webviews, and the CSP on every response.
 */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
