import { normaliseGuid } from './guid';
import type { RefiCode, RefiCoding, RefiSet, RefiVariableValue } from './model';
import { kid, kids, type XmlElement } from './xml-read';

/**
 * Element → model pieces shared by the project and codebook readers. Readers are lenient about
 * what they can repair (missing names, `{GUID}` braces, upper case) and strict only where the
 * data would otherwise be wrong; every element without a usable GUID gets a fresh id upstream.
 */
export interface ReadContext {
  readonly file: string;
  /** Makes a GUID for elements that lack one or carry a duplicate. */
  readonly freshGuid: () => string;
  readonly seen: Set<string>;
  readonly warnings: string[];
}

export function guidOf(ctx: ReadContext, element: XmlElement, what: string): string {
  const guid = normaliseGuid(element.attrs['guid']);
  if (guid !== null && !ctx.seen.has(guid)) {
    ctx.seen.add(guid);
    return guid;
  }
  const fresh = ctx.freshGuid();
  ctx.seen.add(fresh);
  if (guid === null) ctx.warnings.push(`${what} "${element.attrs['name'] ?? ''}" had no valid GUID; a new one was assigned.`);
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

export function descriptionOf(element: XmlElement): string {
  return kid(element, 'Description')?.text ?? '';
}

export function readCodes(ctx: ReadContext, parent: XmlElement | undefined): RefiCode[] {
  if (parent === undefined) return [];
  return kids(parent, 'Code').map((code) => ({
    guid: guidOf(ctx, code, 'Code'),
    name: (code.attrs['name'] ?? '').trim() || 'Unnamed code',
    description: descriptionOf(code),
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

export function readSets(ctx: ReadContext, parent: XmlElement | undefined, memberAttr: 'targetGUID' | 'guid'): RefiSet[] {
  if (parent === undefined) return [];
  return kids(parent, 'Set').map((set) => ({
    guid: guidOf(ctx, set, 'Set'),
    name: set.attrs['name'] ?? '',
    codeGuids: kids(set, 'MemberCode')
      .map((m) => refGuid(m, memberAttr) ?? refGuid(m, memberAttr === 'guid' ? 'targetGUID' : 'guid'))
      .filter((g): g is string => g !== null),
  }));
}

export function readCodings(ctx: ReadContext, parent: XmlElement): RefiCoding[] {
  const out: RefiCoding[] = [];
  for (const coding of kids(parent, 'Coding')) {
    const codeGuid = refGuid(kid(coding, 'CodeRef'));
    if (codeGuid === null) continue;
    out.push({
      guid: guidOf(ctx, coding, 'Coding'),
      codeGuid,
      userGuid: normaliseGuid(coding.attrs['creatingUser']),
      createdAt: coding.attrs['creationDateTime'] ?? null,
    });
  }
  return out;
}

const VALUE_ELEMENTS = ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue'];

export function readValues(parent: XmlElement): RefiVariableValue[] {
  const out: RefiVariableValue[] = [];
  for (const vv of kids(parent, 'VariableValue')) {
    const variableGuid = refGuid(kid(vv, 'VariableRef'));
    const valueElement = VALUE_ELEMENTS.map((name) => kid(vv, name)).find((e) => e !== undefined);
    if (variableGuid === null || valueElement === undefined) continue;
    out.push({ variableGuid, value: valueElement.text.trim() });
  }
  return out;
}
