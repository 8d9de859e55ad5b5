import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'Gioia Studio';

/**
 * The per-user data folder, identical to Electron's `app.getPath('userData')` for productName
 * "Gioia Studio", so `gioia serve` and the desktop app share recent projects and the demo copy.
 */
export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env['APPDATA'] || join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  // Electron (via Chromium) honours XDG_CONFIG_HOME on Linux and the BSDs.
  return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), APP_DIR_NAME);
}
