import { resolve } from 'node:path';
import { LEVEL_LABEL, type CodeLevel } from '../../core/codebook';
import type { CodeId, CoderId, DocumentId } from '../../core/ids';
import { DomainError } from '../../core/result';
import {
  codeRecord,
  createCode,
  createCoder,
  createSegment,
  findCodeByName,
  findCoderByName,
  findSegmentByRange,
  linkCode,
  listCodes,
  listDocuments,
  liveDocumentText,
  ProjectStore,
  updateCode,
  type Tx,
} from '../../storage';
import { requireActiveCoder } from './active-coder';
import { codebookToCsv, codebookToFile, planImport, type CodebookFile } from './codebook-io';
import { CALM_PALETTE, defaultColour } from './colours';
import { placeCode } from './codebook-ops';
import { listQuotes } from './retrieval';

/** Opens a project file for one command-line operation and always closes it. */
export async function withProjectFile<T>(path: string, fn: (store: ProjectStore) => T, nativeBinding?: string): Promise<T> {
  const store = await ProjectStore.open(resolve(path), { create: false, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

export interface CodeQuoteInput {
  readonly document: string;
  readonly quote: string;
  readonly occurrence?: number | undefined;
  readonly concept: string;
  readonly coder?: string | undefined;
}

export interface CodeQuoteResult {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly concept: string;
  readonly coder: string;
  readonly createdConcept: boolean;
  readonly createdCoder: boolean;
}

/**
 * Codes the `occurrence`-th exact match of `quote` with `concept` (created in the ungrouped tray when
 * missing) for `coder` (created when missing, the active coder when not given): one undo step.
 */
export function codeQuote(store: ProjectStore, input: CodeQuoteInput): CodeQuoteResult {
  const conn = store.conn;
  const named = listDocuments(conn).filter((d) => d.name === input.document);
  if (named.length === 0) throw new DomainError('not-found', `No document named “${input.document}” in this project.`);
  if (named.length > 1) throw new DomainError('conflict', `${named.length} documents are named “${input.document}”; rename one first.`);
  const doc = liveDocumentText(conn, (named[0] as { id: string }).id);
  const start = locate(doc.text, input.quote, input.occurrence, doc.name);
  const end = start + input.quote.length;
  const existingCoder = input.coder === undefined ? requireActiveCoder(conn) : findCoderByName(conn, input.coder.trim());
  const existingConcept = findCodeByName(conn, 'concept', input.concept);
  const coderName = existingCoder?.name ?? input.coder?.trim() ?? '';
  const conceptName = existingConcept === null ? input.concept.trim() : (codeRecord(conn, existingConcept.id)?.name ?? input.concept);
  store.mutate({ coderId: existingCoder?.id ?? null, action: 'code-selection', summary: `Apply “${conceptName}”` }, (tx) => {
    const coderId = existingCoder?.id ?? createCoder(tx, { name: coderName, colour: CALM_PALETTE[0] }).id;
    const codeId =
      existingConcept?.id ??
      createCode(tx, { level: 'concept', name: conceptName, colour: defaultColour(tx.conn, 'concept', null), createdBy: coderId });
    const found = findSegmentByRange(tx.conn, doc.id, start, end, coderId);
    if (found === null) createSegment(tx, { documentId: doc.id as DocumentId, start, end, coderId: coderId as CoderId, codeIds: [codeId] });
    else linkCode(tx, found, codeId as CodeId, coderId as CoderId);
  });
  return {
    document: doc.name,
    start,
    end,
    quote: doc.text.slice(start, end),
    concept: conceptName,
    coder: coderName,
    createdConcept: existingConcept === null,
    createdCoder: existingCoder === null,
  };
}

/** Without `occurrence` the quote must be unique: silently coding the first of several would code the wrong passage. */
function locate(text: string, quote: string, occurrence: number | undefined, docName: string): number {
  if (quote === '') throw new DomainError('invalid-arguments', 'The quote is empty.');
  const starts: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) starts.push(i);
  if (starts.length === 0) throw new DomainError('not-found', `The quote “${quote}” does not occur in “${docName}” (0 occurrences).`);
  if (occurrence === undefined && starts.length > 1) {
    throw new DomainError(
      'conflict',
      `The quote “${quote}” occurs ${starts.length} times in “${docName}”; choose one with --occurrence 1..${starts.length}.`,
    );
  }
  const start = starts[(occurrence ?? 1) - 1];
  if (start === undefined) {
    throw new DomainError(
      'not-found',
      `The quote “${quote}” occurs ${starts.length} time(s) in “${docName}”, so there is no occurrence ${occurrence}.`,
    );
  }
  return start;
}

export function exportCodebook(store: ProjectStore, format: 'json' | 'csv'): string {
  const file = codebookToFile(listCodes(store.conn));
  return format === 'csv' ? codebookToCsv(file) : `${JSON.stringify(file, null, 2)}\n`;
}

export interface CodebookImportReport {
  readonly created: number;
  readonly updated: number;
  readonly moved: number;
}

/**
 * Merges a codebook file by name (per level, case-insensitive): creates what is missing, updates
 * definitions and colours the file gives, regroups codes the file places under another parent, and
 * never deletes. A code the file leaves in a tray keeps its current place. One undo step.
 */
export function importCodebook(store: ProjectStore, file: CodebookFile, source: string): CodebookImportReport {
  const plan = planImport(file);
  const coderId = (() => {
    try {
      return requireActiveCoder(store.conn).id;
    } catch {
      return null;
    }
  })();
  const counts = { created: 0, updated: 0, moved: 0 };
  store.mutate({ coderId, action: 'import-codebook', summary: `Import codebook from ${source}` }, (tx) => {
    for (const item of plan) {
      const parentId = item.parentName === null ? null : requireParent(tx, item.level, item.parentName);
      const existing = findCodeByName(tx.conn, item.level, item.name);
      if (existing === null) {
        createCode(tx, {
          level: item.level,
          name: item.name,
          parentId: parentId as CodeId | null,
          definition: item.definition,
          colour: item.colour ?? defaultColour(tx.conn, item.level, parentId),
          createdBy: coderId,
        });
        counts.created++;
        continue;
      }
      const before = tx.changes.length;
      updateCode(tx, existing.id, {
        ...(item.definition !== '' ? { definition: item.definition } : {}),
        ...(item.colour !== undefined ? { colour: item.colour } : {}),
      });
      if (tx.changes.length > before) counts.updated++;
      if (parentId !== null && existing.parentId !== parentId) {
        const code = codeRecord(tx.conn, existing.id);
        if (code !== null) placeCode(tx, code, parentId);
        counts.moved++;
      }
    }
  });
  return counts;
}

function requireParent(tx: Tx, level: CodeLevel, name: string): string {
  const parentLevel: CodeLevel = level === 'concept' ? 'theme' : 'dimension';
  const found = findCodeByName(tx.conn, parentLevel, name);
  if (found === null)
    throw new DomainError('file-invalid', `The codebook places a ${LEVEL_LABEL[level]} under “${name}”, which it does not define.`);
  return found.id;
}

export interface CliQuote {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly speaker: string | null;
  readonly coder: string;
  /** [dimension, theme, concept] per code of the segment, as far as each is grouped. */
  readonly codePaths: readonly (readonly string[])[];
}

/** Quotes selected by code and coder *names*, for the command line. */
export function quotesByName(store: ProjectStore, filter: { code?: string | undefined; coder?: string | undefined }): CliQuote[] {
  const conn = store.conn;
  let codeId: string | undefined;
  if (filter.code !== undefined) {
    const matches = (['concept', 'theme', 'dimension'] as const)
      .map((level) => ({ level, found: findCodeByName(conn, level, filter.code ?? '') }))
      .filter((m) => m.found !== null);
    if (matches.length === 0) throw new DomainError('not-found', `No code named “${filter.code}” in this project.`);
    if (matches.length > 1) {
      throw new DomainError(
        'conflict',
        `“${filter.code}” names codes at ${matches.length} levels (${matches.map((m) => LEVEL_LABEL[m.level]).join(', ')}).`,
      );
    }
    codeId = matches[0]?.found?.id;
  }
  let coderId: string | undefined;
  if (filter.coder !== undefined) {
    const coder = findCoderByName(conn, filter.coder.trim());
    if (coder === null) throw new DomainError('not-found', `No coder named “${filter.coder}” in this project.`);
    coderId = coder.id;
  }
  return listQuotes(store, { codeId, coderId }).map((q) => ({
    document: q.documentName,
    start: q.start,
    end: q.end,
    quote: q.quote,
    speaker: q.speaker,
    coder: q.coderName,
    codePaths: q.codePaths,
  }));
}
