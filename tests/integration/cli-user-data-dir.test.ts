import { describe, expect, it } from 'vitest';
import { userDataDir } from '../../src/cli/user-data-dir';

describe('userDataDir (same folder as Electron app.getPath("userData"))', () => {
  it('uses ~/.config/Gioia Studio on Linux', () => {
    expect(userDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Gioia Studio');
  });

  it('honours XDG_CONFIG_HOME on Linux like Electron does', () => {
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ana')).toBe('/xdg/Gioia Studio');
  });

  it('uses ~/Library/Application Support/Gioia Studio on macOS', () => {
    expect(userDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Gioia Studio');
  });

  it('uses %APPDATA%/Gioia Studio on Windows', () => {
    expect(userDataDir('win32', { APPDATA: '/appdata' }, '/home/ana')).toMatch(/^[/\\]appdata[/\\]Gioia Studio$/);
  });
});
