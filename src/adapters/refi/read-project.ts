import { normaliseGuid } from './guid';
import type { RefiCase, RefiNote, RefiUser, RefiVariable, VariableType } from './model';
import { shownName } from '../../core/text-rules';
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
import type { RefiCoding } from './model';
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
  /** Codings on the whole source (not a selection). */
  readonly wholeCodings: number;
}

export interface RawTextSelection extends RawSelection {
  readonly guid: string;
  readonly userGuid: string | null;
  readonly createdAt: string | null;
  readonly codings: readonly RefiCoding[];
  readonly noteGuids: readonly string[];
}

export interface RawNote extends RefiNote {
  readonly plainTextPath: string | undefined;
}

const VARIABLE_TYPES: readonly VariableType[] = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'];
const OTHER_SOURCES = { PDFSource: 'PDF', PictureSource: 'picture' } as const;
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

export function readCases(ctx: ReadContext, root: XmlElement): RefiCase[] {
  const parent = kid(root, 'Cases');
  if (parent === undefined) return [];
  return kids(parent, 'Case').map((c) => ({
    guid: guidOf(ctx, c, 'Case'),
    name: nameOf(ctx, c.attrs['name'], 'Case', 'Case'),
    values: readValues(ctx, c, `Case "${shownName(c.attrs['name'] ?? '')}"`),
    sourceGuids: kids(c, 'SourceRef')
      .map((r) => refGuid(r))
      .filter((g): g is string => g !== null),
  }));
}

export function readSources(ctx: ReadContext, root: XmlElement): RawSource[] {
  const parent = kid(root, 'Sources');
  if (parent === undefined) return [];
  for (const [tag, kind] of Object.entries(OTHER_SOURCES)) {
    const count = kids(parent, tag).length;
    if (count > 0) ctx.warnings.push(`${count} ${kind} source${count === 1 ? '' : 's'} skipped: Gioia Studio codes text transcripts only.`);
  }
  return kids(parent, 'TextSource').map((s, i) => {
    const guid = guidOf(ctx, s, 'TextSource');
    const name = nameOf(ctx, s.attrs['name'], `Source ${i + 1}`, 'Source');
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
      wholeCodings: kids(s, 'Coding').length,
    };
  });
}

function readSelection(ctx: ReadContext, sel: XmlElement): RawTextSelection {
  return {
    guid: guidOf(ctx, sel, 'PlainTextSelection'),
    name: sel.attrs['name'] ?? null,
    start: int(sel.attrs['startPosition']),
    end: int(sel.attrs['endPosition']),
    userGuid: normaliseGuid(sel.attrs['creatingUser']),
    createdAt: sel.attrs['creationDateTime'] ?? null,
    codings: readCodings(ctx, sel),
    noteGuids: [...noteRefs(sel), ...kids(sel, 'Coding').flatMap((c) => noteRefs(c))],
  };
}

/** Non-integers become NaN, which no interpretation can place, so the selection is reported as skipped. */
export function int(value: string | undefined): number {
  return value !== undefined && /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
}

export function readNotes(ctx: ReadContext, root: XmlElement): RawNote[] {
  const parent = kid(root, 'Notes');
  if (parent === undefined) return [];
  return kids(parent, 'Note').map((n) => ({
    guid: guidOf(ctx, n, 'Note'),
    name: nameOf(ctx, n.attrs['name'], '', 'Note'),
    text: textOf(ctx, kid(n, 'PlainTextContent')?.text ?? kid(n, 'Description')?.text ?? '', `Note "${shownName(n.attrs['name'] ?? '')}"`),
    plainTextPath: kid(n, 'PlainTextContent') === undefined ? n.attrs['plainTextPath'] : undefined,
    userGuid: normaliseGuid(n.attrs['creatingUser']),
    createdAt: n.attrs['creationDateTime'] ?? null,
  }));
}

export { readCodes, readSets, noteRefs, descriptionOf };
