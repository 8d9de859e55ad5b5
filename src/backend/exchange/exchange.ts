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
  streamQdpx,
  writeQdpx,
  type ByteSource,
  type RefiCodebook,
  type RefiProject,
} from '../../adapters/refi';
import type { ImportResult } from '../../shared/features/documents-types';
import type { ProjectStore } from '../../storage';
import { writeExportFile, writeExportFileStreamed } from '../export-file';
import { defaultProjectName, writeProjectAtomically, type ProjectFileOptions } from '../project-files';
import { counted, EMPTY_REPORT, ReportBuilder, reportLines, type ExchangeReport } from '../../core/exchange-report';
import { findActiveOrNull } from '../coding/active-coder';
import { inspectRecordings } from './exchange-media';
import { fillProject, type FillSummary } from './fill-project';
import { emptyRefiProject, IMPORT_ACTION, recordImport } from './import-record';
import { mergeCodeSets } from './merge-code-sets';
import { planLevels } from './levels';
import type { CoderFilter } from '../../shared/schemas';
import { describeFilter, effectiveFilter, scopedCodings } from '../analysis/coder-scope';
import { filterSuffix } from '../analysis/files';
import { codebookToModel, projectToModel, type CodingScope } from './to-model';
import { writePlannedCodes } from './write-codes';

export interface ExportedFile {
  readonly fileName: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
  /** What the recipient will see that differs from what the project came with, and what stays behind. */
  readonly report: ExchangeReport;
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
  if (format === 'qdpx') {
    const { fileName, model, report } = qdpxModel(store, filter);
    return { fileName, mime: mimeOf('qdpx'), bytes: writeQdpx(model).bytes, report };
  }
  const base = baseName(store);
  const { codebook, report } = codebookToModel(store);
  const xml = guard(() => writeCodebookXml(codebook, `${base}.qdc`));
  return { fileName: `${base}.qdc`, mime: mimeOf('qdc'), bytes: new TextEncoder().encode(xml), report };
}

/** A .qdpx is written into the file as it is made, never whole in memory. */
export function exportRefiToFile(
  store: ProjectStore,
  format: RefiFormat,
  path: string,
  filter?: CoderFilter,
): { path: string; bytes: number; report: ExchangeReport } {
  if (format === 'qdpx') {
    const { model, report } = qdpxModel(store, filter);
    return { ...writeExportFileStreamed(path, (write) => streamQdpx(model, write)), report };
  }
  const file = exportRefi(store, format, filter);
  return { ...writeExportFile(path, file.bytes), report: file.report };
}

function baseName(store: ProjectStore): string {
  return (store.project()?.name ?? 'project').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'project';
}

function qdpxModel(store: ProjectStore, filter: CoderFilter | undefined): { fileName: string; model: RefiProject; report: ExchangeReport } {
  const base = baseName(store);
  const scope = codingScope(store, filter);
  const name = scope === null ? base : `${base}${filterSuffix(effectiveFilter(store, filter))}`;
  return { fileName: `${name}.qdpx`, ...projectToModel(store, scope) };
}

/** Creates a new project file from a .qdpx; nothing is left behind when anything fails. */
export async function importQdpxAsProject(source: string, target: string, options: ProjectFileOptions = {}): Promise<ImportResult> {
  // Read through a file handle: a .qdpx may hold gigabytes of media, unpacked only to be linked.
  const input = await openInput(source);
  const read = await guardAsync(() => readQdpx(input, basename(source))).finally(() => input.close());
  const unlinked: string[] = [];
  const recordings = await inspectRecordings(read.project, source, target, unlinked);
  const readReport = new ReportBuilder()
    .add(read.report)
    .skipped(...unlinked)
    .build();
  let summary: FillSummary = { documentIds: [], report: EMPTY_REPORT, derivedAttributes: [] };
  try {
    await writeProjectAtomically(target, options, (store) => {
      store.mutate({ coderId: null, action: IMPORT_ACTION, summary: `Imported ${basename(source)}`, kind: 'system' }, (tx) => {
        // The log starts from the imported project: a whole study's rows would be an event of tens of megabytes.
        tx.recordAsStartingPoint();
        summary = fillProject(tx, read.project, {
          name: defaultProjectName(target),
          appVersion: options.appVersion ?? 'unknown',
          coderName: options.coderName ?? null,
          recordings,
        });
        recordImport(tx, {
          file: basename(source),
          origin: read.project.origin,
          report: readReport,
          derivedAttributes: summary.derivedAttributes,
        });
      });
    });
  } catch (e) {
    for (const file of recordings.extracted) rmSync(file, { force: true });
    throw e;
  }
  const report = new ReportBuilder().add(summary.report).add(readReport).build();
  return result(source, read.project.name || defaultProjectName(target), summary.documentIds, report);
}

/** Merges a .qdc into an open project by level and name, as one undoable step. */
export async function importQdcInto(store: ProjectStore, source: string): Promise<ImportResult> {
  const { codebook, report } = await readQdcFile(source);
  return mergeCodebook(store, codebook, source, report);
}

/** Reads and checks a .qdc without touching any project (the part of a merge that can run in a worker). */
export async function readQdcFile(source: string): Promise<{ codebook: RefiCodebook; report: ExchangeReport }> {
  const bytes = await readInput(source, 64 * 1024 * 1024);
  return guard(() => readQdc(bytes, basename(source)));
}

export function mergeCodebook(store: ProjectStore, codebook: RefiCodebook, source: string, read: ExchangeReport): ImportResult {
  const plan = planLevels(codebook.codes, codebook.sets);
  const coderId = findActiveOrNull(store.conn);
  const { value } = store.mutate({ coderId, action: 'import-refi-codebook', summary: `Merged codebook ${basename(source)}` }, (tx) => {
    const codes = writePlannedCodes(tx, plan.codes, true);
    return { codes, sets: mergeCodeSets(tx, codebook.sets, codes.ids) };
  });
  const report = new ReportBuilder()
    .kept(`${counted(value.codes.added, 'code')} added, ${value.codes.matched} already in the project (matched by level and name).`)
    .add(value.sets)
    .mapped(...plan.rules)
    .add(read)
    .build();
  return result(source, basename(source, extname(source)), [], report);
}

/** Creates a project holding only the codebook (`gioia import --new OUT.gioia X.qdc`). */
export async function importQdcAsProject(source: string, target: string, options: ProjectFileOptions = {}): Promise<ImportResult> {
  const bytes = await readInput(source, 64 * 1024 * 1024);
  const { codebook, report } = guard(() => readQdc(bytes, basename(source)));
  let out: ImportResult | null = null;
  await writeProjectAtomically(target, options, (store) => {
    store.mutate({ coderId: null, action: 'create-project', summary: 'Created project', kind: 'system' }, (tx) =>
      fillProject(tx, emptyRefiProject(defaultProjectName(target)), {
        name: defaultProjectName(target),
        appVersion: options.appVersion ?? 'unknown',
        coderName: options.coderName ?? null,
      }),
    );
    out = mergeCodebook(store, codebook, source, report);
  });
  return out ?? result(source, defaultProjectName(target), [], report);
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

function result(file: string, name: string, documentIds: readonly string[], report: ExchangeReport): ImportResult {
  return {
    file,
    status: 'imported',
    documentIds: documentIds as ImportResult['documentIds'],
    name,
    reason: null,
    details: reportLines(report),
    report,
  };
}
