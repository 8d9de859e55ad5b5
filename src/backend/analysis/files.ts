import { mimeOf } from '../../core/file-formats';
import type { CoderFilter } from '../../shared/schemas';
import type { ExportedFile } from '../../shared/features/analysis-types';
import type { ProjectStore } from '../../storage';

/** A file-system-safe stem from the project name: "Service recovery (demo)" → "service-recovery-demo". */
export function fileStem(store: ProjectStore): string {
  const name = store.project()?.name ?? 'project';
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem === '' ? 'project' : stem;
}

export function exported(stem: string, kind: string, format: string, data: Buffer | string, notes: readonly string[] = []): ExportedFile {
  const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return {
    fileName: `${stem}-${kind}.${format}`,
    mime: mimeOf(format),
    dataBase64: buffer.toString('base64'),
    notes,
  };
}

/** "-consensus", "-one-coder", "-in-a-set": a filtered export's file name says what it holds. */
export function filterSuffix(filter: CoderFilter): string {
  const sets = filter.documentSetId !== undefined || filter.codeSetId !== undefined ? '-in-a-set' : '';
  if (filter.kind === 'all') return sets;
  if (filter.kind === 'consensus') return `-consensus${sets}`;
  return `${filter.coderIds.length === 1 ? '-one-coder' : `-${filter.coderIds.length}-coders`}${sets}`;
}
