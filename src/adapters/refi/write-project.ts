import {
  PROJECT_NS,
  type RefiCase,
  type RefiLink,
  type RefiNote,
  type RefiProject,
  type RefiSelection,
  type RefiSource,
  type RefiVariable,
  type RefiVariableValue,
} from './model';
import { countTable, STANDARD, toStandard } from './positions';
import { writeCodes, writeSets } from './write-codes';
import { XmlWriter } from './xml-write';

/** Where each source's text lives inside the .qdpx (`sources/<guid>.txt`, UTF-8, no BOM). */
export function sourceEntryName(source: { guid: string }): string {
  return `sources/${source.guid}.txt`;
}

/**
 * `project.qde` (urn:QDA-XML:project:1.0), elements in the order Project.xsd's sequences demand.
 * Output depends only on the model, never on the clock, so one project always gives the same bytes.
 */
export function writeProjectXml(project: RefiProject): string {
  const xml = new XmlWriter();
  writeProject(xml, project);
  return xml.toString();
}

/** The same document handed to `sink` a piece at a time, for an archive written as a stream. */
export function streamProjectXml(project: RefiProject, sink: (text: string) => void): void {
  const xml = new XmlWriter(sink);
  writeProject(xml, project);
  xml.flush();
}

function writeProject(xml: XmlWriter, project: RefiProject): void {
  xml.open('Project', [
    ['xmlns', PROJECT_NS],
    ['name', project.name],
    ['origin', project.origin],
    ['creatingUserGUID', project.creatingUserGuid],
    ['creationDateTime', dateTime(project.createdAt)],
    ['modifyingUserGUID', project.modifyingUserGuid],
  ]);
  xml.list('Users', project.users, (u) =>
    xml.empty('User', [
      ['guid', u.guid],
      ['name', u.name],
    ]),
  );
  if (project.codes.length > 0) {
    xml.open('CodeBook');
    xml.open('Codes');
    writeCodes(xml, project.codes, true);
    xml.close('Codes');
    xml.close('CodeBook');
  }
  xml.list('Variables', project.variables, (v) => writeVariable(xml, v));
  const types = new Map(project.variables.map((v) => [v.guid, v.type] as const));
  xml.list('Cases', project.cases, (c) => writeCase(xml, c, types));
  const recorded = project.sources.filter((s) => s.media !== undefined);
  xml.list('Sources', [...project.sources, ...recorded.map((s) => ({ recording: s }))], (s) =>
    'recording' in s ? writeMediaSource(xml, s.recording) : writeSource(xml, s, types),
  );
  xml.list('Notes', project.notes, (n) => writeNote(xml, n));
  xml.list('Links', project.links, (l) => writeLink(xml, l));
  writeSets(xml, project.sets, 'project');
  if (project.description !== '') xml.text('Description', project.description);
  for (const note of project.noteGuids) xml.empty('NoteRef', [['targetGUID', note]]);
  xml.close('Project');
}

function writeVariable(xml: XmlWriter, v: RefiVariable): void {
  xml.empty('Variable', [
    ['guid', v.guid],
    ['name', v.name],
    ['typeOfVariable', v.type],
  ]);
}

function writeCase(xml: XmlWriter, c: RefiCase, types: ReadonlyMap<string, RefiVariable['type']>): void {
  const attrs = [
    ['guid', c.guid],
    ['name', c.name],
  ] as const;
  const empty = c.description === '' && c.codeGuids.length + c.values.length + c.sourceGuids.length + c.selectionGuids.length === 0;
  if (empty) {
    xml.empty('Case', attrs);
    return;
  }
  xml.open('Case', attrs);
  if (c.description !== '') xml.text('Description', c.description);
  for (const code of c.codeGuids) xml.empty('CodeRef', [['targetGUID', code]]);
  for (const value of c.values) writeValue(xml, value, types);
  for (const source of c.sourceGuids) xml.empty('SourceRef', [['targetGUID', source]]);
  for (const selection of c.selectionGuids) xml.empty('SelectionRef', [['targetGUID', selection]]);
  xml.close('Case');
}

/** The element must match the schema's type: a value the type cannot hold is kept as text, not lost. */
function writeValue(xml: XmlWriter, value: RefiVariableValue, types: ReadonlyMap<string, RefiVariable['type']>): void {
  const type = types.get(value.variableGuid) ?? 'Text';
  const v = value.value;
  const element =
    type === 'Boolean' && (v === 'true' || v === 'false')
      ? 'BooleanValue'
      : type === 'Integer' && /^-?\d+$/.test(v)
        ? 'IntegerValue'
        : type === 'Float' && /^-?(\d+(\.\d*)?|\.\d+)$/.test(v)
          ? 'FloatValue'
          : type === 'Date' && /^\d{4}-\d{2}-\d{2}$/.test(v)
            ? 'DateValue'
            : 'TextValue';
  xml.open('VariableValue');
  xml.empty('VariableRef', [['targetGUID', value.variableGuid]]);
  xml.text(element, v);
  xml.close('VariableValue');
}

