import type { DocumentId } from '../../core/ids';
import type { SyncPoint } from '../../core/media-timeline';

export type { SyncPoint };

/**
 * A transcript's recording as the API reports it. The project stores a reference, never the
 * recording itself: `path` as stored (relative to the project's folder where possible) and
 * `resolvedPath` where that is on this machine now.
 */
export interface MediaInfo {
  readonly documentId: DocumentId;
  readonly fileName: string;
  readonly path: string;
  readonly resolvedPath: string;
  readonly kind: 'audio' | 'video';
  readonly mime: string;
  readonly size: number;
  readonly sha256: string;
  /** Null when the file's headers do not state it; the player learns it on load. */
  readonly durationMs: number | null;
  /** Copied into the media folder beside the project (rather than linked where it was). */
  readonly copied: boolean;
  readonly attachedAt: string;
  /** `missing`: no file at the path; `changed`: a file of another size is there. Both call for a relink. */
  readonly status: 'ok' | 'missing' | 'changed';
}

export interface DocumentMedia {
  readonly media: MediaInfo | null;
  /** The coder's sync points (cue times stay on the turns). */
  readonly syncPoints: readonly SyncPoint[];
  /** Where this user last stopped listening to this document, in ms; null when never played. */
  readonly resumeMs: number | null;
}

/** An address the page's media element can stream the recording from (short-lived; ask again when it fails). */
export interface MediaSource {
  readonly documentId: DocumentId;
  readonly url: string;
  readonly mime: string;
  readonly kind: 'audio' | 'video';
}

/** A coded segment's span in its recording. */
export interface MediaClip extends MediaSource {
  readonly startMs: number;
  readonly endMs: number;
  /** No cue time or sync point near it: the span is spread evenly over the recording, a guess. */
  readonly estimated: boolean;
}

/** A recording found beside an imported transcript (same name, a media extension). */
export interface MediaCandidate {
  readonly documentId: DocumentId;
  readonly documentName: string;
  readonly path: string;
  readonly fileName: string;
  readonly size: number;
}

export interface RelinkReport {
  readonly relinked: readonly { readonly documentId: DocumentId; readonly documentName: string; readonly path: string }[];
  /** Recordings still missing (not in the folder, or another file of that name). */
  readonly notFound: readonly { readonly documentId: DocumentId; readonly documentName: string; readonly fileName: string }[];
  /** Files looked at in the folder. */
  readonly searched: number;
}
