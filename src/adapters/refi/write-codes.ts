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

/** Project sets reference members with `targetGUID`, codebook sets with `guid` (the two XSDs differ). */
export function writeSets(xml: XmlWriter, sets: readonly RefiSet[], memberAttr: 'targetGUID' | 'guid', description: string): void {
  xml.list('Sets', sets, (set) => {
    xml.open('Set', [
      ['guid', set.guid],
      ['name', set.name],
    ]);
    xml.text('Description', description);
    for (const member of set.codeGuids) xml.empty('MemberCode', [[memberAttr, member]]);
    xml.close('Set');
  });
}
