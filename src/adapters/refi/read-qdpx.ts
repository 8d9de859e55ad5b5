import { randomUUID } from 'node:crypto';
import { counted, ReportBuilder, type ExchangeReport } from '../../core/exchange-report';
import { refiFail } from './errors';
import { normaliseGuid } from './guid';
import { PROJECT_NS, PROJECT_NS_READ, type RefiNote, type RefiProject } from './model';
import { placeAll, type ReadSource } from './place-selections';
import { nameOf, newReadContext, textOf, type ReadContext } from './read-elements';
import { readLinks, reportGraphs } from './read-links';
import {
  descriptionOf,
  noteRefs,
  readCases,
  readCodes,
  readNotes,
  readSets,
  readSkippedSources,
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

export interface QdpxReadResult {
  readonly project: RefiProject;
  /** What the reader assumed (positions, repairs) and what it left out, and why. */
  readonly report: ExchangeReport;
}

/**
 * Reads a .qdpx into the interchange model with every offset converted to UTF-16 over `\n` text.
 * Throws `RefiError` (naming the file and the problem) for anything that would make the import
 * wrong or unsafe; what can be imported without guessing is, and the rest is reported: a source
 * whose file is missing, media sources with their codings, graphs, selections no counting places.
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
  const ctx = newReadContext(where, randomUUID);
  // Media and the project's own name are read with the rest of the tree; their repairs are reported
  // where they always were, after the sources' (and the notes').
  const mediaCtx: ReadContext = { ...ctx, warnings: [], skipped: [] };
  const headCtx: ReadContext = { ...ctx, warnings: [], skipped: [] };
  const tree = readTree({ ctx, mediaCtx, headCtx }, () => parseQde(files, qdeName, where, limits));
  const { root, rawSources } = tree;
  const report = new ReportBuilder();
  if (qdeName !== 'project.qde') report.mapped(`Project XML read from "${qdeName}" (the standard names it project.qde).`);
  if (tree.namespace !== PROJECT_NS)
    report.mapped(`The file uses the namespace "${tree.namespace}" of an earlier draft of the standard; it was read as ${PROJECT_NS}.`);

  const omitted = new Map<string, string>();
  for (const s of tree.skippedSources) {
    report.skipped(
      `${s.kind[0]?.toUpperCase() ?? ''}${s.kind.slice(1)} source "${s.name}"${s.codings > 0 ? ` and its ${counted(s.codings, 'coding')} were` : ' was'} not imported: Gioia Studio codes text transcripts only.`,
    );
    if (s.guid !== null) omitted.set(s.guid, `the ${s.kind} source "${s.name}"`);
    for (const g of s.selectionGuids) omitted.set(g, `a selection of the ${s.kind} source "${s.name}"`);
  }
  const read: ReadSource[] = [];
  for (const raw of rawSources) {
    const text = await sourceText(raw, files, fileName);
    if (typeof text === 'string') {
      const codings = raw.selections.reduce((n, s) => n + s.codings.length, 0);
      report.skipped(
        `Source "${raw.name}" ${text}; it and its ${counted(raw.selections.length, 'selection')} (${counted(codings, 'coding')}) were not imported.`,
      );
      omitted.set(raw.guid, `the source "${raw.name}", whose text file is missing`);
      for (const s of raw.selections) omitted.set(s.guid, `a selection of "${raw.name}", whose text file is missing`);
      continue;
    }
    read.push({ raw, text: { ...text, text: textOf(ctx, text.text, `Source "${raw.name}"`) } });
  }
  const placed = placeAll(read);
  report.mapped(...placed.mapped).skipped(...placed.skipped);
  const sources = [...placed.sources];
  const media = tree.media;
  ctx.warnings.push(...mediaCtx.warnings);
  ctx.skipped.push(...mediaCtx.skipped);
  linkRecordings(media, rawSources, sources, files, fileName, report);
  for (const m of media) {
    if (m.transcripts.length === 0) omitted.set(m.guid, `the ${m.kind} source "${m.name}"`);
    for (const g of m.timeSelectionGuids) omitted.set(g, `a stretch of the ${m.kind} source "${m.name}" without text`);
  }
  for (const [guid, label] of placed.unplaced) omitted.set(guid, label);
  const notes = readNoteTexts(ctx, tree.rawNotes, files, fileName);
  ctx.warnings.push(...headCtx.warnings);
  ctx.skipped.push(...headCtx.skipped);

  const project: RefiProject = {
    ...root,
    users: tree.users,
    codes: tree.codes,
    variables: tree.variables,
    cases: tree.cases,
    sources,
    notes,
    sets: tree.sets,
    links: tree.links,
    omitted,
  };
  return {
    project,
    report: report
      .mapped(...ctx.warnings)
      .skipped(...ctx.skipped)
      .build(),
  };
}

type ProjectHead = Pick<
  RefiProject,
  'name' | 'description' | 'origin' | 'creatingUserGuid' | 'modifyingUserGuid' | 'createdAt' | 'noteGuids'
>;

/**
 * Parses project.qde and reads everything but the source and note texts out of its element tree,
 * in the order the report has always listed repairs. The tree (and the XML text) are gone once this
 * returns, before any source text is read: a whole study's tree is larger than all its texts.
 */
function readTree(
  { ctx, mediaCtx, headCtx }: { ctx: ReadContext; mediaCtx: ReadContext; headCtx: ReadContext },
  parse: () => ReturnType<typeof parseXml>,
) {
  const { root, namespace } = parse();
  const users = readUsers(ctx, root);
  const codes = readCodes(ctx, kid(kid(root, 'CodeBook') ?? root, 'Codes'));
  const variables = readVariables(ctx, root);
  const cases = readCases(ctx, root);
  const rawSources = readSources(ctx, root);
  const rawNotes = readNotes(ctx, root);
  const sets = readSets(ctx, kid(root, 'Sets'), 'targetGUID');
  const links = readLinks(ctx, root);
  reportGraphs(ctx, root);
  const skippedSources = readSkippedSources(root);
  const media = readMediaSources(mediaCtx, root);
  const head: ProjectHead = {
    name: nameOf(headCtx, root.attrs['name'], '', 'Project'),
    description: descriptionOf(headCtx, root, 'Project description'),
    origin: root.attrs['origin'] ?? '',
    creatingUserGuid: normaliseGuid(root.attrs['creatingUserGUID']),
    modifyingUserGuid: normaliseGuid(root.attrs['modifyingUserGUID']),
    createdAt: root.attrs['creationDateTime'] ?? null,
    noteGuids: noteRefs(root),
  };
  return { namespace, root: head, users, codes, variables, cases, rawSources, rawNotes, sets, links, skippedSources, media };
}

/**
 * The archive measured the nesting of project.qde's bytes as it unpacked them; for UTF-8 (every
 * character of markup one ASCII byte) that is the measure of the text, which is not scanned again.
 */
function parseQde(files: SourceFiles, qdeName: string, where: string, limits: ArchiveLimits): ReturnType<typeof parseXml> {
  let bytes: Uint8Array | null = files.bytes(qdeName);
  const measured = !isUtf16(bytes) && limits.maxXmlDepth <= QDPX_LIMITS.maxXmlDepth;
  const xml = decodeXmlBytes(bytes, where);
  bytes = null;
  return parseXml(xml, where, { root: 'Project', canonical: PROJECT_NS, accepts: PROJECT_NS_READ }, { depthMeasured: measured });
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** A note's text may sit in its own file (plainTextPath); a missing one leaves the note without text, reported. */
function readNoteTexts(ctx: ReadContext, notes: ReturnType<typeof readNotes>, files: SourceFiles, fileName: string): RefiNote[] {
  return notes.map(({ plainTextPath, ...n }) => {
    if (plainTextPath === undefined) return n;
    const entry = files.find(plainTextPath);
    if (entry === null) {
      ctx.skipped.push(`Note "${n.name}": its text file "${plainTextPath}" is not in the archive; imported without text.`);
      return n;
    }
    return { ...n, text: textOf(ctx, decodeSource(files.bytes(entry), 'txt', `${fileName} › ${entry}`).text, `Note "${n.name}"`) };
  });
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
  if (isUtf16(bytes)) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return refiFail(where, 'is not UTF-8 encoded XML');
  }
}

/**
 * Plain text wins over a styled twin: positions refer to the plain text (§9.1.3). A source whose
 * text is nowhere in the archive gives the reason, to be reported, instead of failing the import.
 */
async function sourceText(raw: RawSource, files: SourceFiles, fileName: string): Promise<SourceText | string> {
  if (raw.inlineText !== undefined && raw.plainTextPath === undefined) return fromString(raw.inlineText, 'inline');
  const plain = files.find(raw.plainTextPath);
  if (plain !== null) return decodeSource(files.bytes(plain), 'txt', `${fileName} › ${plain}`);
  const rich = files.find(raw.richTextPath);
  const twin = rich === null ? null : files.find(rich.replace(/\.[^./]+$/, '.txt'));
  if (twin !== null && twin !== rich) return decodeSource(files.bytes(twin), 'txt', `${fileName} › ${twin}`);
  if (rich !== null && rich.toLowerCase().endsWith('.docx')) return docxSource(files.bytes(rich), `${fileName} › ${rich}`, files.budget);
  const named = raw.plainTextPath ?? raw.richTextPath;
  if (named === undefined) return 'names no text file (plainTextPath) and has no inline text';
  return `refers to "${named}", which is not in the archive`;
}
