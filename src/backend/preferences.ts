import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const FILE_NAME = 'preferences.json';
/** Playback positions kept; the least recently set go first. */
const MAX_POSITIONS = 1000;

/**
 * Per-user preferences in the user data folder: the name the user codes under, asked for on first
 * start and given to every project they create (never taken from the operating system's account
 * name, which is rarely how a researcher wants to appear in a methods section), and where they
 * stopped listening to each document's recording — theirs, not the project's, so it is no undo step
 * and two coders of one project each resume where they left off.
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

  /** `key` names a document of a project (project id and document id). */
  playbackPosition(key: string): number | null {
    const value = this.positions()[key];
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
  }

  setPlaybackPosition(key: string, ms: number): void {
    const positions = this.positions();
    delete positions[key];
    positions[key] = Math.round(ms);
    const keys = Object.keys(positions);
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_POSITIONS))) delete positions[old];
    this.write({ ...this.read(), playback: positions });
  }

  private positions(): Record<string, unknown> {
    const value = this.read()['playback'];
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
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
