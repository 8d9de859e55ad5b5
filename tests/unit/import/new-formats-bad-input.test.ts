import { closeSync, ftruncateSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTranscript, readTranscript } from '../../../src/adapters/import';
import { strToU8, zipSync } from 'fflate';
import { corpus } from '../../fixtures/transcripts/make-corpus';
import { handMadeZip, zeros } from './hand-made-zip';
import { tempDir } from '../../integration/helpers/temp';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function reason(bytes: Uint8Array, name: string): Promise<string> {
  const outcome = await parseTranscript(bytes, name);
  return outcome.ok ? `imported: ${outcome.transcript.text}` : outcome.reason;
}

describe.each(['x.odt', 'x.rtf', 'x.html', 'x.otr', 'x.pdf'])('bad input for %s', (name) => {
  it('refuses an empty file', async () => {
    expect(await reason(new Uint8Array(0), name)).toBe(`${name} is empty.`);
  });

  it('refuses a file over the size limit from its size alone', async () => {
    const path = join(tempDir(), name);
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    const outcome = await readTranscript(path);
    expect(outcome.ok ? '' : outcome.reason).toBe(`${name} is too large (200 MB; the limit is 100 MB).`);
  });
});

describe('bad RTF', () => {
  it('refuses a file that is not RTF', async () => {
    expect(await reason(utf8('Interviewer: hi'), 'x.rtf')).toBe('x.rtf is not an RTF document (it does not start with “{\\rtf”).');
  });

  it('refuses an RTF document cut off before its groups close', async () => {
    const rtf = corpus()['interview.rtf']!;
    expect(await reason(rtf.subarray(0, rtf.length - 40), 'x.rtf')).toBe(
      'x.rtf is damaged or cut off (it ends before all of its groups are closed).',
    );
  });
});

describe('bad HTML', () => {
  it('refuses HTML without any text', async () => {
    expect(await reason(utf8('<html><head><title>T</title></head><body><script>x()</script></body></html>'), 'x.html')).toBe(
      'x.html contains no text, only blank space.',
    );
  });

  it('refuses binary bytes named .html', async () => {
    expect(await reason(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]), 'x.html')).toBe(
      'x.html looks like a binary file, not a transcript.',
    );
  });

  it('refuses HTML nested deeper than any transcript', async () => {
    expect(await reason(utf8('<div>'.repeat(300) + 'deep'), 'x.html')).toMatch(
      /^x\.html could not be imported .*nested more than 256 levels/,
    );
  });
});

describe('bad oTranscribe files', () => {
  it('refuses a damaged .otr whose JSON cannot be read', async () => {
    const otr = corpus()['otranscribe.otr']!;
    expect(await reason(otr.subarray(0, 50), 'x.otr')).toMatch(/^x\.otr is not a valid oTranscribe file \(its JSON cannot be read: /);
  });

  it('refuses JSON without a text field', async () => {
    expect(await reason(utf8('{"media":"a.mp3"}'), 'x.otr')).toBe('x.otr is not a valid oTranscribe file (it has no "text" field).');
  });
});

describe('bad OpenDocument text', () => {
  it('refuses a truncated .odt as damaged', async () => {
    const odt = corpus()['interview.odt']!;
    expect(await reason(odt.subarray(0, Math.floor(odt.length / 2)), 'x.odt')).toMatch(/^x\.odt is not a valid \.odt \(the zip archive /);
  });

  it('refuses a text file named .odt', async () => {
    expect(await reason(utf8('Interviewer: hi'), 'x.odt')).toBe(
      'x.odt is not a valid .odt (it is not a zip archive, which every .odt is).',
    );
  });

  it('refuses a zip without content.xml', async () => {
    expect(await reason(zipSync({ 'other.xml': strToU8('<x/>') }), 'x.odt')).toBe(
      'x.odt is not a valid .odt (it has no content.xml, so it is not an OpenDocument file).',
    );
  });

  it('refuses a zip bomb from its declared size without inflating it', async () => {
    const bomb = handMadeZip([{ name: 'content.xml', content: zeros(300 * 1024 * 1024) }]);
    expect(await reason(bomb, 'x.odt')).toMatch(/^x\.odt looks like a zip bomb: /);
  });
});
