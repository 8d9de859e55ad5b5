import { join } from 'node:path';
import { BrowserWindow, nativeTheme } from 'electron';

/** Where the renderer lives: the electron-vite dev server in development, the built file otherwise. */
export function rendererUrl(): string {
  const dev = process.env['ELECTRON_RENDERER_URL'];
  if (dev !== undefined && dev !== '') return dev;
  return new URL(`file://${join(__dirname, '../renderer/index.html')}`).href;
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
