import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { nameProblem, textProblem } from '../../../src/core/text-rules';
import { GUID, HOSTILE_NAMES, hostileQdc, hostileQdpx } from '../../fixtures/hostile';
import { codingBackend, demoBackend, snapshot, type Call } from '../helpers/coding-backend';

const NAMES = Object.entries(HOSTILE_NAMES);

/** Every stored name obeys the name rule and every stored text the text rule. */
async function expectStorable(call: Call): Promise<void> {
  for (const c of await call('listCodes')) {
    expect(nameProblem(c.name), c.name.slice(0, 40)).toBeNull();
    expect(textProblem(c.definition)).toBeNull();
  }
  for (const d of await call('listDocuments')) {
    expect(nameProblem(d.name)).toBeNull();
    const doc = await call('getDocument', { documentId: d.id });
    expect(textProblem(doc.text)).toBeNull();
    expect(doc.text.length).toBe(d.length);
    expect(createHash('sha256').update(doc.text, 'utf8').digest('hex')).toBe(d.sha256);
    for (const s of await call('listSegments', { documentId: d.id })) {
      expect(s.end).toBeLessThanOrEqual(doc.text.length);
      expect(doc.text.slice(s.start, s.end)).toBe(s.quote);
    }
  }
  for (const c of await call('listCoders')) expect(nameProblem(c.name)).toBeNull();
}

