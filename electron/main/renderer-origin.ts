/**
 * Where the renderer is loaded from, kept free of Electron imports so the trust check that uses it
 * is unit-tested in Node (importing 'electron' outside the app triggers a binary download).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'gioia';
export const PACKAGED_RENDERER_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
