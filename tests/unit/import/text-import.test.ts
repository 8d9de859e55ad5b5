import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../src/adapters/import';
import { LEGACY_TEXT, MARKDOWN_TEXT, UNICODE_TEXT } from '../../fixtures/import/make-fixtures';
import { imported, refusal } from './fixture-paths';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('importing .txt files', () => {
  it('keeps UTF-8 text verbatim, trailing spaces and doubled spaces included', async () => {
    expect((await imported('utf8.txt')).text).toBe(UNICODE_TEXT);
  });

  it('reports plain UTF-8 as UTF-8', async () => {
    expect((await imported('utf8.txt')).encoding).toBe('UTF-8');
  });

  it('drops a UTF-8 byte-order mark from the text and reports it', async () => {
    const t = await imported('utf8-bom.txt');
    expect([t.text, t.encoding]).toEqual([UNICODE_TEXT, 'UTF-8 with BOM']);
  });

  it('decodes UTF-16 little-endian with a BOM', async () => {
    const t = await imported('utf16le-bom.txt');
    expect([t.text, t.encoding]).toEqual([UNICODE_TEXT, 'UTF-16LE with BOM']);
  });

  it('decodes UTF-16 big-endian with a BOM', async () => {
    const t = await imported('utf16be-bom.txt');
    expect([t.text, t.encoding]).toEqual([UNICODE_TEXT, 'UTF-16BE with BOM']);
  });

  it('recognises UTF-16 little-endian without a BOM by its NUL bytes', async () => {
    const t = await imported('utf16le-no-bom.txt');
    expect([t.text, t.encoding]).toEqual([LEGACY_TEXT, 'UTF-16LE']);
  });

  it('recognises UTF-16 big-endian without a BOM by its NUL bytes', async () => {
    const t = await imported('utf16be-no-bom.txt');
    expect([t.text, t.encoding]).toEqual([LEGACY_TEXT, 'UTF-16BE']);
  });

  it('decodes Windows-1252 umlauts, accents, dashes and smart quotes', async () => {
    const t = await imported('windows-1252.txt');
    expect([t.text, t.encoding]).toEqual([LEGACY_TEXT, 'windows-1252']);
  });

  it('normalises CRLF line endings to LF', async () => {
    expect((await imported('crlf.txt')).text).toBe(UNICODE_TEXT);
  });

  it('normalises a lone CR (classic Mac) to LF', async () => {
    const outcome = await parseTranscript(bytes('a\rb\r\nc'), 'x.txt');
    expect(outcome.ok && outcome.transcript.text).toBe('a\nb\nc');
  });

  it('keeps e + combining acute accent decomposed (no Unicode normalisation)', async () => {
    expect((await imported('utf8.txt')).text).toContain('cafe\u0301');
  });

  it('keeps emoji, Arabic and Hebrew intact', async () => {
    const { text } = await imported('utf16be-bom.txt');
    expect(['👨‍👩‍👧', 'مرحبا بكم', 'שלום'].every((s) => text.includes(s))).toBe(true);
  });

  it('detects speaker turns in the decoded text', async () => {
    expect((await imported('utf8.txt')).turns.map((t) => t.speaker)).toEqual(['Interviewer', 'P1', 'P2', 'P1']);
  });

  it('names the document after the file without its extension', async () => {
    expect((await imported('utf8-bom.txt')).name).toBe('utf8-bom');
  });

  it('hashes the stored text as UTF-8 with SHA-256', async () => {
    const t = await imported('utf16le-bom.txt');
    expect(t.sha256).toBe((await imported('utf8.txt')).sha256);
  });

  it('records the size of the file in bytes', async () => {
    expect((await imported('utf16le-bom.txt')).sourceBytes).toBe(2 + UNICODE_TEXT.length * 2);
  });

  it('refuses an empty file', async () => {
    expect(await refusal('empty.txt')).toBe('empty.txt is empty.');
  });

  it('refuses a file holding only a byte-order mark as empty', async () => {
    const outcome = await parseTranscript(new Uint8Array([0xef, 0xbb, 0xbf]), 'bom.txt');
    expect(outcome.ok ? '' : outcome.reason).toBe('bom.txt is empty.');
  });

  it('refuses a binary file (PNG bytes renamed .txt)', async () => {
    expect(await refusal('binary.txt')).toBe('binary.txt looks like a binary file, not a transcript.');
  });

  it('refuses text full of control characters as binary', async () => {
    const outcome = await parseTranscript(bytes('\x01\x02\x03\x04 abc \x05\x06\x07'), 'x.txt');
    expect(outcome.ok ? '' : outcome.reason).toMatch(/binary/);
  });

  it('accepts a stray control character in ordinary prose', async () => {
    const outcome = await parseTranscript(bytes(`P1: ${'word '.repeat(40)}\x1a`), 'x.txt');
    expect(outcome.ok).toBe(true);
  });

  it('refuses a file type it does not import and says which ones it does', async () => {
    const outcome = await parseTranscript(bytes('x'), 'report.xlsx');
    expect(outcome.ok ? '' : outcome.reason).toBe(
      'report.xlsx is a .xlsx file; Gioia Studio imports .txt, .md, .docx, .odt, .pdf, .rtf, .html, .otr, .vtt and .srt transcripts.',
    );
  });

  it('refuses UTF-16 with an odd number of bytes as cut off', async () => {
    const outcome = await parseTranscript(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), 'x.txt');
    expect(outcome.ok ? '' : outcome.reason).toMatch(/cut off/);
  });
});

describe('importing .md files', () => {
  it('keeps Markdown markup verbatim', async () => {
    expect((await imported('interview.md')).text).toBe(MARKDOWN_TEXT);
  });

  it('finds speakers in bold labels', async () => {
    expect((await imported('interview.md')).turns.map((t) => t.speaker)).toEqual([null, 'Interviewer', 'P4', 'Interviewer']);
  });

  it('reports the md format', async () => {
    expect((await imported('interview.md')).format).toBe('md');
  });
});
