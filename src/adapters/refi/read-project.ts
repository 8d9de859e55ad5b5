import { shownName } from '../../core/text-rules';
import { normaliseGuid } from './guid';
import type { RefiCase, RefiCoding, RefiNote, RefiUser, RefiVariable, VariableType } from './model';
import {
  descriptionOf,
  guidOf,
  nameOf,
  noteRefs,
  readCodes,
  readCodings,
  readSets,
  readValues,
  refGuid,
  textOf,
  type ReadContext,
} from './read-elements';
import type { RawSelection } from './detect-positions';
import { kid, kids, type XmlElement } from './xml-read';

/** A text source as written, before its text is found and its positions are interpreted. */
export interface RawSource {
  readonly guid: string;
  readonly name: string;
  readonly plainTextPath: string | undefined;
  readonly richTextPath: string | undefined;
  readonly inlineText: string | undefined;
  readonly userGuid: string | null;
  readonly createdAt: string | null;
  readonly selections: readonly RawTextSelection[];
  readonly noteGuids: readonly string[];
  readonly variableValues: ReturnType<typeof readValues>;
  readonly description: string;
  /** Codings on the whole source (not a selection). */
  readonly wholeCodings: number;
}

export interface RawTextSelection extends RawSelection {
  readonly guid: string;
  readonly userGuid: string | null;
  readonly createdAt: string | null;
  readonly codings: readonly RefiCoding[];
  readonly noteGuids: readonly string[];
  readonly description: string;
}

export interface RawNote extends RefiNote {
  readonly plainTextPath: string | undefined;
}

/** A source Gioia Studio does not import (media, PDF), remembered so its codings and references are reported. */
export interface SkippedSource {
  readonly guid: string | null;
  readonly name: string;
  readonly kind: string;
  readonly codings: number;
  readonly selectionGuids: readonly string[];
}

const VARIABLE_TYPES: readonly VariableType[] = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'];
/** Sources we cannot code; audio and video come in with their transcripts (read-media.ts). */
export const OTHER_SOURCES = { PDFSource: 'PDF', PictureSource: 'picture' } as const;
const MEDIA_SELECTIONS = ['PDFSelection', 'PictureSelection'];

export function readUsers(ctx: ReadContext, root: XmlElement): RefiUser[] {
  const parent = kid(root, 'Users');
  if (parent === undefined) return [];
  return kids(parent, 'User').map((u, i) => ({
    guid: guidOf(ctx, u, 'User'),
    name: nameOf(ctx, u.attrs['name'] ?? u.attrs['id'], `User ${i + 1}`, 'User'),
  }));
}

export function readVariables(ctx: ReadContext, root: XmlElement): RefiVariable[] {
  const parent = kid(root, 'Variables');
  if (parent === undefined) return [];
  return kids(parent, 'Variable').map((v) => ({
    guid: guidOf(ctx, v, 'Variable'),
    name: nameOf(ctx, v.attrs['name'], 'Variable', 'Variable'),
    type: VARIABLE_TYPES.find((t) => t.toLowerCase() === (v.attrs['typeOfVariable'] ?? '').toLowerCase()) ?? 'Text',
  }));
}

const refs = (element: XmlElement, tag: string) =>
  kids(element, tag)
    .map((r) => refGuid(r))
    .filter((g): g is string => g !== null);

export function readCases(ctx: ReadContext, root: XmlElement): RefiCase[] {
  const parent = kid(root, 'Cases');
  if (parent === undefined) return [];
  return kids(parent, 'Case').map((c, i) => {
    const name = nameOf(ctx, c.attrs['name'], `Case ${i + 1}`, 'Case');
    if ((c.attrs['name'] ?? '').trim() === '') ctx.warnings.push(`A case without a name was named "${name}".`);
    return {
      guid: guidOf(ctx, c, 'Case'),
      name,
      description: descriptionOf(ctx, c, `Case "${shownName(name)}" description`),
      codeGuids: refs(c, 'CodeRef'),
      values: readValues(ctx, c, `Case "${shownName(name)}"`),
      sourceGuids: refs(c, 'SourceRef'),
      selectionGuids: refs(c, 'SelectionRef'),
    };
  });
}

export function readSources(ctx: ReadContext, root: XmlElement): RawSource[] {
  const parent = kid(root, 'Sources');
  if (parent === undefined) return [];
  return kids(parent, 'TextSource').map((s, i) => {
    const guid = guidOf(ctx, s, 'TextSource');
    const name = sourceName(ctx, s, i);
    return {
      guid,
      name,
      plainTextPath: s.attrs['plainTextPath'],
      richTextPath: s.attrs['richTextPath'],
      inlineText: kid(s, 'PlainTextContent')?.text,
      userGuid: normaliseGuid(s.attrs['creatingUser']),
      createdAt: s.attrs['creationDateTime'] ?? null,
      selections: kids(s, 'PlainTextSelection').map((sel) => readSelection(ctx, sel)),
      noteGuids: noteRefs(s),
      variableValues: readValues(ctx, s, `Source "${name}"`),
      description: descriptionOf(ctx, s, `Source "${name}" description`),
      wholeCodings: kids(s, 'Coding').length,
    };
  });
}

