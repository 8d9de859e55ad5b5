import { join } from 'node:path';
import { app, dialog, ipcMain, Menu, type BrowserWindow } from 'electron';
import { createBackend, type Backend } from '../../src/backend';
import { EVENT_CHANNEL } from '../../src/shared/channels';
import type { AppEvent } from '../../src/shared/types';
import { runRefiExport } from './exchange-flow';
import { runImportFlow } from './import-flow';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { hardenApp } from './security';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { createMainWindow, RENDERER_DIR, rendererUrl } from './window';

/**
 * Electron main stays thin: it owns the window, the menu and native dialogs, and relays IPC to the
 * process-agnostic backend — the same backend the CLI and `gioia serve` run.
 */
let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
}

/**
 * In development better-sqlite3 in node_modules is built for Node (the tests need that ABI);
 * `npm start` builds an Electron copy outside node_modules and passes it here. Packaged apps are
 * rebuilt for Electron by electron-builder, so they use the module's own binding.
 */
function nativeBinding(): string | undefined {
  const fromEnv = process.env['GIOIA_SQLITE_BINDING'];
  return !app.isPackaged && fromEnv ? fromEnv : undefined;
}

function send(event: AppEvent): void {
  mainWindow?.webContents.send(EVENT_CHANNEL, event);
  if (event.type === 'project-changed') refreshMenu();
}

async function call(channel: 'createProject' | 'openProject', path: string): Promise<void> {
  if (backend === null) return;
  const result = await backend.dispatch(channel, { path });
  if (!result.ok && mainWindow !== null) {
    await dialog.showMessageBox(mainWindow, {
      type: 'error',
      message: channel === 'createProject' ? 'Could not create the project' : 'Could not open the project',
      detail: result.error.message,
    });
  }
}

async function recentProjects(): Promise<readonly string[]> {
  if (backend === null) return [];
  const info = await backend.dispatch('getAppInfo', {});
  return info.ok ? (info.value as { recentProjects: readonly string[] }).recentProjects : [];
}

function refreshMenu(): void {
  void recentProjects().then((recent) => {
    Menu.setApplicationMenu(
      buildMenu({
        recentProjects: () => recent,
        newProject: () => void newProject(),
        openProject: () => void openProject(),
        openRecent: (path) => void call('openProject', path),
        sendCommand: (command) => send({ type: 'menu', command }),
        importFiles: () => {
          if (mainWindow !== null && backend !== null) void runImportFlow(mainWindow, backend.dispatch, send);
        },
        exportRefi: (format) => {
          if (mainWindow === null || backend === null) return;
          const target = mainWindow;
          const dispatch = backend.dispatch;
          void dispatch('getProjectSummary', {}).then((summary) =>
            runRefiExport(target, dispatch, format, summary.ok ? (summary.value as { path: string }).path : null),
          );
        },
      }),
    );
  });
}

async function newProject(): Promise<void> {
  if (mainWindow === null) return;
  const choice = await dialog.showSaveDialog(mainWindow, {
    title: 'New Gioia Studio project',
    defaultPath: join(app.getPath('documents'), 'Untitled.gioia'),
    filters: [{ name: 'Gioia Studio project', extensions: ['gioia'] }],
  });
  if (!choice.canceled && choice.filePath) await call('createProject', choice.filePath);
}

async function openProject(): Promise<void> {
  if (mainWindow === null) return;
  const choice = await dialog.showOpenDialog(mainWindow, {
    title: 'Open Gioia Studio project',
    properties: ['openFile'],
    filters: [{ name: 'Gioia Studio project', extensions: ['gioia'] }],
  });
  const path = choice.filePaths[0];
  if (!choice.canceled && path !== undefined) await call('openProject', path);
}

function projectFromArgv(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((arg) => arg.endsWith('.gioia'));
}

// Tests (and users who keep several profiles) point the app at another data folder.
const userDataOverride = process.env['GIOIA_USER_DATA_DIR'];
if (userDataOverride) app.setPath('userData', userDataOverride);

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const path = projectFromArgv(argv);
    if (path !== undefined) void call('openProject', path);
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  void app.whenReady().then(async () => {
    hardenApp();
    serveRenderer(RENDERER_DIR, () => backend);
    backend = createBackend({
      dataDir: app.getPath('userData'),
      resourcesDir: resourcesDir(),
      appVersion: app.getVersion(),
      platform: 'electron',
      nativeBinding: nativeBinding(),
      // After the reply of the call that caused it, as in web mode (src/cli/web/socket.ts).
      emit: (event) => setImmediate(() => send(event)),
      importWorker: { script: join(__dirname, 'import-worker.js') },
    });
    registerIpc(ipcMain, backend.dispatch, rendererUrl);
    const initial = projectFromArgv(process.argv);
    if (initial !== undefined) await call('openProject', initial);
    refreshMenu();
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => (mainWindow = null));
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void backend?.dispose());
}
