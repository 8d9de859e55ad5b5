import { Menu, type MenuItemConstructorOptions } from 'electron';
import { accelerator, type ShortcutId } from '../../src/shared/shortcuts';
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
  // Accelerators come from the one shortcut registry, which the renderer binds and lists too.
  const key = (id: ShortcutId) => accelerator(id, isMac);
  const recent = actions.recentProjects();
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Project…', accelerator: key('new-project'), click: () => actions.newProject() },
        { label: 'Open Project…', accelerator: key('open-project'), click: () => actions.openProject() },
        {
          label: 'Open Recent',
          submenu:
            recent.length === 0
              ? [{ label: 'No recent projects', enabled: false }]
              : recent.map((path) => ({ label: path, click: () => actions.openRecent(path) })),
        },
        { type: 'separator' },
        { label: 'Import…', accelerator: key('import'), click: () => actions.importFiles() },
        {
          label: 'Export',
          submenu: [
            { label: 'Data Structure Figure…', accelerator: key('export-structure'), click: () => actions.sendCommand('export-structure') },
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
        { label: 'Undo', accelerator: key('undo'), click: () => actions.sendCommand('undo') },
        { label: 'Redo', accelerator: key('redo'), click: () => actions.sendCommand('redo') },
        { type: 'separator' },
        { role: 'copy' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find in Documents…', accelerator: key('find'), click: () => actions.sendCommand('find') },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Transcript', accelerator: key('view-transcript'), click: () => actions.sendCommand('view-transcript') },
        { label: 'Data Structure', accelerator: key('view-structure'), click: () => actions.sendCommand('view-structure') },
        { label: 'Matrix', accelerator: key('view-matrix'), click: () => actions.sendCommand('view-matrix') },
        { label: 'Compare Coders', accelerator: key('view-compare'), click: () => actions.sendCommand('view-compare') },
        { label: 'Memos', accelerator: key('view-memos'), click: () => actions.sendCommand('view-memos') },
        { label: 'History', accelerator: key('view-history'), click: () => actions.sendCommand('view-history') },
        { label: 'Passages Like These', accelerator: key('view-suggest'), click: () => actions.sendCommand('view-suggest') },
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
