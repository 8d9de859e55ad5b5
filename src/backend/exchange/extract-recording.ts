import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileSource } from '../../adapters/archive/byte-source';
import type { ArchiveLimits } from '../../adapters/archive/limits';
import { ZipArchive } from '../../adapters/archive/zip-archive';
import { MAX_MEDIA_BYTES } from '../../shared/features/media-contract';
import { mediaFolder } from '../media/media-paths';

/** Recordings are stored, not deflated, in every .qdpx we have seen; they are unpacked one at a time. */
const RECORDING_LIMITS: ArchiveLimits = {
  maxEntries: 100_000,
  maxEntryBytes: MAX_MEDIA_BYTES,
  maxTotalBytes: MAX_MEDIA_BYTES,
  maxRatio: 20,
  ratioFloorBytes: 10 * 1024 * 1024,
  maxNesting: 0,
  maxXmlDepth: 256,
};

/** The archive entry an `internal://` reference names: exact, under `sources/`, or by file name alone. */
function entryOf(names: readonly string[], reference: string): string | null {
  const path = decodeURIComponent(reference.replace(/^internal:\/\//i, '').replace(/^\/+/, ''));
  const lower = (s: string) => s.toLowerCase();
  const exact = names.find((n) => lower(n) === lower(path) || lower(n) === lower(`sources/${path}`));
  if (exact !== undefined) return exact;
  const byName = names.filter((n) => lower(basename(n)) === lower(basename(path)));
  return byName.length === 1 ? byName[0]! : null;
}

function freeName(folder: string, name: string): string {
  const ext = extname(name);
  const stem = basename(name, ext);
  for (let i = 1; ; i++) {
    const candidate = join(folder, i === 1 ? name : `${stem} (${i})${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Unpacks a recording stored inside a .qdpx into the media folder beside the new project (written
 * to a temporary name first, so a failure leaves no half file); returns its path.
 */
export function extractRecording(qdpxPath: string, reference: string, projectPath: string): string {
  const source = fileSource(qdpxPath);
  try {
    const archive = ZipArchive.open(source, RECORDING_LIMITS);
    const entry = entryOf(archive.names, reference);
    if (entry === null) throw new Error(`${reference} is not in the archive`);
    const folder = mediaFolder(projectPath);
    mkdirSync(folder, { recursive: true });
    const target = freeName(folder, basename(entry));
    const partial = `${target}.part`;
    const fd = openSync(partial, 'w');
    try {
      archive.pipe(entry, (chunk) => void writeSync(fd, chunk));
      closeSync(fd);
    } catch (e) {
      closeSync(fd);
      rmSync(partial, { force: true });
      throw e;
    }
    renameSync(partial, target);
    return target;
  } finally {
    source.close();
  }
}