/** Every XML part of an Office or .qdpx file is well-formed (xmllint parses it). */
function expectWellFormedParts(bytes: Uint8Array, dir: string): void {
  for (const [name, content] of Object.entries(unzipSync(bytes))) {
    if (!/\.(xml|rels|qde)$/.test(name)) continue;
    const file = join(dir, 'part.xml');
    writeFileSync(file, content);
    expect(() => execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' }), name).not.toThrow();
  }
}

describe('hostile names through the API are refused and change nothing', () => {
  for (const [what, name] of NAMES) {
    it(`refuses a code, coder and document name with ${what}`, async () => {
      const { call, docs } = await demoBackend();
      const before = await snapshot(call);
      await expect(call('createCode', { level: 'concept', name, parentId: null })).rejects.toMatchObject({ code: 'invalid-arguments' });
      await expect(call('createCoder', { name, colour: '#336699' })).rejects.toMatchObject({ code: 'invalid-arguments' });
      await expect(call('renameDocument', { documentId: docs[0]?.id ?? '', name })).rejects.toMatchObject({ code: 'invalid-arguments' });
      await expect(call('setDocumentAttribute', { documentId: docs[0]?.id ?? '', name, value: 'x' })).rejects.toMatchObject({
        code: 'invalid-arguments',
      });
      expect(await snapshot(call)).toEqual(before);
    });
  }
});

describe('hostile names in a .qdpx are repaired to the name rule and each repair is reported', () => {
  for (const [what, name] of NAMES) {
    it(`imports a code and a source named with ${what} under storable names`, async () => {
      const { call, dir } = codingBackend();
      const file = join(dir, 'hostile.qdpx');
      writeFileSync(file, hostileQdpx({ codeName: name, sourceName: name }));
      const result = await call('importRefi', { path: file, newProjectPath: join(dir, 'out.gioia') });
      expect(result.details.filter((d) => /^(Code|Source) ".*": name /.test(d))).toHaveLength(2);
      await expectStorable(call);
    });
  }
});

describe('text that is not valid Unicode', () => {
  it('stores a .qdpx source holding &#xD800; with U+FFFD, reports it, and keeps length, hash and codings consistent', async () => {
    const { call, dir } = codingBackend();
    const file = join(dir, 'surrogate.qdpx');
    writeFileSync(
      file,
      hostileQdpx({ sourceXml: 'Interviewer: A&#xD800;B and &#xB; here.\nP1: It was chaos.', selections: [{ start: 0, end: 16 }] }),
    );
    const result = await call('importRefi', { path: file, newProjectPath: join(dir, 'out.gioia') });
    expect(result.details).toContain('Source "Interview A": 2 invalid or control characters replaced.');
    const [doc] = await call('listDocuments');
    const content = await call('getDocument', { documentId: doc?.id ?? '' });
    expect(content.text.startsWith('Interviewer: A\ufffdB and \n here.')).toBe(true);
    await expectStorable(call);
  });

  it('writes well-formed DOCX, PPTX, XLSX and .qdpx from a project imported out of a hostile .qdpx', async () => {
    const { call, dir } = codingBackend();
    const file = join(dir, 'controls.qdpx');
    writeFileSync(
      file,
      hostileQdpx({
        codeName: 'Chaos\u000b\u0000here',
        sourceXml: 'Interviewer: &#xB;&#x1;&#xD800; quote.\nP1: chaos',
        selections: [{ start: 13, end: 20 }],
      }),
    );
    await call('importRefi', { path: file, newProjectPath: join(dir, 'out.gioia') });
    for (const format of ['docx', 'pptx', 'xlsx'] as const) {
      const exported = await call('exportStructure', { format });
      expectWellFormedParts(Buffer.from(exported.dataBase64, 'base64'), dir);
    }
    for (const format of ['docx', 'xlsx'] as const) {
      const exported = await call('exportQuotesTable', { format, perConcept: 3 });
      expectWellFormedParts(Buffer.from(exported.dataBase64, 'base64'), dir);
    }
    const qdpx = await call('exportRefiData', { format: 'qdpx' });
    expectWellFormedParts(Buffer.from(qdpx.dataBase64, 'base64'), dir);
  });
});

describe('hostile names in codebooks and attribute files', () => {
  for (const [what, name] of NAMES) {
    it(`merges a .qdc code named with ${what} under a storable name, reported`, async () => {
      const { call, dir } = await demoBackend();
      const file = join(dir, 'hostile.qdc');
      writeFileSync(file, hostileQdc(name));
      const result = await call('importRefi', { path: file });
      expect(result.details.some((d) => /^Code ".*": name /.test(d))).toBe(true);
      await expectStorable(call);
    });

    it(`refuses an attributes CSV whose column or value has ${what}, changing nothing`, async () => {
      const { call, docs } = await demoBackend();
      const before = await snapshot(call);
      const header = `document,"${name.replace(/"/g, '""')}"\n${docs[0]?.name},x\n`;
      const value = `document,phase\n${docs[0]?.name},"${name.replace(/"/g, '""')}"\n`;
      await expect(call('importAttributesCsv', { csv: header })).rejects.toMatchObject({ code: 'file-invalid' });
      if (name.length <= 10_000) await expect(call('importAttributesCsv', { csv: value })).rejects.toMatchObject({ code: 'file-invalid' });
      expect(await snapshot(call)).toEqual(before);
    });
  }
});

describe('hostile names in a project file being merged', () => {
  for (const [what, name] of NAMES) {
    it(`refuses to merge a file with a code named with ${what}, naming that file, and changes nothing`, async () => {
      const { call, dir } = await demoBackend();
      const info = await call('getProjectSummary');
      const other = join(dir, 'colleague.gioia');
      copyFileSync(info.path, other);
      const db = new Database(other);
      db.prepare(
        `INSERT INTO codes (id, level, parent_id, name, definition, colour, position, created_at) VALUES (?, 'concept', NULL, ?, '', '#123456', 99, '2024-01-01T00:00:00Z')`,
      ).run(GUID(77), name);
      db.close();
      const before = await snapshot(call);
      const error = await call('mergeProject', { path: other }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'file-invalid' });
      expect((error as Error).message.startsWith(other)).toBe(true);
      expect((error as Error).message.length).toBeLessThan(400);
      expect(await snapshot(call)).toEqual(before);
    });
  }
});

describe('transcripts', () => {
  it('replaces control characters in a .txt transcript and says so', async () => {
    const { call, dir } = await demoBackend();
    const file = join(dir, 'vt.txt');
    writeFileSync(file, 'Interviewer: one\u000btwo\u0001three\n');
    const report = await call('importFiles', { paths: [file] });
    expect(report.results[0]?.details).toContain('2 invalid or control characters replaced (U+FFFD, or a line break for U+000B/U+000C)');
    await expectStorable(call);
  });
});