function writeSource(xml: XmlWriter, source: RefiSource, types: ReadonlyMap<string, RefiVariable['type']>): void {
  xml.open('TextSource', [
    ['guid', source.guid],
    ['name', source.name],
    ['plainTextPath', `internal://${source.guid}.txt`],
    ['creatingUser', source.userGuid],
    ['creationDateTime', dateTime(source.createdAt)],
  ]);
  if (source.description !== '') xml.text('Description', source.description);
  // Read once: an exported source may read its selections and text from the project on each ask.
  const selections = source.selections;
  const table = selections.length > 0 ? countTable(source.text, STANDARD) : new Int32Array(1);
  for (const selection of selections) writeSelection(xml, selection, table);
  for (const note of source.noteGuids) xml.empty('NoteRef', [['targetGUID', note]]);
  for (const value of source.variableValues) writeValue(xml, value, types);
  xml.close('TextSource');
}

/**
 * The recording of a transcript: an AudioSource or VideoSource whose Transcript is the TextSource's
 * own text file, carrying the sync points (positions in code points, like selections).
 */
function writeMediaSource(xml: XmlWriter, source: RefiSource): void {
  const media = source.media;
  if (media === undefined) return;
  const tag = media.kind === 'video' ? 'VideoSource' : 'AudioSource';
  xml.open(tag, [
    ['guid', media.guid],
    ['name', media.name],
    ['path', `absolute://${encodeURI(media.path.replace(/\\/g, '/'))}`],
  ]);
  xml.open('Transcript', [
    ['guid', media.transcriptGuid],
    ['name', source.name],
    ['plainTextPath', `internal://${source.guid}.txt`],
  ]);
  const table = media.syncPoints.length > 0 ? countTable(source.text, STANDARD) : new Int32Array(1);
  for (const p of media.syncPoints) {
    xml.empty('SyncPoint', [
      ['guid', p.guid],
      ['position', toStandard(table, p.offset)],
      ['timeStamp', p.ms],
    ]);
  }
  xml.close('Transcript');
  xml.close(tag);
}

function writeSelection(xml: XmlWriter, s: RefiSelection, table: Int32Array): void {
  xml.open('PlainTextSelection', [
    ['guid', s.guid],
    ['name', s.name],
    ['startPosition', toStandard(table, s.start)],
    ['endPosition', toStandard(table, s.end)],
    ['creatingUser', s.userGuid],
    ['creationDateTime', dateTime(s.createdAt)],
  ]);
  if (s.description !== '') xml.text('Description', s.description);
  for (const coding of s.codings) {
    xml.open('Coding', [
      ['guid', coding.guid],
      ['creatingUser', coding.userGuid],
      ['creationDateTime', dateTime(coding.createdAt)],
    ]);
    xml.empty('CodeRef', [['targetGUID', coding.codeGuid]]);
    for (const note of coding.noteGuids) xml.empty('NoteRef', [['targetGUID', note]]);
    xml.close('Coding');
  }
  for (const note of s.noteGuids) xml.empty('NoteRef', [['targetGUID', note]]);
  xml.close('PlainTextSelection');
}

function writeNote(xml: XmlWriter, note: RefiNote): void {
  xml.open('Note', [
    ['guid', note.guid],
    ['name', note.name],
    ['creatingUser', note.userGuid],
    ['creationDateTime', dateTime(note.createdAt)],
  ]);
  if (note.description !== '') xml.text('Description', note.description);
  // A note that came with a description alone goes back without an empty text beside it.
  if (note.text !== '' || note.description === '') xml.text('PlainTextContent', note.text);
  xml.close('Note');
}

function writeLink(xml: XmlWriter, link: RefiLink): void {
  const attrs = [
    ['guid', link.guid],
    ['name', link.name === '' ? null : link.name],
    ['direction', link.direction],
    ['color', link.colour],
    ['originGUID', link.originGuid],
    ['targetGUID', link.targetGuid],
  ] as const;
  if (link.noteGuids.length === 0) {
    xml.empty('Link', attrs);
    return;
  }
  xml.open('Link', attrs);
  for (const note of link.noteGuids) xml.empty('NoteRef', [['targetGUID', note]]);
  xml.close('Link');
}

const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** Only xsd:dateTime-shaped values are written; anything else is dropped rather than making the file invalid. */
function dateTime(value: string | null): string | null {
  return value !== null && DATE_TIME.test(value) ? value : null;
}
