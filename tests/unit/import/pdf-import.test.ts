import { describe, expect, it } from 'vitest';
import { parseTranscript, type ImportedTranscript } from '../../../src/adapters/import';
import { scannedPdf, transcriptPdf } from '../../fixtures/transcripts/pdf-fixtures';

const LONG =
  'We had three outages in one winter, and each time the customers heard about it from the news before they heard it from us, which is the part that still bothers me when I think about how we handled the whole thing.';

async function imported(bytes: Uint8Array, name = 'interview.pdf'): Promise<ImportedTranscript> {
  const outcome = await parseTranscript(bytes, name);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.transcript;
}

async function reason(bytes: Uint8Array, name = 'interview.pdf'): Promise<string> {
  const outcome = await parseTranscript(bytes, name);
  return outcome.ok ? 'imported' : outcome.reason;
}

const twoPages = () =>
  transcriptPdf([
    [
      ['Interviewer', 'How did the winter go?'],
      ['Respondent', LONG],
    ],
    [
      ['Interviewer', 'What changed afterwards?'],
      ['Respondent', 'We wrote to every customer ourselves.'],
    ],
  ]);

describe('importing PDF files', () => {
  it('reads the text layer in reading order with a turn per speaker label', async () => {
    const t = await imported(await twoPages());
    expect(t.turns.map((x) => x.speaker)).toEqual(['Interviewer', 'Respondent', 'Interviewer', 'Respondent']);
  });

  it('joins the lines of a wrapped paragraph back into one paragraph', async () => {
    const t = await imported(await twoPages());
    expect(t.text.slice(t.turns[1]!.textStart, t.turns[1]!.end)).toBe(LONG);
  });

  it('leaves out the running header and the page numbers and says so', async () => {
    const t = await imported(await twoPages());
    expect([t.text.includes('Harbour Study'), /^\d+$/m.test(t.text), t.warnings]).toEqual([
      false,
      false,
      ['4 running header, footer or page-number lines were left out'],
    ]);
  });

  it('keeps each page as a range of the text', async () => {
    const t = await imported(await twoPages());
    const second = t.plan.pages[1]!;
    expect([t.plan.pages.map((p) => p.page), t.text.slice(second.start, second.end)]).toEqual([
      [1, 2],
      'Interviewer: What changed afterwards?\n\nRespondent: We wrote to every customer ourselves.',
    ]);
  });

  it('refuses a PDF without a text layer and says it needs text recognition', async () => {
    expect(await reason(await scannedPdf())).toBe(
      'interview.pdf has no text layer (its pages look like scanned images); run text recognition (OCR) on it and import the result.',
    );
  });

  it('refuses a damaged PDF', async () => {
    const bytes = await twoPages();
    expect(await reason(bytes.subarray(0, 400))).toMatch(/^interview\.pdf is not a valid PDF \(.*\); it may be damaged or cut off\.$/);
  });

  it('refuses an empty PDF', async () => {
    expect(await reason(new Uint8Array(0))).toBe('interview.pdf is empty.');
  });

  it('refuses a text file named .pdf', async () => {
    expect(await reason(new TextEncoder().encode('Interviewer: hello'))).toBe(
      'interview.pdf is not a PDF document (it does not start with “%PDF”).',
    );
  });
});
