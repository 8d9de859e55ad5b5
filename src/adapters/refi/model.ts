/**
 * The interchange model: a plain, in-memory picture of a REFI-QDA project or codebook, independent
 * of our database. Export fills it from a project and writes XML; import reads XML into it. All
 * offsets here are UTF-16 units over the document text with line endings normalised to `\n`
 * (our domain unit); the writer converts to code points and the reader converts back after
 * detecting which unit the producing tool really used.
 */

export interface RefiUser {
  readonly guid: string;
  readonly name: string;
}

export interface RefiCode {
  readonly guid: string;
  readonly name: string;
  readonly description: string;
  /** `#rrggbb` or null. */
  readonly colour: string | null;
  readonly isCodable: boolean;
  readonly noteGuids: readonly string[];
  readonly children: readonly RefiCode[];
}

export interface RefiCoding {
  readonly guid: string;
  readonly codeGuid: string;
  readonly userGuid: string | null;
  readonly createdAt: string | null;
  /** Notes on this one coding (QualCoder writes coding memos here). */
  readonly noteGuids: readonly string[];
}

export interface RefiSelection {
  readonly guid: string;
  /** Many tools write the quoted text here; we do too. */
  readonly name: string | null;
  readonly start: number;
  readonly end: number;
  readonly userGuid: string | null;
  readonly createdAt: string | null;
  readonly codings: readonly RefiCoding[];
  readonly noteGuids: readonly string[];
  /** The selection's own comment (ATLAS.ti quotation comments, QualCoder coding memos); '' when none. */
  readonly description: string;
}

export type VariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';

export interface RefiVariable {
  readonly guid: string;
  readonly name: string;
  readonly type: VariableType;
}

export interface RefiVariableValue {
  readonly variableGuid: string;
  readonly value: string;
}

/** A source's time points: a text offset (UTF-16 over `\n` text, like selections) heard at `ms`. */
export interface RefiSyncPoint {
  readonly guid: string;
  readonly offset: number;
  readonly ms: number;
}

/**
 * The recording a text source transcribes. REFI-QDA writes it as an AudioSource or VideoSource
 * whose Transcript is the text; our export keeps the TextSource (with its exact selections) and
 * adds the recording whose Transcript names the same text file, with the sync points.
 */
export interface RefiMedia {
  readonly guid: string;
  readonly transcriptGuid: string;
  readonly kind: 'audio' | 'video';
  /** The recording's place: an absolute path on export; on import as the file wrote it (absolute://, relative://, internal://). */
  readonly path: string;
  readonly name: string;
  readonly syncPoints: readonly RefiSyncPoint[];
}

export interface RefiSource {
  readonly guid: string;
  readonly name: string;
  readonly text: string;
  readonly userGuid: string | null;
  readonly createdAt: string | null;
  readonly selections: readonly RefiSelection[];
  readonly noteGuids: readonly string[];
  /** Values written directly on the source (MAXQDA does this instead of cases). */
  readonly variableValues: readonly RefiVariableValue[];
  /** The source's own description; '' when none. */
  readonly description: string;
  /** The recording this text transcribes, when it has one. */
  readonly media?: RefiMedia;
}

export interface RefiCase {
  readonly guid: string;
  readonly name: string;
  /** The case's description, which is where its memo travels (a Case has no NoteRef). */
  readonly description: string;
  readonly codeGuids: readonly string[];
  readonly values: readonly RefiVariableValue[];
  readonly sourceGuids: readonly string[];
  readonly selectionGuids: readonly string[];
}

export interface RefiNote {
  readonly guid: string;
  readonly name: string;
  readonly text: string;
  readonly userGuid: string | null;
  readonly createdAt: string | null;
  /** A note is a text source and may carry a description of its own; '' when none. */
  readonly description: string;
}

/**
 * A named group (REFI `Set`) of codes, sources and notes. Our export adds three code sets that
 * record the Gioia level of each code.
 */
export interface RefiSet {
  readonly guid: string;
  readonly name: string;
  readonly description: string;
  readonly codeGuids: readonly string[];
  readonly sourceGuids: readonly string[];
  readonly noteGuids: readonly string[];
}

export type LinkDirection = 'Associative' | 'OneWay' | 'Bidirectional';

/** A relation between two elements of the project (REFI `Link`): code to code, selection to selection… */
export interface RefiLink {
  readonly guid: string;
  readonly name: string;
  readonly direction: LinkDirection;
  readonly colour: string | null;
  readonly originGuid: string;
  readonly targetGuid: string;
  readonly noteGuids: readonly string[];
}

export interface RefiProject {
  readonly name: string;
  readonly description: string;
  readonly origin: string;
  readonly creatingUserGuid: string | null;
  /** The user who last changed the project; our export writes the active coder here. */
  readonly modifyingUserGuid: string | null;
  readonly createdAt: string | null;
  readonly users: readonly RefiUser[];
  readonly codes: readonly RefiCode[];
  readonly variables: readonly RefiVariable[];
  readonly cases: readonly RefiCase[];
  readonly sources: readonly RefiSource[];
  readonly notes: readonly RefiNote[];
  readonly sets: readonly RefiSet[];
  readonly links: readonly RefiLink[];
  /** Notes on the project as a whole. */
  readonly noteGuids: readonly string[];
  /**
   * Elements the reader left out (media sources, sources whose file is missing, their selections),
   * GUID → how to name them, so references to them are reported instead of dropped silently. Empty
   * on export.
   */
  readonly omitted: ReadonlyMap<string, string>;
}

export interface RefiCodebook {
  readonly origin: string;
  readonly codes: readonly RefiCode[];
  readonly sets: readonly RefiSet[];
}

/** Set names our export writes so a re-import restores each code's Gioia level exactly. */
export const GIOIA_LEVEL_SETS = {
  dimension: 'Gioia: aggregate dimensions',
  theme: 'Gioia: 2nd-order themes',
  concept: 'Gioia: 1st-order concepts',
} as const;

export const GIOIA_LEVEL_SET_DESCRIPTION = 'The Gioia level of each code, written by Gioia Studio so it can restore the data structure.';

export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';
/** Every version of the project namespace vendors have written (`…:project:0:10`, `…:1.0`). */
export const PROJECT_NS_READ = /^urn:QDA-XML:project:\d+[.:]\d+$/;
/** Codebooks: `…:codebook:1.0`, the draft `…:0:4` and `…:1:0`; a codebook in the project namespace too. */
export const CODEBOOK_NS_READ = /^urn:QDA-XML:(codebook|project):\d+[.:]\d+$/;
