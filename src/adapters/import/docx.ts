import type Mammoth from 'mammoth';
import { bytesSource } from '../archive/byte-source';
import { DOCX_LIMITS, type Budget } from '../archive/limits';
import { ArchiveError, ZipArchive } from '../archive/zip-archive';
import { htmlToText, type HtmlText } from './html-text';
import { refuse } from './refusal';

export { DOCX_LIMITS };

const invalid = (why: string): never => refuse(`is not a valid .docx (${why})`);

/**
 * .docx → paragraph text. The archive is proven sound before mammoth sees it: mammoth (through
 * JSZip) inflates whole parts into memory and its XML parser recurses, so every part is first
 * streamed through the shared archive limits (sizes, ratio, XML depth) into nothing.
 * `parent` is the budget of an enclosing archive (a .docx source inside a .qdpx).
 */
export async function extractDocxText(bytes: Uint8Array, parent: Budget | null = null): Promise<HtmlText> {
  return htmlToText(await readDocx(bytes, 'html', parent), { preserveSpaces: true, cellParagraphs: true });
}

/** mammoth's plain text, which REFI-QDA selections of a .docx source are counted in. */
export async function extractDocxRawText(bytes: Uint8Array, parent: Budget | null = null): Promise<string> {
  return readDocx(bytes, 'raw', parent);
}

/**
 * The document as mammoth reads it: its paragraphs (a table cell being a paragraph, as Word's plain
 * text has it) as HTML, so tables stay visible for speaker/time/text tables, or as plain text.
 */
async function readDocx(bytes: Uint8Array, as: 'html' | 'raw', parent: Budget | null): Promise<string> {
  if (bytes.length === 0) refuse('is empty');
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    refuse('is an old Word 97–2003 document (.doc) renamed .docx; open it in Word, save it as .docx and import it again');
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) invalid('it is not a zip archive, which every .docx is');
  try {
    const archive = ZipArchive.open(bytesSource(bytes), DOCX_LIMITS, parent);
    if (archive.entry('word/document.xml') === undefined) invalid('it has no word/document.xml, so it is not a Word document');
    for (const name of archive.names) archive.checkDeclared(name);
    for (const name of archive.names) archive.check(name);
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    if (error.kind === 'bomb') refuse(`looks like a zip bomb: it ${error.problem}; it was not opened`);
    if (error.kind === 'damaged') invalid(`the zip archive ${error.problem}`);
    invalid(`it ${error.problem}`);
  }

  let value: string;
  try {
    const mammoth = await loadMammoth();
    const input = { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    ({ value } = as === 'raw' ? await mammoth.extractRawText(input) : await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: false }));
  } catch (error) {
    return invalid(`Word's document text could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return value;
}

/** mammoth takes most of a second to load; only .docx imports need it, so the CLI starts without it. */
let mammothModule: typeof Mammoth | undefined;
async function loadMammoth(): Promise<typeof Mammoth> {
  mammothModule ??= ((await import('mammoth')) as unknown as { default: typeof Mammoth }).default;
  return mammothModule;
}
