import type { ExportedFile } from '../../shared/features/analysis-types';
import type { ProjectStore } from '../../storage';

export const MIME: Readonly<Record<string, string>> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  md: 'text/markdown',
  tex: 'application/x-tex',
  json: 'application/json',
};

/** Text formats, which the CLI may print to stdout. */
export const TEXT_FORMATS: ReadonlySet<string> = new Set(['svg', 'csv', 'md', 'tex', 'json']);

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
    mime: MIME[format] ?? 'application/octet-stream',
    dataBase64: buffer.toString('base64'),
    notes,
  };
}