/** PDF and picture sources, each with every coding inside it counted (selections, transcripts, the whole source). */
export function readSkippedSources(root: XmlElement): SkippedSource[] {
  const parent = kid(root, 'Sources');
  if (parent === undefined) return [];
  return Object.entries(OTHER_SOURCES).flatMap(([tag, kind]) =>
    kids(parent, tag).map((s, i) => ({
      guid: normaliseGuid(s.attrs['guid']),
      name: (s.attrs['name'] ?? '').trim() || fileStem(s.attrs['currentPath'] ?? s.attrs['path']) || `${kind} ${i + 1}`,
      kind,
      codings: countDescendants(s, 'Coding'),
      selectionGuids: descendants(s, MEDIA_SELECTIONS)
        .map((sel) => normaliseGuid(sel.attrs['guid']))
        .filter((g): g is string => g !== null),
    })),
  );
}

function countDescendants(element: XmlElement, tag: string): number {
  let n = 0;
  for (const [name, children] of Object.entries(element.children)) {
    for (const child of children) n += (name === tag ? 1 : 0) + countDescendants(child, tag);
  }
  return n;
}

function descendants(element: XmlElement, tags: readonly string[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const [name, children] of Object.entries(element.children)) {
    for (const child of children) {
      if (tags.includes(name)) out.push(child);
      out.push(...descendants(child, tags));
    }
  }
  return out;
}

const GUID_STEM = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;

/** "Interview 3" from ".../Interview 3.docx"; '' when the path is absent or its file is GUID-named (§8.4). */
export function fileStem(path: string | undefined): string {
  if (path === undefined) return '';
  let base = path.replace(/^[a-z]+:\/\/\/?/i, '').replace(/\\/g, '/');
  base = base.slice(base.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  try {
    base = decodeURIComponent(base);
  } catch {
    // A literal % in a file name stays as written.
  }
  return GUID_STEM.test(base) ? '' : base.trim();
}

/** A nameless source is named after its original file when the file says which; "Source N" only when nothing does. */
function sourceName(ctx: ReadContext, s: XmlElement, index: number): string {
  if ((s.attrs['name'] ?? '').trim() !== '') return nameOf(ctx, s.attrs['name'], `Source ${index + 1}`, 'Source');
  const stem = fileStem(s.attrs['currentPath']) || fileStem(s.attrs['richTextPath']) || fileStem(s.attrs['plainTextPath']);
  const name = nameOf(ctx, stem, `Source ${index + 1}`, 'Source');
  ctx.warnings.push(
    stem === ''
      ? `A source without a name or a named file was called "${name}".`
      : `A source without a name was named "${name}" after its file.`,
  );
  return name;
}

function readSelection(ctx: ReadContext, sel: XmlElement): RawTextSelection {
  const guid = guidOf(ctx, sel, 'PlainTextSelection');
  // Named only for a repair message, and most selections have no description to repair.
  const what = () => `Selection "${shownName(sel.attrs['name'] ?? guid)}"`;
  const described = (element: XmlElement, part: string) =>
    kid(element, 'Description') === undefined ? '' : descriptionOf(ctx, element, `${what()} ${part}`);
  // Some tools put a coding's comment inside <Coding>, which the schema does not allow; it is the selection's.
  const codingComments = kids(sel, 'Coding')
    .map((c) => described(c, 'coding comment'))
    .filter((d) => d !== '');
  const own = described(sel, 'description');
  return {
    guid,
    name: sel.attrs['name'] ?? null,
    start: int(sel.attrs['startPosition']),
    end: int(sel.attrs['endPosition']),
    userGuid: normaliseGuid(sel.attrs['creatingUser']),
    createdAt: sel.attrs['creationDateTime'] ?? null,
    codings: readCodings(ctx, sel),
    noteGuids: noteRefs(sel),
    description: [own, ...codingComments].filter((d) => d !== '').join('\n\n'),
  };
}

/** Non-integers become NaN, which no interpretation can place, so the selection is reported as skipped. */
export function int(value: string | undefined): number {
  return value !== undefined && /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
}

export function readNotes(ctx: ReadContext, root: XmlElement): RawNote[] {
  const parent = kid(root, 'Notes');
  if (parent === undefined) return [];
  return kids(parent, 'Note').map((n) => {
    const what = `Note "${shownName(n.attrs['name'] ?? '')}"`;
    const content = kid(n, 'PlainTextContent');
    return {
      guid: guidOf(ctx, n, 'Note'),
      name: nameOf(ctx, n.attrs['name'], '', 'Note'),
      text: textOf(ctx, content?.text ?? '', what),
      description: descriptionOf(ctx, n, `${what} description`),
      plainTextPath: content === undefined ? n.attrs['plainTextPath'] : undefined,
      userGuid: normaliseGuid(n.attrs['creatingUser']),
      createdAt: n.attrs['creationDateTime'] ?? null,
    };
  });
}

export { readCodes, readSets, noteRefs, descriptionOf };
