import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src/shared/types';

export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openRecent(path: string): void;
  sendCommand(command: MenuCommand): void;
  importFiles(): void;
  exportRefi(format: 'qdpx' | 'qdc'): void;
  recentProjects(): readonly string[];
}

/**
 * The application menu. Undo/Redo are forwarded to the renderer as commands rather than using
 * Electron's text-editing roles: undo in Gioia Studio means undoing a coding or codebook operation.
 * Import… opens a native dialog in main (import-flow.ts) and takes transcripts and REFI-QDA files;
 * the figure and table exports live in the renderer's Data structure view, which offers its own save.
 */
export function buildMenu(actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const recent = actions.recentProjects();
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: () => actions.newProject() },
        { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
        {
          label: 'Open Recent',
          submenu:
            recent.length === 0
              ? [{ label: 'No recent projects', enabled: false }]
              : recent.map((path) => ({ label: path, click: () => actions.openRecent(path) })),
        },
        { type: 'separator' },
        { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: () => actions.importFiles() },
        {
          label: 'Export',
          submenu: [
            { label: 'Data Structure Figure…', accelerator: 'CmdOrCtrl+E', click: () => actions.sendCommand('export-structure') },
            { type: 'separator' },
            { label: 'REFI-QDA Project (.qdpx)…', click: () => actions.exportRefi('qdpx') },
            { label: 'REFI-QDA Codebook (.qdc)…', click: () => actions.exportRefi('qdc') },
          ],
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.sendCommand('undo') },
        { label: 'Redo', accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y', click: () => actions.sendCommand('redo') },
        { type: 'separator' },
        { role: 'copy' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find in Documents…', accelerator: 'CmdOrCtrl+Shift+F', click: () => actions.sendCommand('find') },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Transcript', accelerator: 'CmdOrCtrl+1', click: () => actions.sendCommand('view-transcript') },
        { label: 'Data Structure', accelerator: 'CmdOrCtrl+2', click: () => actions.sendCommand('view-structure') },
        { label: 'Matrix', accelerator: 'CmdOrCtrl+3', click: () => actions.sendCommand('view-matrix') },
        { label: 'Compare Coders', accelerator: 'CmdOrCtrl+4', click: () => actions.sendCommand('view-compare') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(import.meta.env.DEV ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
