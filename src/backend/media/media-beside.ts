import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import { mediaFormatOf } from '../../core/file-formats';
import type { DocumentId } from '../../core/ids';
import type { MediaCandidate } from '../../shared/features/media-types';
import { findDocument, findMedia, type ProjectStore } from '../../storage';

/**
 * Recordings lying beside imported transcripts under the same name ("interview 3.vtt" and
 * "interview 3.m4a"), for the import to offer linking. Only documents without a recording are
 * offered, and only transcripts imported by path (a browser drop has no folder to look in).
 */
export function mediaBeside(store: ProjectStore, files: readonly { documentId: DocumentId; file: string }[]): MediaCandidate[] {
  const out: MediaCandidate[] = [];
  const listed = new Map<string, string[]>();
  for (const { documentId, file } of files) {
    if (!isAbsolute(file) || findMedia(store.conn, documentId) !== null) continue;
    const doc = findDocument(store.conn, documentId);
    if (doc === null) continue;
    const folder = dirname(file);
    let names = listed.get(folder);
    if (names === undefined) {
      try {
        names = readdirSync(folder);
      } catch {
        names = [];
      }
      listed.set(folder, names);
    }
    const stem = basename(file, extname(file)).toLowerCase();
    const match = names.find((n) => mediaFormatOf(n) !== null && basename(n, extname(n)).toLowerCase() === stem);
    if (match === undefined) continue;
    const path = join(folder, match);
    try {
      const stat = statSync(path);
      if (stat.isFile() && stat.size > 0) out.push({ documentId, documentName: doc.name, path, fileName: match, size: stat.size });
    } catch {
      // Gone between listing and looking: nothing to offer.
    }
  }
  return out;
}
