import { Parser } from 'htmlparser2';
import { bytesSource } from '../archive/byte-source';
import { DOCX_LIMITS } from '../archive/limits';
import { ArchiveError, ZipArchive } from '../archive/zip-archive';
import type { HtmlText } from './html-text';
import { refuse } from './refusal';

/**
 * OpenDocument text (.odt, LibreOffice, Google Docs) → paragraphs and tables, as Word documents
 * are read: each paragraph or heading (and each table cell) separated by a blank line, `text:s`
 * as its count of spaces, tabs and line breaks as themselves. Notes, annotations and tracked
 * deletions are not the document's text. content.xml is read through the shared archive limits.
 */
const invalid = (why: string): never => refuse(`is not a valid .odt (${why})`);

const BLOCKS = new Set(['text:p', 'text:h']);
const SKIPPED = new Set(['text:note', 'office:annotation', 'text:tracked-changes', 'text:sequence-decls', 'office:forms', 'draw:frame']);

export function extractOdtText(bytes: Uint8Array): HtmlText {
  if (bytes.length === 0) refuse('is empty');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) invalid('it is not a zip archive, which every .odt is');
  let xml: string;
  try {
    const archive = ZipArchive.open(bytesSource(bytes), DOCX_LIMITS);
    if (archive.entry('content.xml') === undefined) invalid('it has no content.xml, so it is not an OpenDocument file');
    archive.checkDeclared('content.xml');
    xml = new TextDecoder('utf-8').decode(archive.read('content.xml'));
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    if (error.kind === 'bomb') refuse(`looks like a zip bomb: it ${error.problem}; it was not opened`);
    if (error.kind === 'damaged') invalid(`the zip archive ${error.problem}`);
    return invalid(`it ${error.problem}`);
  }
  if (!xml.includes('office:document-content')) invalid('its content.xml is not OpenDocument content');
  return readContent(xml);
}

function readContent(xml: string): HtmlText {
  const paragraphs: string[] = [];
  const tables: string[][][] = [];
  const tableStack: string[][][] = [];
  let row: string[] | null = null;
  let cell: string[] | null = null;
  let current: string | null = null;
  let skip = 0;
  let depth = 0;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (++depth > DOCX_LIMITS.maxXmlDepth) invalid(`its content is nested more than ${DOCX_LIMITS.maxXmlDepth} levels deep`);
        if (SKIPPED.has(name)) skip++;
        if (skip > 0) return;
        if (BLOCKS.has(name)) current ??= '';
        else if (name === 'text:s') current = (current ?? '') + ' '.repeat(Math.min(1000, Number(attributes['text:c'] ?? '1') || 1));
        else if (name === 'text:tab') current = (current ?? '') + '\t';
        else if (name === 'text:line-break') current = (current ?? '') + '\n';
        else if (name === 'table:table') tableStack.push([]);
        else if (name === 'table:table-row') row = [];
        else if (name === 'table:table-cell') cell = [];
      },
      ontext(data) {
        if (skip === 0 && current !== null) current += data;
      },
      onclosetag(name) {
        depth--;
        if (SKIPPED.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip > 0) return;
        if (BLOCKS.has(name) && current !== null) {
          if (cell !== null) cell.push(current);
          if (/\S/.test(current)) paragraphs.push(current);
          current = null;
        } else if (name === 'table:table-cell' && cell !== null && row !== null) {
          row.push(cell.join(' ').replace(/\s+/g, ' ').trim());
          cell = null;
        } else if (name === 'table:table-row' && row !== null) {
          tableStack[tableStack.length - 1]?.push(row);
          row = null;
        } else if (name === 'table:table') {
          const table = tableStack.pop();
          if (table !== undefined && table.length > 0) tables.push(table);
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return { text: paragraphs.join('\n\n'), tables };
}
