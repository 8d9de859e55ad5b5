import { basename } from 'node:path';
import type { CoderId, DocumentId } from '../../core/ids';
import { cleanValue, numberedName } from '../../core/text-rules';
import { parseTranscript, readTranscript, type ImportChoices, type ImportedTranscript, type ImportOutcome } from '../../adapters/import';
import type { ImportReport, ImportResult } from '../../shared/features/documents-types';
import type { AppEvent } from '../../shared/types';
import { addDocument, ensureAttribute, findDocumentBySha256, findDocumentsByName, type ProjectStore } from '../../storage';

export interface ImportOptions {
  /** Values set on every imported document; attributes not yet defined are defined as text. */
  readonly attributes?: Readonly<Record<string, string>>;
  readonly emit?: (event: AppEvent) => void;
  /** Reads and converts one file (default: in this thread); the handlers pass the worker's. */
  readonly read?: (path: string) => Promise<ImportOutcome>;
  /** The preview's choices per file (by the path or file name as given); suggestions otherwise. */
  readonly choices?: Readonly<Record<string, ImportChoices>>;
}

/**
 * Imports files by path, strictly one after another: each file is read, stored in its own mutation
 * and dropped before the next is read, so memory is bounded by the largest file, not the batch, and
 * every imported file is one undo step. A failed file is reported and the batch goes on.
 */
export async function importPaths(store: ProjectStore, paths: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
  const results: ImportResult[] = [];
  const coderId = store.summary().activeCoderId;
  const total = paths.length;
  for (const [i, path] of paths.entries()) {
    options.emit?.({ type: 'progress', task: 'import', label: `Importing ${basename(path)}`, done: i, total });
    const outcome = await (options.read ?? ((p: string) => readTranscript(p, { choices: options.choices?.[p] ?? {} })))(path);
    results.push(storeOutcome(store, path, outcome, coderId, options.attributes ?? {}));
  }
  const report = summarise(results);
  options.emit?.({ type: 'progress', task: 'import', label: importedLabel(report), done: total, total });
  return report;
}

/** Imports one file's bytes, as dropped or picked in the renderer; `fileName` gives format and name. */
export async function importBytes(
  store: ProjectStore,
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const coderId = store.summary().activeCoderId;
  const outcome = await parseTranscript(bytes, fileName, options.choices?.[fileName] ?? {});
  return storeOutcome(store, fileName, outcome, coderId, options.attributes ?? {});
}

export function summarise(results: readonly ImportResult[]): ImportReport {
  const count = (status: ImportResult['status']) => results.filter((r) => r.status === status).length;
  return { results, imported: count('imported'), duplicates: count('duplicate'), failed: count('failed') };
}

function storeOutcome(
  store: ProjectStore,
  file: string,
  outcome: ImportOutcome,
  coderId: CoderId | null,
  attributes: Readonly<Record<string, string>>,
): ImportResult {
  if (!outcome.ok) return failed(file, outcome.reason);
  const t = outcome.transcript;
  const existing = findDocumentBySha256(store.conn, t.sha256);
  if (existing !== null) {
    return {
      file,
      status: 'duplicate',
      documentIds: [existing.id],
      name: existing.name,
      reason: `${basename(file)} has the same text as "${existing.name}", which is already in the project; skipped.`,
      details: [],
    };
  }
  try {
    // Values the user gave for the whole batch win over the file's own header lines.
    const values = { ...t.attributes, ...attributes };
    const { value } = store.mutate({ coderId, action: 'import-document', summary: `Imported ${basename(file)}` }, (tx) => {
      for (const name of Object.keys(values)) ensureAttribute(tx, name);
      const name = uniqueName(store, t.name);
      const id = addDocument(tx, {
        name,
        text: t.text,
        turns: t.turns,
        sourceName: cleanValue(basename(file)).value,
        sourceFormat: t.format,
        sourceEncoding: t.encoding,
        sourceBytes: t.sourceBytes,
        importedBy: coderId,
        attributes: values,
        roles: t.plan.choices.roles,
        pages: t.plan.pages,
        importChoices: t.plan.choices,
      });
      return { id, name };
    });
    return imported(file, value.id, value.name, t);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return failed(file, `${basename(file)} could not be stored: ${message}`);
  }
}

/**
 * Names are not unique in the schema, but two documents both called "Interview 3" make the list,
 * `gioia text --doc` and the CSV attribute round trip ambiguous; a clash therefore gets " (2)", " (3)"…
 */
function uniqueName(store: ProjectStore, base: string): string {
  const name = base.trim() === '' ? 'Untitled transcript' : base.trim();
  if (findDocumentsByName(store.conn, name).length === 0) return name;
  for (let n = 2; ; n++) {
    const candidate = numberedName(name, n);
    if (findDocumentsByName(store.conn, candidate).length === 0) return candidate;
  }
}

function imported(file: string, id: DocumentId, name: string, t: ImportedTranscript): ImportResult {
  const speakers = new Set(t.turns.map((turn) => turn.speaker).filter((s) => s !== null));
  return {
    file,
    status: 'imported',
    documentIds: [id],
    name,
    reason: null,
    details: [
      `${t.text.length.toLocaleString('en')} characters, ${t.turns.length} turns, ${speakers.size} speakers`,
      `read as ${t.format} (${t.encoding})`,
      ...t.warnings,
    ],
  };
}

function failed(file: string, reason: string): ImportResult {
  return { file, status: 'failed', documentIds: [], name: null, reason, details: [] };
}

function importedLabel(r: ImportReport): string {
  const parts = [`${r.imported} imported`];
  if (r.duplicates > 0) parts.push(`${r.duplicates} skipped as duplicates`);
  if (r.failed > 0) parts.push(`${r.failed} failed`);
  return parts.join(', ');
}
