import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../src/adapters/import';

/**
 * Random Unicode text, minus what a transcript never contains and the importer therefore treats as
 * a sign of a binary file: NUL and other C0/C1 control characters (tab, LF and CR stay, and CR/CRLF
 * line endings are mixed in on purpose). Also excluded: text with no visible character at all,
 * which is refused as empty, and — for BOM-less UTF-8 only — a leading U+FEFF, which no reader can
 * tell apart from a byte-order mark.
 */
const CONTROLS = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f]/g;
const transcript = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.string({ unit: 'grapheme' }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
      fc.constantFrom('\r\n', '\r', '\n'),
    ),
    { minLength: 1, maxLength: 20 },
  )
  .map((parts) => parts.join('').replace(CONTROLS, ''))
  .filter((text) => /\S/.test(text));

const expected = (text: string): string => text.replace(/\r\n?/g, '\n');

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16le = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le'));
const swap = (bytes: Uint8Array): Uint8Array => bytes.map((_, i) => bytes[i % 2 === 0 ? i + 1 : i - 1] ?? 0);
const withPrefix = (prefix: number[], body: Uint8Array): Uint8Array => new Uint8Array([...prefix, ...body]);

async function textOf(bytes: Uint8Array): Promise<string> {
  const outcome = await parseTranscript(bytes, 'random.txt');
  return outcome.ok ? outcome.transcript.text : `refused: ${outcome.reason}`;
}

describe('verbatim round trip of random Unicode text', () => {
  it('returns UTF-8 text without a BOM exactly, after line-ending normalisation', async () => {
    await fc.assert(
      fc.asyncProperty(
        transcript.filter((s) => !s.startsWith('\ufeff')),
        async (s) => {
          expect(await textOf(utf8(s))).toBe(expected(s));
        },
      ),
    );
  });

  it('returns UTF-8 text with a BOM exactly, after line-ending normalisation', async () => {
    await fc.assert(
      fc.asyncProperty(transcript, async (s) => {
        expect(await textOf(withPrefix([0xef, 0xbb, 0xbf], utf8(s)))).toBe(expected(s));
      }),
    );
  });

  it('returns UTF-16LE text with a BOM exactly, after line-ending normalisation', async () => {
    await fc.assert(
      fc.asyncProperty(transcript, async (s) => {
        expect(await textOf(withPrefix([0xff, 0xfe], utf16le(s)))).toBe(expected(s));
      }),
    );
  });

  it('returns UTF-16BE text with a BOM exactly, after line-ending normalisation', async () => {
    await fc.assert(
      fc.asyncProperty(transcript, async (s) => {
        expect(await textOf(withPrefix([0xfe, 0xff], swap(utf16le(s))))).toBe(expected(s));
      }),
    );
  });
});
