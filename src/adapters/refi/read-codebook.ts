import { randomUUID } from 'node:crypto';
import { refiFail } from './errors';
import { CODEBOOK_NS, PROJECT_NS, type RefiCodebook } from './model';
import { newReadContext, readCodes, readSets } from './read-elements';
import { decodeXmlBytes } from './read-qdpx';
import { kid, parseXml } from './xml-read';

/** Codebook files are small; anything larger than this is not one. */
export const MAX_QDC_BYTES = 64 * 1024 * 1024;

/** Reads a .qdc (urn:QDA-XML:codebook:1.0). */
export function readQdc(bytes: Uint8Array, fileName: string): { codebook: RefiCodebook; details: string[] } {
  if (bytes.length > MAX_QDC_BYTES) refiFail(fileName, 'is too large to be a codebook (over 64 MB)');
  const xml = decodeXmlBytes(bytes, fileName);
  const isProject = /<(\w+:)?Project[\s>]/.test(xml.slice(0, 4096)) && xml.includes(PROJECT_NS);
  if (isProject) refiFail(fileName, 'is a REFI-QDA project (project.qde), not a codebook; import it as a .qdpx project instead');
  const root = parseXml(xml, fileName, { root: 'CodeBook', namespace: CODEBOOK_NS });
  const ctx = newReadContext(fileName, randomUUID);
  const codes = readCodes(ctx, kid(root, 'Codes'));
  const sets = readSets(ctx, kid(root, 'Sets'), 'guid');
  return { codebook: { origin: root.attrs['origin'] ?? '', codes, sets }, details: ctx.warnings };
}
