import { join } from 'node:path';
import { BrowserWindow, nativeTheme } from 'electron';
import { PACKAGED_RENDERER_URL } from './renderer-origin';

/** The built renderer, served by our app:// protocol (app-protocol.ts). */
export const RENDERER_DIR = join(__dirname, '../renderer');

/**
 * Where the renderer lives. Only a development build (`electron-vite dev`, where DEV is true at
 * build time) reads the dev server's address from the environment: in a built or packaged app the
 * branch is compiled away, so no environment variable can point the window — and the IPC trust
 * check — at another page.
 */
export function rendererUrl(): string {
  if (import.meta.env.DEV) {
    const dev = process.env['ELECTRON_RENDERER_URL'];
    if (dev !== undefined && dev !== '') return dev;
  }
  return PACKAGED_RENDERER_URL;
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Gioia Studio',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1d21' : '#f7f7f5',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl());
  return window;
}
