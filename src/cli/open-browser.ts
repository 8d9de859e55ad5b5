import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Best effort: opens `url` in the system browser. Returns false when no opener is available; never
 * throws, because the URL is printed anyway and the server must keep running.
 */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): boolean {
  const command = openerFor(platform, url);
  if (!command) return false;
  try {
    const child = spawn(command.file, command.args, { detached: true, stdio: 'ignore', windowsHide: true });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}

function openerFor(platform: NodeJS.Platform, url: string): { file: string; args: string[] } | null {
  if (platform === 'darwin') return { file: 'open', args: [url] };
  // The empty title argument stops `start` from taking a quoted URL as the window title.
  if (platform === 'win32') return { file: 'cmd', args: ['/c', 'start', '""', url] };
  return onPath('xdg-open') ? { file: 'xdg-open', args: [url] } : null;
}

function onPath(name: string): boolean {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      // keep looking
    }
  }
  return false;
}
