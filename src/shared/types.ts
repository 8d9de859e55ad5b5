import type { CodeRow } from '../core/codebook';
import type { CodeId, CoderId, DocumentId, SegmentId } from '../core/ids';
import type { AppliedChoices, PageRange } from '../core/import-plan';
import type { SpeakerRole } from '../core/speaker-roles';
import type { Turn } from '../core/turns';
import type { ImportReport } from './features/documents-types';

/**
 * Plain-JSON data the API returns. Everything here crosses IPC, HTTP and the CLI's --json output,
 * so: no Dates (ISO strings), no Maps, no class instances.
 */

export interface LevelCounts {
  readonly concept: number;
  readonly theme: number;
  readonly dimension: number;
}

export interface ProjectSummary {
  readonly path: string;
  readonly name: string;
  readonly schemaVersion: number;
  readonly documents: number;
  readonly codes: LevelCounts;
  readonly segments: number;
  /** Segment↔code links: one segment coded with two concepts counts twice. */
  readonly codings: number;
  readonly coders: number;
  readonly memos: number;
  /** The coder new codings are recorded for (switchable from the status bar). */
  readonly activeCoderId: CoderId | null;
  /** Blind coding: every view shows the active coder's codings only (see setBlindMode). */
  readonly blindMode: boolean;
  /** The file or its folder cannot be written: the project can be viewed, searched and exported, not changed. */
  readonly readOnly: boolean;
}

/** Which front end runs the backend: the desktop shell, `gioia serve`, or one `gioia` command. */
export type Platform = 'electron' | 'web' | 'cli';

export interface AppInfo {
  readonly version: string;
  readonly platform: Platform;
  readonly project: ProjectSummary | null;
  readonly recentProjects: readonly string[];
  /** The name the user codes under, asked for on first start; null until given. */
  readonly coderName: string | null;
}

export interface DocumentSummary {
  readonly id: DocumentId;
  readonly name: string;
  readonly sha256: string;
  /** Length of the text in UTF-16 units. */
  readonly length: number;
  readonly turnCount: number;
  /** Bumped by each correction of the document's turns or speakers (and counted back by undo). */
  readonly turnsRevision: number;
  readonly sourceFormat: string;
  readonly importedAt: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** A speaker turn over the document text (UTF-16 ranges); defined in the core, where turns are detected. */
export type { Turn };

export interface DocumentContent {
  readonly id: DocumentId;
  readonly name: string;
  readonly text: string;
  readonly turns: readonly Turn[];
  readonly attributes: Readonly<Record<string, string>>;
  /** Interviewer or informant, per speaker (speakers without a role are absent). */
  readonly roles: Readonly<Record<string, SpeakerRole>>;
  /** Pages of a PDF source as ranges of the text; empty for other formats. */
  readonly pages: readonly PageRange[];
  /** The import preview's choices, as recorded with the document (null for documents made otherwise). */
  readonly importChoices: AppliedChoices | null;
}

export type { CodeRow } from '../core/codebook';

export interface SegmentRow {
  readonly id: SegmentId;
  readonly documentId: DocumentId;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly coderId: CoderId;
  readonly createdAt: string;
  readonly codeIds: readonly CodeId[];
}

export interface CoderRow {
  readonly id: CoderId;
  readonly name: string;
  readonly colour: string;
  readonly kind: 'human' | 'consensus';
}

/** Pushed from the host (Electron main, web server) to the renderer. */
export type AppEvent =
  | { readonly type: 'project-changed'; readonly project: ProjectSummary | null }
  /**
   * After every committed mutation, so every open view (structure, matrix, lists) can refresh. With
   * `change`, the views that can update from it (the transcript's codings, the codebook's counts) do
   * so instead of reloading; without it anything may have changed.
   */
  | { readonly type: 'data-changed'; readonly action: string; readonly change?: DataChange }
  /** Progress of long work (imports, exports, merges); `done === total` ends it. */
  | { readonly type: 'progress'; readonly task: string; readonly label: string; readonly done: number; readonly total: number }
  | { readonly type: 'menu'; readonly command: MenuCommand }
  /** Per-file results of an import started outside the renderer (File ▸ Import… in Electron). */
  | { readonly type: 'import-finished'; readonly report: ImportReport }
  /**
   * Transcripts picked with File ▸ Import… (Electron), for the renderer's import preview; `done`
   * holds what was imported before them (REFI-QDA files), to report together.
   */
  | { readonly type: 'import-preview'; readonly paths: readonly string[]; readonly done: ImportReport }
  | { readonly type: 'error'; readonly message: string };

/**
 * What one mutation changed, when it is small enough to apply in place: one segment now as `segment`
 * (null: deleted) with any concepts created on the way, one new code, or existing codes now as
 * `codes` (a move: each row replaces the row of its id, counted for everyone with blind mode applied).
 */
export type DataChange =
  | {
      readonly kind: 'segment';
      readonly segmentId: SegmentId;
      readonly segment: SegmentRow | null;
      readonly createdCodes: readonly CodeRow[];
    }
  | { readonly kind: 'code'; readonly code: CodeRow }
  | { readonly kind: 'codes'; readonly codes: readonly CodeRow[] };

/** Commands the Electron menu sends to the renderer (the renderer binds the same to keys in web mode). */
export type MenuCommand =
  | 'undo'
  | 'redo'
  | 'import'
  | 'export'
  | 'find'
  | 'in-vivo'
  | 'export-structure'
  | 'export-qdpx'
  | 'export-qdc'
  | 'view-transcript'
  | 'view-structure'
  | 'view-matrix'
  | 'view-compare'
  | 'view-memos'
  | 'view-history'
  | 'view-suggest';
