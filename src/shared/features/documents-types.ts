import type { ExchangeReport } from '../../core/exchange-report';
import type { DocumentId } from '../../core/ids';
import type { AppliedChoices } from '../../core/import-plan';
import type { SpeakerRole } from '../../core/speaker-roles';
import type { Turn } from '../../core/turns';

/**
 * Outcome of importing one file. Shared by transcript imports and REFI-QDA imports, so one
 * results panel and one CLI report serve both.
 */
export interface ImportResult {
  /** The file as the user named it (path or dropped file name). */
  readonly file: string;
  readonly status: 'imported' | 'duplicate' | 'failed';
  /** Documents created by this file (one for a transcript, many for a .qdpx). */
  readonly documentIds: readonly DocumentId[];
  /** Name of the document created, or of the existing one it duplicates. */
  readonly name: string | null;
  /** One sentence naming the file and the problem (failed) or the duplicate (duplicate). */
  readonly reason: string | null;
  /** Further lines for a summary dialog ("12 codes, 340 segments imported", "positions read as UTF-16 with CRLF as 2"). */
  readonly details: readonly string[];
  /** REFI-QDA imports: the same lines sorted into what was kept, mapped and skipped. */
  readonly report?: ExchangeReport;
}

export interface ImportReport {
  readonly results: readonly ImportResult[];
  readonly imported: number;
  readonly duplicates: number;
  readonly failed: number;
}

/** A defined document attribute, with the values in use (the editor offers them as suggestions). */
export interface AttributeInfo {
  readonly name: string;
  readonly type: 'text' | 'integer' | 'float' | 'date' | 'boolean';
  readonly values: readonly string[];
}

export interface DeleteDocumentResult {
  readonly documentId: DocumentId;
  readonly name: string;
  /** Coded segments removed with the document (restored together by one undo). */
  readonly segments: number;
}

export interface RenameSpeakerResult {
  /** Turns whose speaker changed, across all documents concerned. */
  readonly turns: number;
  readonly documents: number;
}

export interface AttributesCsvReport {
  /** Documents whose attributes were set from a row. */
  readonly documents: number;
  /** Values set or cleared. */
  readonly changed: number;
  /** Attribute columns that were not defined yet and were defined (as text). */
  readonly definedAttributes: readonly string[];
  /** Names in the `document` column that match no document. */
  readonly unknownDocuments: readonly string[];
  /** Names that match several documents (skipped: rename one first). */
  readonly ambiguousDocuments: readonly string[];
}

/** A speaker label as the import preview shows it, with the choice that applies to it. */
export interface PreviewSpeaker {
  readonly label: string;
  /** Lines starting with it (outside the header). */
  readonly uses: number;
  /** Turns it has under the current choices (0 when it is not a speaker). */
  readonly turns: number;
  readonly suggested: boolean;
  /** Whether it is a speaker under the current choices. */
  readonly isSpeaker: boolean;
  /** Why it was suggested or not, in a few words. */
  readonly why: string;
  readonly role: SpeakerRole | null;
}

export interface PreviewTurn {
  readonly speaker: string | null;
  readonly role: SpeakerRole | null;
  readonly startMs: number | null;
  /** The turn's words as they will be stored (cut at 400 characters, with "…"). */
  readonly words: string;
}

/**
 * One file as it would be imported with `choices`: everything the preview dialog and
 * `gioia import --preview --json` show. Nothing is stored; importing with the same choices stores
 * exactly `sha256`'s text.
 */
export interface ImportPreview {
  readonly file: string;
  readonly ok: boolean;
  /** Why the file cannot be imported (when `ok` is false). */
  readonly reason: string | null;
  readonly name: string | null;
  readonly format: string | null;
  readonly formatLabel: string | null;
  readonly encoding: string | null;
  readonly characters: number;
  readonly sha256: string | null;
  /** The document already holding this exact text, if any (it would be skipped). */
  readonly duplicateOf: string | null;
  readonly warnings: readonly string[];
  readonly speakers: readonly PreviewSpeaker[];
  /** Lines at the top that are header (metadata) lines, with the attributes they give. */
  readonly header: {
    readonly lineCount: number;
    readonly suggested: number;
    readonly lines: readonly string[];
    readonly attributes: Readonly<Record<string, string>>;
  };
  readonly hardWrapped: boolean;
  readonly joinLines: boolean;
  readonly pages: number;
  readonly totalTurns: number;
  readonly turns: readonly PreviewTurn[];
  readonly choices: AppliedChoices | null;
}

export interface TurnEditResult {
  /** The turn after the change. */
  readonly turn: Turn;
  readonly turns: number;
}

export interface NotSpeakerResult {
  /** Turns joined to the turn before them. */
  readonly turns: number;
  readonly documents: number;
}

/** A speaker across the project: search offers them as a filter. */
export interface SpeakerUse {
  readonly speaker: string;
  readonly turns: number;
  readonly documents: number;
}
