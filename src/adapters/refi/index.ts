/** REFI-QDA interchange (.qdpx projects, .qdc codebooks): the model, writers and safe readers. */
export * from './model';
export { RefiError } from './errors';
export { derivedGuid, normaliseGuid } from './guid';
export { writeQdpx, type QdpxOutput } from './qdpx-write';
export { writeProjectXml, sourceEntryName } from './write-project';
export { writeCodebookXml } from './write-codebook';
export { readQdpx, type QdpxReadResult } from './read-qdpx';
export { readQdc } from './read-codebook';
export { QDPX_LIMITS, type ZipLimits } from './zip-read';
export { countTable, STANDARD, type Interpretation } from './positions';
