/** REFI-QDA interchange (.qdpx projects, .qdc codebooks): the model, writers and safe readers. */
export * from './model';
export { RefiError } from './errors';
export { derivedGuid, normaliseGuid } from './guid';
export { streamQdpx, writeQdpx, type QdpxOutput } from './qdpx-write';
export { writeProjectXml, sourceEntryName } from './write-project';
export { writeCodebookXml } from './write-codebook';
export { readQdpx, type QdpxReadResult } from './read-qdpx';
export { readQdc } from './read-codebook';
export { QDPX_LIMITS, type ArchiveLimits } from '../archive/limits';
export { fileSource, type ByteSource } from '../archive/byte-source';
export { countTable, STANDARD, type Interpretation } from './positions';
