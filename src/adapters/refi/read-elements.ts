import { cleanName, cleanText, cleanValue, shownName } from '../../core/text-rules';
import { refiFail } from './errors';
import { normaliseGuid } from './guid';
import type { RefiCode, RefiCoding, RefiSet, RefiVariableValue } from './model';
import { kid, kids, type XmlElement } from './xml-read';

/**
 * Element → model pieces shared by the project and codebook readers. Readers repair what they can
 * say they repaired (missing names, `{GUID}` braces, upper case, names breaking the storage rule)
 * and refuse what would make the data ambiguous; every repair is a line in `warnings`.
 */
export interface ReadContext {
  readonly file: string;
  /** Makes a GUID for elements that lack one or carry a duplicate. */
  readonly freshGuid: () => string;
  /** GUIDs seen so far, per element kind, with the (raw) name of the element that has it. */
  readonly seen: Map<string, string>;
  /** Repairs: what was read in another form than written (the report's "mapped" lines). */
  readonly warnings: string[];
  /** What was not read at all, and why (the report's "skipped" lines). */
  readonly skipped: string[];
}

export function newReadContext(file: string, freshGuid: () => string): ReadContext {
  return { file, freshGuid, seen: new Map(), warnings: [], skipped: [] };
}

/**
 * Elements other elements point at by GUID. Two of one kind with the same GUID make every
 * reference to it ambiguous, so the file is refused rather than guessing which one was meant.
 */
const REFERENCED = new Set(['Code', 'User', 'Variable', 'Case', 'TextSource', 'Note', 'Set']);

export function guidOf(ctx: ReadContext, element: XmlElement, what: string): string {
  const guid = normaliseGuid(element.attrs['guid']);
  const name = element.attrs['name'] ?? '';
  // Labels are made only for a message: a whole study has a hundred thousand selections and codings.
  const label = (raw: string) => `${what} "${shownName(raw)}"`;
  if (guid !== null) {
    const first = ctx.seen.get(`${what}:${guid}`);
    if (first === undefined) {
      ctx.seen.set(`${what}:${guid}`, name);
      return guid;
    }
    if (REFERENCED.has(what)) {
      refiFail(
        ctx.file,
        `gives the GUID ${guid} to both ${label(first)} and ${label(name)}, so references to it are ambiguous; it was not imported`,
      );
    }
    ctx.warnings.push(`${label(name)} has the GUID ${guid} of an earlier ${what}; it was given a new one.`);
  } else {
    ctx.warnings.push(`${label(name)} had no valid GUID; a new one was assigned.`);
  }
  const fresh = ctx.freshGuid();
  ctx.seen.set(`${what}:${fresh}`, name);
  return fresh;
}

export function refGuid(element: XmlElement | undefined, attr = 'targetGUID'): string | null {
  return element === undefined ? null : normaliseGuid(element.attrs[attr]);
}

export function noteRefs(element: XmlElement): string[] {
  return kids(element, 'NoteRef')
    .map((n) => refGuid(n))
    .filter((g): g is string => g !== null);
}

/** A name from the file, repaired to the storage's name rule; each repair is reported. */
export function nameOf(ctx: ReadContext, raw: string | undefined, fallback: string, what: string): string {
  const cleaned = cleanName(raw ?? '', fallback);
  if (cleaned.changes.length > 0 && (raw ?? '').trim() !== '')
    ctx.warnings.push(`${what} "${shownName(raw ?? '')}": name ${cleaned.changes.join(', ')}.`);
  return cleaned.value;
}

/** A one-line value from the file (variable values), repaired to the storage's value rule. */
export function valueOf(ctx: ReadContext, raw: string, what: string): string {
  const cleaned = cleanValue(raw);
  if (cleaned.changes.length > 0) ctx.warnings.push(`${what}: value ${cleaned.changes.join(', ')}.`);
  return cleaned.value;
}

/** Free text from the file (descriptions, notes, sources): lone surrogates and XML-illegal controls replaced, and reported. */
export function textOf(ctx: ReadContext, raw: string, what: string): string {
  const normalised = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  const cleaned = cleanText(normalised);
  if (cleaned.replaced > 0)
    ctx.warnings.push(`${what}: ${cleaned.replaced} invalid or control character${cleaned.replaced === 1 ? '' : 's'} replaced.`);
  return cleaned.text;
}

