import { randomUUID } from 'node:crypto';
import { ReportBuilder, type ExchangeReport } from '../../core/exchange-report';
import { refiFail } from './errors';
import { CODEBOOK_NS, CODEBOOK_NS_READ, PROJECT_NS, type RefiCodebook } from './model';
import { newReadContext, readCodes, readSets } from './read-elements';
import { decodeXmlBytes } from './read-qdpx';
import { kid, parseXml } from './xml-read';

/** Codebook files are small; anything larger than this is not one. */
export const MAX_QDC_BYTES = 64 * 1024 * 1024;

/**
 * Reads a .qdc. Besides urn:QDA-XML:codebook:1.0 it accepts the namespaces tools wrote before the
 * standard settled (`…:codebook:0:4`, `…:codebook:1:0`, a codebook in the project namespace) and
 * says so; code groups (`<Sets>`) come with it.
 */
export function readQdc(bytes: Uint8Array, fileName: string): { codebook: RefiCodebook; report: ExchangeReport } {
  if (bytes.length > MAX_QDC_BYTES) refiFail(fileName, 'is too large to be a codebook (over 64 MB)');
  const xml = decodeXmlBytes(bytes, fileName);
  const isProject = /<(\w+:)?Project[\s>]/.test(xml.slice(0, 4096)) && xml.includes(PROJECT_NS);
  if (isProject) refiFail(fileName, 'is a REFI-QDA project (project.qde), not a codebook; import it as a .qdpx project instead');
  const { root, namespace } = parseXml(xml, fileName, { root: 'CodeBook', canonical: CODEBOOK_NS, accepts: CODEBOOK_NS_READ });
  const ctx = newReadContext(fileName, randomUUID);
  const codes = readCodes(ctx, kid(root, 'Codes'));
  const sets = readSets(ctx, kid(root, 'Sets'), 'guid');
  const report = new ReportBuilder();
  if (namespace !== CODEBOOK_NS) report.mapped(`The file uses the namespace "${namespace}"; it was read as ${CODEBOOK_NS}.`);
  return {
    codebook: { origin: root.attrs['origin'] ?? '', codes, sets },
    report: report
      .mapped(...ctx.warnings)
      .skipped(...ctx.skipped)
      .build(),
  };
}
