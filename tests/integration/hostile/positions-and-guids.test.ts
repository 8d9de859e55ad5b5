import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUID, hostileQdpx } from '../../fixtures/hostile';
import { codingBackend } from '../helpers/coding-backend';

/** Imports a .qdpx as a new project through the API and returns the report and what was stored. */
async function importHostile(bytes: Uint8Array) {
  const { call, dir } = codingBackend();
  const file = join(dir, 'hostile.qdpx');
  writeFileSync(file, bytes);
  const result = await call('importRefi', { path: file, newProjectPath: join(dir, 'out.gioia') });
  const [doc] = await call('listDocuments');
  const segments = doc === undefined ? [] : await call('listSegments', { documentId: doc.id });
  return { result, doc, segments, call };
}

async function refusal(bytes: Uint8Array) {
  const { call, dir } = codingBackend();
  const file = join(dir, 'hostile.qdpx');
  writeFileSync(file, bytes);
  const error = await call('importRefi', { path: file, newProjectPath: join(dir, 'out.gioia') }).catch((e: unknown) => e);
  return {
    error: error as Error & { code: string },
    written: existsSync(join(dir, 'out.gioia')),
    files: readdirSync(dir).filter((f) => f !== 'data'),
  };
}

describe('hostile selection positions are reported per selection, never repaired', () => {
  it('does not clamp a negative start onto the opening of the transcript', async () => {
    const { result, segments } = await importHostile(hostileQdpx({ selections: [{ start: -5, end: 11 }] }));
    expect(segments).toEqual([]);
    expect(result.details).toContain(
      `"Interview A": 1 selection not imported — selection ${GUID(200)} (-5–11): it has a negative position.`,
    );
  });

  it('reports a selection that ends before it starts', async () => {
    const { result, segments } = await importHostile(hostileQdpx({ selections: [{ start: 20, end: 4 }] }));
    expect(segments).toEqual([]);
    expect(result.details.join('\n')).toContain(`selection ${GUID(200)} (20–4): it ends before it starts`);
  });

  it('reports a selection past the end of the text and keeps the good one', async () => {
    const { result, segments } = await importHostile(
      hostileQdpx({
        selections: [
          { start: 0, end: 11 },
          { start: 10, end: 9000, guid: GUID(201) },
        ],
      }),
    );
    expect(segments.map((s) => s.quote)).toEqual(['Interviewer']);
    expect(result.details.join('\n')).toContain(`selection ${GUID(201)} (10–9000): it lies past the end of the text (43 characters)`);
  });
});

describe('duplicate and dangling GUIDs', () => {
  it('refuses two codes with one GUID, naming both, and writes no project', async () => {
    const codes = `<Code guid="${GUID(10)}" name="Chaos" isCodable="true"/><Code guid="${GUID(10)}" name="Calm" isCodable="true"/>`;
    const { error, written, files } = await refusal(hostileQdpx({ codes }));
    expect(error.code).toBe('file-invalid');
    expect(error.message).toContain(`gives the GUID ${GUID(10)} to both Code "Chaos" and Code "Calm"`);
    expect(written).toBe(false);
    expect(files).toEqual(['hostile.qdpx']);
  });

  it('gives a selection that repeats another selection’s GUID a new one, says so, and imports both', async () => {
    const { result, segments } = await importHostile(
      hostileQdpx({
        selections: [
          { start: 0, end: 11 },
          { start: 13, end: 18, guid: GUID(200) },
        ],
      }),
    );
    expect(segments.map((s) => s.quote).sort()).toEqual(['Hello', 'Interviewer']);
    expect(result.details).toContain(
      `PlainTextSelection "" has the GUID ${GUID(200)} of an earlier PlainTextSelection; it was given a new one.`,
    );
  });

  it('keeps every value of two variables with the same name, the second under a numbered name', async () => {
    const variables = `<Variables><Variable guid="${GUID(50)}" name="Firm" typeOfVariable="Text"/><Variable guid="${GUID(51)}" name="Firm" typeOfVariable="Text"/></Variables>`;
    const values = (guid: number, value: string) =>
      `<VariableValue><VariableRef targetGUID="${GUID(guid)}"/><TextValue>${value}</TextValue></VariableValue>`;
    const sources = [100, 101, 102]
      .map(
        (n, i) =>
          `<TextSource guid="${GUID(n)}" name="Interview ${i}"><PlainTextContent>P1: text ${i}</PlainTextContent>${values(50, `A${i}`)}${values(51, `B${i}`)}</TextSource>`,
      )
      .join('');
    const { result, call } = await importHostile(hostileQdpx({ extra: variables, sources }));
    const attributes = (await call('listDocuments')).map((d) => d.attributes);
    expect(attributes).toEqual([
      { Firm: 'A0', 'Firm (2)': 'B0' },
      { Firm: 'A1', 'Firm (2)': 'B1' },
      { Firm: 'A2', 'Firm (2)': 'B2' },
    ]);
    expect(result.details).toContain('Variable "Firm" appears more than once; this one was imported as "Firm (2)".');
  });

  it('reports codings of unknown codes, values of unknown variables and a case’s link to a missing source, keeping the case’s value', async () => {
    const cases = `<Variables><Variable guid="${GUID(50)}" name="Firm" typeOfVariable="Text"/></Variables><Cases><Case guid="${GUID(60)}" name="Ana"><VariableValue><VariableRef targetGUID="${GUID(50)}"/><TextValue>Alba</TextValue></VariableValue><SourceRef targetGUID="${GUID(999)}"/></Case></Cases>`;
    const source = `<TextSource guid="${GUID(100)}" name="Interview A"><PlainTextContent>P1: text here</PlainTextContent><VariableValue><VariableRef targetGUID="${GUID(58)}"/><TextValue>x</TextValue></VariableValue><PlainTextSelection guid="${GUID(200)}" startPosition="0" endPosition="2"><Coding guid="${GUID(300)}"><CodeRef targetGUID="${GUID(88)}"/></Coding></PlainTextSelection></TextSource>`;
    const { result } = await importHostile(hostileQdpx({ extra: cases, sources: source }));
    expect(result.details).toEqual(
      expect.arrayContaining([
        '1 coding skipped: they refer to codes not in the codebook.',
        '1 variable value skipped: they refer to variables the file does not define.',
        'Case "Ana": 1 link not kept, to 00000000-0000-4000-8000-000000000999, which the file does not define.',
        '1 case with 1 attribute value, 1 of them linked to no document.',
      ]),
    );
  });
});
