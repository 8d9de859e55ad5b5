import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../src/adapters/import';
import { docx, paragraph } from '../../fixtures/import/docx-builder';
import { imported, refusal } from './fixture-paths';
import { handMadeZip, zeros } from './hand-made-zip';

const MB = 1024 * 1024;

async function reasonFor(bytes: Uint8Array, name = 'interview.docx'): Promise<string> {
  const outcome = await parseTranscript(bytes, name);
  return outcome.ok ? `imported: ${outcome.transcript.text}` : outcome.reason;
}

describe('importing .docx files', () => {
  it('stores the paragraphs separated by a blank line, as mammoth extracts them', async () => {
    expect((await imported('table.docx')).text.startsWith('Interviewer: Tell me about the team.\n\nP1: We were five.')).toBe(true);
  });

  it('brings the text of table cells through', async () => {
    expect((await imported('table.docx')).text).toContain('Role\n\nYears\n\nEngineer\n\n4');
  });

  it('keeps doubled spaces, emoji and combining marks of Word runs', async () => {
    expect((await imported('table.docx')).text).toContain('We were five.  Mostly  engineers. 😀 cafe\u0301');
  });

  it('detects speaker turns in the paragraphs', async () => {
    expect((await imported('table.docx')).turns.map((t) => t.speaker)).toEqual(['Interviewer', 'P1', 'Interviewer']);
  });

  it('reports the docx format', async () => {
    const t = await imported('table.docx');
    expect([t.format, t.encoding, t.name]).toEqual(['docx', 'docx', 'table']);
  });

  it('refuses a truncated .docx as damaged', async () => {
    expect(await refusal('truncated.docx')).toMatch(/^truncated\.docx is not a valid \.docx \(the zip archive is damaged or incomplete/);
  });

  it('refuses a zip without word/document.xml', async () => {
    expect(await refusal('no-document.docx')).toMatch(/has no word\/document\.xml/);
  });

  it('refuses a text file renamed .docx as not a zip', async () => {
    expect(await reasonFor(strToU8('Interviewer: hi'))).toBe(
      'interview.docx is not a valid .docx (it is not a zip archive, which every .docx is).',
    );
  });

  it('refuses an old binary .doc renamed .docx with advice to re-save it', async () => {
    expect(await reasonFor(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatch(/Word 97–2003/);
  });

  it('refuses an empty .docx', async () => {
    expect(await reasonFor(new Uint8Array(0))).toBe('interview.docx is empty.');
  });

  it('refuses a zip bomb (300 MB of zeros) from its declared size without inflating it', async () => {
    const bomb = handMadeZip([{ name: 'word/document.xml', content: zeros(300 * MB) }]);
    expect(bomb.length).toBeLessThan(MB);
    expect(await reasonFor(bomb, 'bomb.docx')).toMatch(
      /^bomb\.docx looks like a zip bomb: it declares "word\/document\.xml" as 300 MB, over the 100 MB limit; it was not opened\.$/,
    );
  });

  it('refuses an entry over 10 MB that is compressed more than 100:1', async () => {
    const bomb = handMadeZip([{ name: 'word/document.xml', content: zeros(20 * MB) }]);
    expect(await reasonFor(bomb)).toMatch(/looks like a zip bomb/);
  });

  it('refuses a zip whose headers understate what it inflates to', async () => {
    const liar = handMadeZip([{ name: 'word/document.xml', content: zeros(50 * MB), claimedSize: 1000 }]);
    expect(await reasonFor(liar)).toMatch(/looks like a zip bomb: it unpacks "word\/document\.xml" to more than it declares/);
  });

  it('refuses a zip with more than 10,000 entries', async () => {
    const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8('<x/>') };
    for (let i = 0; i < 10_000; i++) files[`word/media/${i}.txt`] = new Uint8Array(0);
    expect(await reasonFor(zipSync(files, { level: 0 }))).toMatch(/looks like a zip bomb: it holds 10001 files, over the limit of 10000/);
  });

  it('refuses a .docx whose document has no text', async () => {
    expect(await reasonFor(docx(paragraph('   ')))).toBe('interview.docx contains no text, only blank space.');
  });
});
