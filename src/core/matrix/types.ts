import type { CodeLevel } from '../codebook';
import type { CodeId, CoderId, DocumentId, SegmentId } from '../ids';

/** One code applied to one segment: the unit every matrix and table counts. */
export interface CodingFact {
  readonly segmentId: SegmentId;
  readonly codeId: CodeId;
  readonly documentId: DocumentId;
  readonly coderId: CoderId;
  readonly start: number;
  readonly end: number;
}

/**
 * What a cell counts: distinct coded segments, the distinct documents they come from, or the
 * distinct cases (informants or organisations spanning documents; a document in no case counts as one).
 */
export type MatrixCount = 'segments' | 'documents' | 'cases';

/** A column of a code × document-group matrix: e.g. the documents whose `phase` is "recovery". */
export interface MatrixColumnInput {
  readonly key: string;
  readonly label: string;
  readonly documentIds: readonly DocumentId[];
}

export interface MatrixRow {
  readonly codeId: CodeId;
  readonly name: string;
  readonly level: CodeLevel;
  /** Name of the parent code (theme of a concept, dimension of a theme); null when ungrouped. */
  readonly parentName: string | null;
  readonly colour: string | null;
  /** Distinct over the whole row, so it is not the sum of the cells when a segment spans columns. */
  readonly total: number;
}

export interface MatrixColumn {
  readonly key: string;
  readonly label: string;
  readonly total: number;
}

export interface MatrixCell {
  readonly count: number;
  /** The segments behind the number, for "click a cell → its quotes". */
  readonly segmentIds: readonly SegmentId[];
}

/**
 * A rows × columns table of counts. `cells[r][c]` belongs to `rows[r]` and `columns[c]`. Plain data
 * (no Maps) so it crosses IPC and the web bridge as JSON.
 */
export interface CodeMatrix {
  readonly title: string;
  readonly rowHeader: string;
  readonly count: MatrixCount;
  readonly rows: readonly MatrixRow[];
  readonly columns: readonly MatrixColumn[];
  readonly cells: ReadonlyArray<readonly MatrixCell[]>;
  /** Largest cell count, for shading. */
  readonly max: number;
}
