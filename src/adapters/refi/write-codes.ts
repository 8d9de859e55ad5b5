import type { RefiCode, RefiSet } from './model';
import type { XmlWriter } from './xml-write';

const RGB = /^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/;

export function colourAttr(colour: string | null): string | null {
  return colour !== null && RGB.test(colour) ? colour : null;
}

/** Codes nest as the tree does; the codebook schema has no NoteRef, the project schema does. */
export function writeCodes(xml: XmlWriter, codes: readonly RefiCode[], withNotes: boolean): void {
  for (const code of codes) writeCode(xml, code, withNotes);
}

function writeCode(xml: XmlWriter, code: RefiCode, withNotes: boolean): void {
  const attrs = [
    ['guid', code.guid],
    ['name', code.name],
    ['isCodable', code.isCodable],
    ['color', colourAttr(code.colour)],
  ] as const;
  const notes = withNotes ? code.noteGuids : [];
  if (code.description === '' && notes.length === 0 && code.children.length === 0) {
    xml.empty('Code', attrs);
    return;
  }
  xml.open('Code', attrs);
  if (code.description !== '') xml.text('Description', code.description);
  for (const note of notes) xml.empty('NoteRef', [['targetGUID', note]]);
  writeCodes(xml, code.children, withNotes);
  xml.close('Code');
}

/**
 * Project sets reference members with `targetGUID` and may hold sources and notes; codebook sets
 * reference codes alone, with `guid` (the two XSDs differ). A codebook set without codes is left
 * out, as the codebook schema cannot carry its other members.
 */
export function writeSets(xml: XmlWriter, sets: readonly RefiSet[], schema: 'project' | 'codebook'): void {
  const written = schema === 'project' ? sets : sets.filter((s) => s.codeGuids.length > 0);
  const memberAttr = schema === 'project' ? 'targetGUID' : 'guid';
  xml.list('Sets', written, (set) => {
    const members = schema === 'project' ? set.codeGuids.length + set.sourceGuids.length + set.noteGuids.length : set.codeGuids.length;
    const attrs = [
      ['guid', set.guid],
      ['name', set.name],
    ] as const;
    if (set.description === '' && members === 0) {
      xml.empty('Set', attrs);
      return;
    }
    xml.open('Set', attrs);
    if (set.description !== '') xml.text('Description', set.description);
    for (const member of set.codeGuids) xml.empty('MemberCode', [[memberAttr, member]]);
    if (schema === 'project') {
      for (const member of set.sourceGuids) xml.empty('MemberSource', [['targetGUID', member]]);
      for (const member of set.noteGuids) xml.empty('MemberNote', [['targetGUID', member]]);
    }
    xml.close('Set');
  });
}
