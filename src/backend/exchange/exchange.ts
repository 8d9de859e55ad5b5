import { rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { mimeOf, type RefiFormat } from '../../core/file-formats';
import { DomainError } from '../../core/result';
import {
  fileSource,
  readQdc,
  readQdpx,
  RefiError,
  writeCodebookXml,
  writeQdpx,
  type ByteSource,
  type RefiCodebook,
} from '../../adapters/refi';
import type { ImportResult } from '../../shared/features/documents-types';
import type { ProjectStore } from '../../storage';
import { writeExportFile } from '../export-file';
import { defaultProjectName, writeProjectAtomically, type ProjectFileOptions } from '../project-files';
import { inspectRecordings } from './exchange-media';
import { fillProject } from './fill-project';
import { planLevels } from './levels';
import type { CoderFilter } from '../../shared/schemas';
import { describeFilter, effectiveFilter, scopedCodings } from '../analysis/coder-scope';
import { findActiveOrNull } from '../coding/active-coder';
import { filterSuffix } from '../analysis/files';
import { codebookToModel, projectToModel, type CodingScope } from './to-model';
import { writePlannedCodes } from './write-codes';

export interface ExportedFile {
  readonly fileName: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

/** The export's coding scope for a coder filter (blind mode applied), or null for every coding. */
function codingScope(store: ProjectStore, asked: CoderFilter | undefined): CodingScope | null {
  const filter = effectiveFilter(store, asked);
  const note = describeFilter(store, filter);
  if (note === null) return null;
  const kept = new Set(scopedCodings(store, filter).map((c) => `${c.segmentId}|${c.codeId}`));
  return { keep: (segmentId, codeId) => kept.has(`${segmentId}|${codeId}`), note };
}

export function exportRefi(store: ProjectStore, format: RefiFormat, filter?: CoderFilter): ExportedFile {
  const base = (store.project()?.name ?? 'project').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'project';
  if (format === 'qdpx') {
    const scope = codingScope(store, filter);
    const name = scope === null ? base : `${base}${filterSuffix(effectiveFilter(store, filter))}`;
    return { fileName: `${name}.qdpx`, mime: mimeOf('qdpx'), bytes: writeQdpx(projectToModel(store, scope)).bytes };
  }
  const xml = guard(() => writeCodebookXml(codebookToModel(store), `${base}.qdc`));
  return { fileName: `${base}.qdc`, mime: mimeOf('qdc'), bytes: new TextEncoder().encode(xml) };
}

export async function exportRefiToFile(
  store: ProjectStore,
  format: RefiFormat,
  path: string,
  filter?: CoderFilter,
): Promise<{ path: string; bytes: number }> {
  return writeExportFile(path, exportRefi(store, format, filter).bytes);
}

/** Creates a new project file from a .qdpx; nothing is left behind when anything fails. */
export async function importQdpxAsProject(source: string, target: string, options: ProjectFileOptions = {}): Promise<ImportResult> {
  // Read through a file handle: a .qdpx may hold gigabytes of media, unpacked only to be linked.
  const input = await openInput(source);
  const { project, details: read } = await guardAsync(() => readQdpx(input, basename(source))).finally(() => input.close());
  const details = [...read];
  const recordings = await inspectRecordings(project, source, target, details);
  let summary: { documentIds: string[]; details: string[] } = { documentIds: [], details: [] };
  try {
    await writeProjectAtomically(target, options, (store) => {
      store.mutate({ coderId: null, action: 'import-refi-project', summary: `Imported ${basename(source)}`, kind: 'system' }, (tx) => {
        summary = fillProject(tx, project, {
          name: defaultProjectName(target),
          appVersion: options.appVersion ?? 'unknown',
          coderName: options.coderName ?? null,
          recordings,
        });
      });
    });
  } catch (e) {
    for (const file of recordings.extracted) rmSync(file, { force: true });
    throw e;
  }
  return result(source, project.name || defaultProjectName(target), summary.documentIds, [...summary.details, ...details]);
}

/** Merges a .qdc into an open project by level and name, as one undoable step. */
export async function importQdcInto(store: ProjectStore, source: string): Promise<ImportResult> {
  const { codebook, details } = await readQdcFile(source);
  return mergeCodebook(store, codebook, source, details);
}

/** Reads and checks a .qdc without touching any project (the part of a merge that can run in a worker). */
export async function readQdcFile(source: string): Promise<{ codebook: RefiCodebook; details: string[] }> {
  const bytes = await readInput(source, 64 * 1024 * 1024);
  return guard(() => readQdc(bytes, basename(source)));
}

export function mergeCodebook(store: ProjectStore, codebook: RefiCodebook, source: string, readDetails: readonly string[]): ImportResult {
  const plan = planLevels(codebook.codes, codebook.sets);
  const coderId = findActiveOrNull(store.conn);
  const { value } = store.mutate({ coderId, action: 'import-refi-codebook', summary: `Merged codebook ${basename(source)}` }, (tx) =>
    writePlannedCodes(tx, plan.codes, true),
  );
  const lines = [
    `${value.added} code${value.added === 1 ? '' : 's'} added, ${value.matched} already in the project (matched by level and name).`,
    ...plan.rules,
    ...readDetails,
  ];
  return result(source, basename(source, extname(source)), [], lines);
}

/** Creates a project holding only the codebook (`gioia import --new OUT.gioia X.qdc`). */
export async function importQdcAsProject(source: string, target: string, options: ProjectFileOptions = {}): Promise<ImportResult> {
  const bytes = await readInput(source, 64 * 1024 * 1024);
  const { codebook, details } = guard(() => readQdc(bytes, basename(source)));
  let out: ImportResult | null = null;
  await writeProjectAtomically(target, options, (store) => {
    const empty = { ...projectToModel(store), name: defaultProjectName(target), codes: [], sets: [] };
    store.mutate({ coderId: null, action: 'create-project', summary: 'Created project', kind: 'system' }, (tx) =>
      fillProject(tx, empty, {
        name: defaultProjectName(target),
        appVersion: options.appVersion ?? 'unknown',
        coderName: options.coderName ?? null,
      }),
    );
    out = mergeCodebook(store, codebook, source, details);
  });
  return out ?? result(source, defaultProjectName(target), [], details);
}

async function openInput(path: string): Promise<ByteSource> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new DomainError('file-invalid', `${basename(path)}: is not a file.`);
    return fileSource(path);
  } catch (error) {
    throw inputError(path, error);
  }
}

async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new DomainError('file-invalid', `${basename(path)}: is not a file.`);
    if (info.size > maxBytes)
      throw new DomainError('file-invalid', `${basename(path)}: is too large (${Math.round(info.size / 2 ** 20)} MB).`);
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw inputError(path, error);
  }
}

function inputError(path: string, error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new DomainError('file-not-found', `${basename(path)}: does not exist.`);
  return new DomainError('file-unreadable', `${basename(path)}: cannot be read (${code ?? String(error)}).`);
}

function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw asDomain(error);
  }
}

async function guardAsync<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw asDomain(error);
  }
}

function asDomain(error: unknown): unknown {
  return error instanceof RefiError ? new DomainError('file-invalid', `${error.message}.`, { file: error.file }) : error;
}

function result(file: string, name: string, documentIds: readonly string[], details: readonly string[]): ImportResult {
  return { file, status: 'imported', documentIds: documentIds as ImportResult['documentIds'], name, reason: null, details };
}
