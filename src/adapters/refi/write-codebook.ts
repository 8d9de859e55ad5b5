import { refiFail } from './errors';
import { CODEBOOK_NS, type RefiCodebook } from './model';
import { writeCodes, writeSets } from './write-codes';
import { XmlWriter } from './xml-write';

/** A `.qdc` file (urn:QDA-XML:codebook:1.0). The schema requires at least one code. */
export function writeCodebookXml(codebook: RefiCodebook, fileName = 'codebook.qdc'): string {
  if (codebook.codes.length === 0) refiFail(fileName, 'cannot be written: the project has no codes yet');
  const xml = new XmlWriter();
  xml.open('CodeBook', [
    ['xmlns', CODEBOOK_NS],
    ['origin', codebook.origin],
  ]);
  xml.open('Codes');
  writeCodes(xml, codebook.codes, false);
  xml.close('Codes');
  writeSets(xml, codebook.sets, 'codebook');
  xml.close('CodeBook');
  return xml.toString();
}
