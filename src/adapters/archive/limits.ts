/**
 * What an archive may unpack to, shared by .docx and .qdpx (and a .docx inside a .qdpx). Every
 * limit is checked from what the archive declares before anything is inflated, and again from
 * what it really inflates to while streaming — headers can lie.
 */
export interface ArchiveLimits {
  readonly maxEntries: number;
  /** Largest single entry we unpack. */
  readonly maxEntryBytes: number;
  /** Largest sum of the entries we unpack. */
  readonly maxTotalBytes: number;
  /** An entry that inflates more than this many times its packed size… */
  readonly maxRatio: number;
  /** …is refused once it is also this large (XML alone compresses 10–20:1). */
  readonly ratioFloorBytes: number;
  /** Archives inside archives (a .docx source in a .qdpx is one level). */
  readonly maxNesting: number;
  /** Element nesting of any XML part, so no parser recurses itself to a stack overflow. */
  readonly maxXmlDepth: number;
}

const MB = 1024 * 1024;

/** Largest transcript accepted from disk; a source inside an archive obeys the same. */
export const MAX_TRANSCRIPT_BYTES = 100 * MB;

export const DOCX_LIMITS: ArchiveLimits = {
  maxEntries: 10_000,
  maxEntryBytes: MAX_TRANSCRIPT_BYTES,
  maxTotalBytes: 200 * MB,
  maxRatio: 100,
  ratioFloorBytes: 10 * MB,
  maxNesting: 1,
  maxXmlDepth: 256,
};

/**
 * A .qdpx: we unpack only project.qde, the text sources and note files, never the media beside
 * them, so the total is what a large text project needs (hundreds of long transcripts).
 */
export const QDPX_LIMITS: ArchiveLimits = {
  maxEntries: 20_000,
  maxEntryBytes: MAX_TRANSCRIPT_BYTES,
  maxTotalBytes: 256 * MB,
  maxRatio: 100,
  ratioFloorBytes: 10 * MB,
  maxNesting: 1,
  maxXmlDepth: 256,
};

/** What is left to unpack in one archive; an archive inside it spends from its parent's budget too. */
export interface Budget {
  remaining: number;
  /** 0 for an archive read from disk, 1 for one inside it, … */
  readonly depth: number;
  readonly parent: Budget | null;
}

export function budgetFor(limits: ArchiveLimits, parent: Budget | null): Budget {
  return {
    remaining: Math.min(limits.maxTotalBytes, parent?.remaining ?? Infinity),
    depth: parent === null ? 0 : parent.depth + 1,
    parent,
  };
}

export function spend(budget: Budget, bytes: number): void {
  for (let b: Budget | null = budget; b !== null; b = b.parent) b.remaining -= bytes;
}

export function megabytes(bytes: number): string {
  if (bytes < 100 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}
