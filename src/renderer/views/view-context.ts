import type { DocumentId, SegmentId } from '../../core/ids';
import type { AppInfo } from '../../shared/types';
import type { ProjectData } from '../state/use-project';

/** What every main view gets from the shell. */
export interface ViewContext {
  readonly info: AppInfo;
  readonly data: ProjectData;
  /** Bumped after every committed change (the backend's data-changed event); views refetch on it. */
  readonly generation: number;
  /** Bumped only when the project was loaded again (changes not applied in place); the transcript's codings refetch on it. */
  readonly reloads: number;
  readonly selectedDocumentId: DocumentId | null;
  readonly selectDocument: (id: DocumentId) => void;
  /** Switches to the transcript view on a segment (retrieval, matrix cells, structure boxes, comparisons). */
  readonly openSegment: (documentId: DocumentId, segmentId: SegmentId | null) => void;
  readonly showView: (id: MainViewId) => void;
  /** The segment the transcript should scroll to and flash (set by `openSegment`). */
  readonly focusSegmentId: SegmentId | null;
}

export type MainViewId = 'transcript' | 'structure' | 'matrix' | 'compare' | 'memos' | 'history' | 'suggest';
