import { initial } from './0001-initial';
import { codingSearch } from './0002-coding-search';
import { countIndexes } from './0003-count-indexes';
import { sessions } from './0004-sessions';
import { inVivoCodes } from './0005-in-vivo-codes';
import { searchParts } from './0006-search-parts';
import { analysisTrail } from './0007-analysis-trail';
import { media } from './0008-media';
import { transcriptStructure } from './0009-transcript-structure';
import { setsCases } from './0010-sets-cases';
import { searchBacklog } from './0011-search-backlog';

/**
 * A schema step. Migrations are append-only: once released, a file is never edited, only followed
 * by a new one. The runner refuses a list that is not exactly versions 1..N in order.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  initial,
  codingSearch,
  countIndexes,
  sessions,
  inVivoCodes,
  searchParts,
  analysisTrail,
  media,
  transcriptStructure,
  setsCases,
  searchBacklog,
];

/** The newest schema this build reads and writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;
