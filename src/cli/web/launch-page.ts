import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LaunchPage {
  /** `file://` address of the page: safe to pass on a command line, it holds no token. */
  readonly fileUrl: string;
  remove(): void;
}

/**
 * The browser opener's command line (`xdg-open URL`) is visible to every user of the machine in
 * the process list, so the launch address must not travel there. The opener gets a page readable
 * by this user only, which sends the browser on to the launch address.
 */
export function writeLaunchPage(launchUrl: string): LaunchPage {
  const dir = mkdtempSync(join(tmpdir(), 'gioia-launch-'));
  const file = join(dir, 'open-gioia-studio.html');
  const attr = launchUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  writeFileSync(
    file,
    `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0;url=${attr}"><title>Gioia Studio</title><p><a href="${attr}">Open Gioia Studio</a></p>\n`,
    { mode: 0o600, flag: 'wx' },
  );
  return {
    fileUrl: pathToFileURL(file).href,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
