import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * Real failing disks for the honest-failure tests: a tiny tmpfs that fills up, and a read-only
 * bind mount. Both need root (CI runs as root); elsewhere the tests say why they are skipped.
 */
function canMount(): string | null {
  if (process.platform !== 'linux') return 'mounting a small tmpfs needs Linux';
  if (process.getuid?.() !== 0) return 'mounting a small tmpfs or a read-only bind mount needs root (CI runs as root)';
  const probe = mkdtempSync(join(tmpdir(), 'gioia-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe], { stdio: 'pipe' });
    return null;
  } catch (e) {
    return `mount is not permitted here (${String((e as { stderr?: Buffer }).stderr ?? e).trim()})`;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

export const MOUNT_SKIP_REASON = canMount();

const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0).reverse()) {
    try {
      // Lazy: a test that failed before closing its project must not leave the mount behind.
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

export interface SmallDisk {
  readonly dir: string;
  /** Fills the disk until at most `leave` bytes are free. */
  fill(leave?: number): void;
  /** Removes the filler again. */
  free(): void;
}

export function smallDisk(bytes = 4 * 1024 * 1024): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'gioia-full-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { stdio: 'pipe' });
  mounted.push(dir);
  const filler = join(dir, '.filler');
  return {
    dir,
    fill: (leave = 0) => {
      const free = Number(execFileSync('df', ['--output=avail', '-B1', dir]).toString().trim().split('\n')[1]);
      writeFileSync(filler, Buffer.alloc(Math.max(0, free - leave)));
    },
    free: () => rmSync(filler, { force: true }),
  };
}

/** `source` seen through a read-only bind mount: nothing, root included, can write there. */
export function readOnlyView(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gioia-read-only-view-'));
  mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['--bind', source, dir], { stdio: 'pipe' });
  mounted.push(dir);
  execFileSync('mount', ['-o', 'remount,bind,ro', dir], { stdio: 'pipe' });
  return dir;
}
