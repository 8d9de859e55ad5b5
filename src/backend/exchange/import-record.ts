import type { ExchangeReport } from '../../core/exchange-report';
import type { RefiProject } from '../../adapters/refi';
import { getSetting, setSetting, SETTING_REFI_IMPORT, type Conn, type Tx } from '../../storage';

/** The action of the event a project made from a .qdpx starts its log with. */
export const IMPORT_ACTION = 'import-refi-project';

/** What the project remembers of the REFI-QDA file it was made from, for the export's report. */
export interface RefiImportRecord {
  readonly file: string;
  /** The producing tool as the file names it (`origin`), e.g. "NVivo 15". */
  readonly origin: string;
  /** What did not come in at import (media sources, graphs…): the colleague will not get it back. */
  readonly notImported: readonly string[];
  /** Attributes made from "variable: value" document groups, which the file did not have as variables. */
  readonly derivedAttributes: readonly string[];
}

export function recordImport(
  tx: Tx,
  input: { file: string; origin: string; report: ExchangeReport; derivedAttributes: readonly string[] },
): void {
  const record: RefiImportRecord = {
    file: input.file,
    origin: input.origin,
    notImported: input.report.skipped,
    derivedAttributes: input.derivedAttributes,
  };
  setSetting(tx, SETTING_REFI_IMPORT, JSON.stringify(record));
}

export function readImportRecord(conn: Conn): RefiImportRecord | null {
  const raw = getSetting(conn, SETTING_REFI_IMPORT);
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<RefiImportRecord>;
    return {
      file: String(parsed.file ?? ''),
      origin: String(parsed.origin ?? ''),
      notImported: Array.isArray(parsed.notImported) ? parsed.notImported.map(String) : [],
      derivedAttributes: Array.isArray(parsed.derivedAttributes) ? parsed.derivedAttributes.map(String) : [],
    };
  } catch {
    return null;
  }
}

/** A project with nothing in it, for a project made from a codebook alone. */
export function emptyRefiProject(name: string): RefiProject {
  return {
    name,
    description: '',
    origin: '',
    creatingUserGuid: null,
    modifyingUserGuid: null,
    createdAt: null,
    users: [],
    codes: [],
    variables: [],
    cases: [],
    sources: [],
    notes: [],
    sets: [],
    links: [],
    noteGuids: [],
    omitted: new Map(),
  };
}