export function descriptionOf(ctx: ReadContext, element: XmlElement, what: string): string {
  return textOf(ctx, kid(element, 'Description')?.text ?? '', what);
}

export function readCodes(ctx: ReadContext, parent: XmlElement | undefined): RefiCode[] {
  if (parent === undefined) return [];
  return kids(parent, 'Code').map((code) => ({
    guid: guidOf(ctx, code, 'Code'),
    name: nameOf(ctx, code.attrs['name'], 'Unnamed code', 'Code'),
    description: descriptionOf(ctx, code, `Code "${shownName(code.attrs['name'] ?? '')}" description`),
    colour: normaliseColour(code.attrs['color']),
    isCodable: code.attrs['isCodable'] !== 'false' && code.attrs['isCodable'] !== '0',
    noteGuids: noteRefs(code),
    children: readCodes(ctx, code),
  }));
}

/** `#abc` shorthand widens to `#aabbcc`: our colours are always six digits. */
function normaliseColour(value: string | undefined): string | null {
  const v = value?.trim() ?? '';
  if (/^#[0-9a-f]{6}$/i.test(v)) return v.toLowerCase();
  if (/^#[0-9a-f]{3}$/i.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
  return null;
}

/**
 * Sets of codes, sources and notes. The two schemas name a member's GUID differently (`guid` in a
 * codebook, `targetGUID` in a project); either is read.
 */
export function readSets(ctx: ReadContext, parent: XmlElement | undefined, memberAttr: 'targetGUID' | 'guid'): RefiSet[] {
  if (parent === undefined) return [];
  const other = memberAttr === 'guid' ? 'targetGUID' : 'guid';
  const members = (set: XmlElement, tag: string) =>
    kids(set, tag)
      .map((m) => refGuid(m, memberAttr) ?? refGuid(m, other))
      .filter((g): g is string => g !== null);
  return kids(parent, 'Set').map((set) => {
    const name = nameOf(ctx, set.attrs['name'], 'Set', 'Set');
    return {
      guid: guidOf(ctx, set, 'Set'),
      name,
      description: descriptionOf(ctx, set, `Set "${shownName(name)}" description`),
      codeGuids: members(set, 'MemberCode'),
      sourceGuids: members(set, 'MemberSource'),
      noteGuids: members(set, 'MemberNote'),
    };
  });
}

export function readCodings(ctx: ReadContext, parent: XmlElement): RefiCoding[] {
  const out: RefiCoding[] = [];
  for (const coding of kids(parent, 'Coding')) {
    const codeGuid = refGuid(kid(coding, 'CodeRef'));
    if (codeGuid === null) {
      ctx.skipped.push(`A coding without a valid CodeRef (coding ${coding.attrs['guid'] ?? 'without a GUID'}) was not imported.`);
      continue;
    }
    out.push({
      guid: guidOf(ctx, coding, 'Coding'),
      codeGuid,
      userGuid: normaliseGuid(coding.attrs['creatingUser']),
      createdAt: coding.attrs['creationDateTime'] ?? null,
      noteGuids: noteRefs(coding),
    });
  }
  return out;
}

const VALUE_ELEMENTS = ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue'];

export function readValues(ctx: ReadContext, parent: XmlElement, owner: string): RefiVariableValue[] {
  const out: RefiVariableValue[] = [];
  for (const vv of kids(parent, 'VariableValue')) {
    const variableGuid = refGuid(kid(vv, 'VariableRef'));
    const valueElement = VALUE_ELEMENTS.map((name) => kid(vv, name)).find((e) => e !== undefined);
    if (variableGuid === null || valueElement === undefined) {
      ctx.skipped.push(`${owner}: a variable value without ${variableGuid === null ? 'a valid VariableRef' : 'a value'} was skipped.`);
      continue;
    }
    out.push({ variableGuid, value: valueOf(ctx, valueElement.text.trim(), owner) });
  }
  return out;
}
