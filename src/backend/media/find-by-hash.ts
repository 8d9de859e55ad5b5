import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hashFile, type HashProgress } from './media-file';

/** What is being looked for: a recording as the project recorded it. */
export interface Wanted {
  readonly key: string;
  readonly fileName: string;
  readonly size: number;
  readonly sha256: string;
}

/** Bounds on a folder walk, so pointing the search at a home folder or a disk stays finite. */
const MAX_DEPTH = 8;
const MAX_ENTRIES = 200_000;
const SKIPPED = new Set(['node_modules', '$RECYCLE.BIN', 'System Volume Information']);

export interface FoundMedia {
  readonly found: ReadonlyMap<string, string>;
  /** Files looked at. */
  readonly searched: number;
}

/**
 * Finds moved recordings in `folder` by their content. Only files of exactly the recorded size are
 * hashed (a size match is rare among unrelated files), those with the recorded name first, so
 * finding a renamed or moved recording reads it once and leaves every other file unread.
 */
export async function findByHash(
  folder: string,
  wanted: readonly Wanted[],
  progress?: (searched: number) => void,
  hashing?: HashProgress,
): Promise<FoundMedia> {
  const bySize = new Map<number, Wanted[]>();
  for (const w of wanted) bySize.set(w.size, [...(bySize.get(w.size) ?? []), w]);
  const candidates: { path: string; name: string; size: number }[] = [];
  let searched = 0;
  let level = [folder];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0 && searched < MAX_ENTRIES; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        if (++searched > MAX_ENTRIES) break;
        if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) next.push(path);
        else if (entry.isFile()) {
          let size: number;
          try {
            size = statSync(path).size;
          } catch {
            continue;
          }
          if (bySize.has(size)) candidates.push({ path, name: entry.name, size });
        }
      }
      progress?.(searched);
    }
    level = next;
  }
  const found = new Map<string, string>();
  for (const w of wanted) {
    const same = candidates.filter((c) => c.size === w.size);
    same.sort((a, b) => Number(b.name === w.fileName) - Number(a.name === w.fileName));
    for (const c of same) {
      if ((await hashFile(c.path, c.size, hashing)) === w.sha256) {
        found.set(w.key, c.path);
        break;
      }
    }
  }
  return { found, searched: Math.min(searched, MAX_ENTRIES) };
}
