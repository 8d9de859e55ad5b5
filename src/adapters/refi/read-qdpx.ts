import { randomUUID } from 'node:crypto';
import { detectPositions, unplacedReason } from './detect-positions';
import { refiFail } from './errors';
import { PROJECT_NS, type RefiNote, type RefiProject, type RefiSelection, type RefiSource } from './model';
import { nameOf, newReadContext, textOf } from './read-elements';
import {
  descriptionOf,
  noteRefs,
  readCases,
  readCodes,
  readNotes,
  readSets,
  readSources,
  readUsers,
  readVariables,
  type RawSource,
} from './read-project';
import { linkRecordings, readMediaSources } from './read-media';
import { decodeSource, docxSource, fromString, SourceFiles, type SourceText } from './source-files';
import { kid, parseXml } from './xml-read';
import { bytesSource, type ByteSource } from '../archive/byte-source';
import { QDPX_LIMITS, type ArchiveLimits } from '../archive/limits';
import { ZipArchive } from '../archive/zip-archive';
import { archiveGuard } from './archive-errors';

/** Skipped selections named one by one per source, up to this many; the rest are counted. */
const MAX_LISTED = 20;

export interface QdpxReadResult {
  readonly project: RefiProject;
  /** Lines for the import summary: what was assumed per source, what was skipped and why. */
  readonly details: readonly string[];
}

/**
 * Reads a .qdpx into the interchange model with every offset converted to UTF-16 over `\n` text.
 * Throws `RefiError` (naming the file and the problem) for anything that would make the import
 * wrong or unsafe; repairable oddities become detail lines instead.
 */
export async function readQdpx(
  input: Uint8Array | ByteSource,
  fileName: string,
  limits: ArchiveLimits = QDPX_LIMITS,
): Promise<QdpxReadResult> {
  const source = input instanceof Uint8Array ? bytesSource(input) : input;
  const head = source.read(0, 4);
  if (head.length < 4 || head[0] !== 0x50 || head[1] !== 0x4b) refiFail(fileName, 'is not a zip archive, which every .qdpx is');
  const archive = archiveGuard(fileName, () => ZipArchive.open(source, limits));
  const qdeName = pickQde(archive.names, fileName);
  const where = `${fileName} › ${qdeName}`;
  const files = new SourceFiles(archive, fileName);
  const xmlText = decodeXmlBytes(files.bytes(qdeName), where);
  const root = parseXml(xmlText, where, { root: 'Project', namespace: PROJECT_NS });
  const ctx = newReadContext(where, randomUUID);
  const details: string[] = [];
  if (qdeName !== 'project.qde') details.push(`Project XML read from "${qdeName}" (the standard names it project.qde).`);

  const users = readUsers(ctx, root);
  const codes = readCodes(ctx, kid(kid(root, 'CodeBook') ?? root, 'Codes'));
  const variables = readVariables(ctx, root);
  const cases = readCases(ctx, root);
  const rawSources = readSources(ctx, root);
  const rawNotes = readNotes(ctx, root);
  const sets = readSets(ctx, kid(root, 'Sets'), 'targetGUID');

  const sources: RefiSource[] = [];
  for (const raw of rawSources) {
    const text = await sourceText(raw, files, fileName);
    sources.push(placeSelections(raw, { ...text, text: textOf(ctx, text.text, `Source "${raw.name}"`) }, details));
  }
  linkRecordings(readMediaSources(ctx, root), rawSources, sources, files, fileName, details);
  const notes: RefiNote[] = rawNotes.map((n) => {
    if (n.plainTextPath === undefined) return n;
    const entry = files.find(n.plainTextPath);
    if (entry === null) {
      details.push(`Note "${n.name}": its text file "${n.plainTextPath}" is not in the archive; imported without text.`);
      return { ...n, text: '' };
    }
    return { ...n, text: textOf(ctx, decodeSource(files.bytes(entry), 'txt', `${fileName} › ${entry}`).text, `Note "${n.name}"`) };
  });

  const project: RefiProject = {
    name: nameOf(ctx, root.attrs['name'], '', 'Project'),
    description: descriptionOf(ctx, root, 'Project description'),
    origin: root.attrs['origin'] ?? '',
    creatingUserGuid: null,
    createdAt: root.attrs['creationDateTime'] ?? null,
    users,
    codes,
    variables,
    cases,
    sources,
    notes,
    sets,
    noteGuids: noteRefs(root),
  };
  return { project, details: [...details, ...ctx.warnings] };
}

