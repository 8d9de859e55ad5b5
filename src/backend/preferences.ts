import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const FILE_NAME = 'preferences.json';

/**
 * Per-user preferences in the user data folder: for now the name the user codes under, asked for on
 * first start and given to every project they create (never taken from the operating system's
 * account name, which is rarely how a researcher wants to appear in a methods section).
 */
export class Preferences {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, FILE_NAME);
  }

  coderName(): string | null {
    const name = this.read()['coderName'];
    return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
  }

  setCoderName(name: string): void {
    this.write({ ...this.read(), coderName: name.trim() });
  }

  private read(): Record<string, unknown> {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    } catch {
      // Absent or damaged: the app asks again rather than failing to start.
      return {};
    }
  }

  private write(values: Record<string, unknown>): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(values, null, 2)}\n`, 'utf8');
    renameSync(temp, this.file);
  }
}
