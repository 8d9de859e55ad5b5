import { resolve } from 'node:path';
import { DomainError } from '../../core/result';
import type {
  AgreementMeasure,
  AgreementResult,
  CoderPackageResult,
  MergeReport,
  ReportExport,
} from '../../shared/features/comparison-types';
import type { CoderRow } from '../../shared/types';
import { ProjectStore } from '../../storage';
import { agreementParams } from '../../shared/features/comparison-contract';
import { computeProjectAgreement } from './agreement';
import { writeCoderPackage } from './coder-package';
import { mergeProjectFile } from './merge';
import { writeAgreementReport } from './report';

/**
 * The comparison use cases on a project file rather than the open session: what the CLI runs.
 * Each opens the file, does one thing and closes it.
 */
async function withProject<T>(path: string, fn: (store: ProjectStore) => Promise<T> | T): Promise<T> {
  const store = await ProjectStore.open(resolve(path), { create: false });
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

/** A coder by exact name, else by id, else by name ignoring case; the error lists the coders there are. */
export function findCoder(coders: readonly CoderRow[], nameOrId: string): CoderRow {
  const wanted = nameOrId.trim();
  const found =
    coders.find((c) => c.name === wanted) ??
    coders.find((c) => c.id === wanted) ??
    coders.find((c) => c.name.toLowerCase() === wanted.toLowerCase());
  if (found === undefined) {
    throw new DomainError('not-found', `No coder "${wanted}" in this project (coders: ${coders.map((c) => c.name).join(', ')}).`);
  }
  return found;
}

export function coderPackageFromFile(file: string, coder: string, out: string, blind: boolean): Promise<CoderPackageResult> {
  return withProject(file, (store) => writeCoderPackage(store, { target: out, coderId: findCoder(store.listCoders(), coder).id, blind }));
}

export function mergeIntoFile(file: string, other: string): Promise<MergeReport> {
  return withProject(file, (store) => mergeProjectFile(store, other));
}

export interface FileAgreementOptions {
  readonly coders: readonly string[];
  readonly measures?: readonly AgreementMeasure[];
  readonly unit?: 'char' | 'segment';
  readonly overlap?: number;
  readonly by?: 'code' | 'document';
}

function paramsFor(store: ProjectStore, options: FileAgreementOptions) {
  const coders = store.listCoders();
  const parsed = agreementParams.safeParse({
    coderIds: options.coders.map((c) => findCoder(coders, c).id),
    ...(options.measures ? { measures: options.measures } : {}),
    ...(options.unit ? { unit: options.unit } : {}),
    ...(options.overlap !== undefined ? { overlap: options.overlap } : {}),
    ...(options.by ? { by: options.by } : {}),
  });
  if (!parsed.success) throw new DomainError('invalid-arguments', parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}

export function agreementFromFile(file: string, options: FileAgreementOptions): Promise<AgreementResult> {
  return withProject(file, (store) => computeProjectAgreement(store, paramsFor(store, options)));
}

export function agreementReportFromFile(
  file: string,
  options: FileAgreementOptions,
  format: ReportExport['format'],
  out: string,
): Promise<ReportExport> {
  return withProject(file, (store) => {
    const result = computeProjectAgreement(store, paramsFor(store, options));
    return writeAgreementReport(result, store.project()?.name ?? 'Project', format, out);
  });
}