function pickQde(names: readonly string[], fileName: string): string {
  const qdes = names.filter((n) => n.toLowerCase().endsWith('.qde'));
  if (qdes.length === 0) refiFail(fileName, 'holds no project.qde, so it is not a REFI-QDA project');
  if (qdes.length === 1) return qdes[0] as string;
  const standard = qdes.find((n) => n.toLowerCase() === 'project.qde');
  if (standard !== undefined) return standard;
  return refiFail(fileName, `holds several project files (${qdes.join(', ')}) and it is unclear which one to read`);
}

export function decodeXmlBytes(bytes: Uint8Array, where: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return refiFail(where, 'is not UTF-8 encoded XML');
  }
}

/** Plain text wins over a styled twin: positions refer to the plain text (§9.1.3). */
async function sourceText(raw: RawSource, files: SourceFiles, fileName: string): Promise<SourceText> {
  if (raw.inlineText !== undefined && raw.plainTextPath === undefined) return fromString(raw.inlineText, 'inline');
  const plain = files.find(raw.plainTextPath);
  if (plain !== null) return decodeSource(files.bytes(plain), 'txt', `${fileName} › ${plain}`);
  const rich = files.find(raw.richTextPath);
  const twin = rich === null ? null : files.find(rich.replace(/\.[^./]+$/, '.txt'));
  if (twin !== null && twin !== rich) return decodeSource(files.bytes(twin), 'txt', `${fileName} › ${twin}`);
  if (rich !== null && rich.toLowerCase().endsWith('.docx')) return docxSource(files.bytes(rich), `${fileName} › ${rich}`, files.budget);
  const named = raw.plainTextPath ?? raw.richTextPath;
  if (named === undefined) refiFail(fileName, `source "${raw.name}" names no text file (plainTextPath) and has no inline text`);
  return refiFail(fileName, `source "${raw.name}" refers to "${named}", which is not in the archive`);
}

function placeSelections(raw: RawSource, source: SourceText, details: string[]): RefiSource {
  const verdict = detectPositions(source.text, raw.selections, source);
  const selections: RefiSelection[] = [];
  const skipped: string[] = [];
  raw.selections.forEach((s, i) => {
    const range = verdict.ranges[i];
    if (range === null || range === undefined) {
      skipped.push(`selection ${s.guid} (${s.start}–${s.end}): ${unplacedReason(s, source.text.length)}`);
      return;
    }
    selections.push({ ...s, start: range.start, end: range.end });
  });
  const origin = source.from === 'docx' ? ' (text extracted from its .docx: no plain-text twin)' : '';
  if (raw.selections.length > 0) {
    const check =
      verdict.matched.named > 0 ? `; ${verdict.matched.matched} of ${verdict.matched.named} selections land on their quoted text` : '';
    details.push(`"${raw.name}"${origin}: positions read as ${verdict.description}${check}.`);
  } else if (origin !== '') {
    details.push(`"${raw.name}"${origin}.`);
  }
  if (skipped.length > 0) {
    const shown = skipped.slice(0, MAX_LISTED).join('; ');
    const more = skipped.length > MAX_LISTED ? `; and ${skipped.length - MAX_LISTED} more` : '';
    details.push(`"${raw.name}": ${skipped.length} selection${skipped.length === 1 ? '' : 's'} not imported — ${shown}${more}.`);
  }
  if (raw.wholeCodings > 0)
    details.push(
      `"${raw.name}": ${raw.wholeCodings} coding${raw.wholeCodings === 1 ? '' : 's'} of the whole source skipped (only selections are imported).`,
    );
  if (source.hadBom) details.push(`"${raw.name}": its leading byte-order mark was dropped (it is not text).`);
  return {
    guid: raw.guid,
    name: raw.name,
    text: source.text,
    userGuid: raw.userGuid,
    createdAt: raw.createdAt,
    selections,
    noteGuids: raw.noteGuids,
    variableValues: raw.variableValues,
  };
}
