import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MAX_RECENT = 10;
const FILE_NAME = 'recent-projects.json';

/**
 * The recent-projects list in the user data folder. Missing files are dropped on read so the menu
 * never offers a project that was moved or deleted; writes go through a temp file and rename so a
 * crash mid-write cannot leave a truncated list.
 */
export class RecentProjects {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, FILE_NAME);
  }

  list(): string[] {
    return this.read().filter((p) => existsSync(p));
  }

  add(path: string): void {
    this.write([path, ...this.list().filter((p) => p !== path)].slice(0, MAX_RECENT));
  }

  remove(path: string): void {
    this.write(this.list().filter((p) => p !== path));
  }

  private read(): string[] {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string') : [];
    } catch {
      // Absent or corrupt: a recent list is a convenience, never a reason to fail startup.
      return [];
    }
  }

  private write(paths: readonly string[]): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(paths, null, 2)}\n`, 'utf8');
    renameSync(temp, this.file);
  }
}
