import { describe, expect, it } from 'vitest';
import { parseTranscript, type ImportedTranscript } from '../../../src/adapters/import';
import { imported } from './fixture-paths';

const spans = (t: ImportedTranscript): [string | null, number | null, number | null, string][] =>
  t.turns.map((turn) => [turn.speaker, turn.startMs, turn.endMs, t.text.slice(turn.start, turn.end)]);

async function parse(text: string, name: string): Promise<ImportedTranscript | string> {
  const outcome = await parseTranscript(new TextEncoder().encode(text), name);
  return outcome.ok ? outcome.transcript : outcome.reason;
}

describe('importing .vtt files', () => {
  it('stores only the spoken words: no header, notes, styles, cue ids, timings or tags', async () => {
    expect((await imported('voices.vtt')).text).toBe(
      'How did the project start?\n\nIt started & stopped in 2019. Then we restarted. 😀\n\nWhy?',
    );
  });

  it('turns voice tags into speakers with cue times, merging a speaker’s consecutive cues', async () => {
    expect(spans(await imported('voices.vtt'))).toEqual([
      ['Interviewer', 1000, 4000, 'How did the project start?'],
      ['Ana Costa', 4500, 9250, 'It started & stopped in 2019. Then we restarted. 😀'],
      ['Interviewer', 9500, 11000, 'Why?'],
    ]);
  });

  it('splits a cue with two voices into two turns', async () => {
    const t = await parse('WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>Hi.</v> <v B>Hello.</v>\n', 'x.vtt');
    expect(typeof t === 'string' ? t : t.turns.map((x) => x.speaker)).toEqual(['A', 'B']);
  });

  it('takes Zoom-style "Name: words" cues without voice tags as speakers', async () => {
    const t = await parse('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nAna Costa: Hello there.\n', 'zoom.vtt');
    expect(typeof t === 'string' ? t : [t.text, t.turns[0]?.speaker]).toEqual(['Hello there.', 'Ana Costa']);
  });

  it('refuses a file without the WEBVTT header', async () => {
    expect(await parse('00:01.000 --> 00:02.000\nHi\n', 'x.vtt')).toBe(
      'x.vtt is not a WebVTT subtitle file (it does not start with "WEBVTT").',
    );
  });

  it('refuses a WebVTT file without any spoken text', async () => {
    expect(await parse('WEBVTT\n\nNOTE nothing here\n', 'x.vtt')).toBe('x.vtt has no spoken text in its cues.');
  });
});

describe('importing .srt files', () => {
  it('strips styling tags and position codes from the stored text', async () => {
    expect((await imported('styled.srt')).text).toBe(
      'How did it start?\n\nIt started slowly, I think. Then fast.\n\nReally fast.\n\n[laughs] No kidding.',
    );
  });

  it('takes SPEAKER: and [Name] at cue start as speakers, with cue times', async () => {
    expect(spans(await imported('styled.srt'))).toEqual([
      ['INTERVIEWER', 1000, 3500, 'How did it start?'],
      ['SPEAKER 1', 4000, 8000, 'It started slowly, I think. Then fast.'],
      ['Ana', 8500, 10000, 'Really fast.'],
      [null, 10500, 12000, '[laughs] No kidding.'],
    ]);
  });

  it('keeps a cue whose text contains a blank line whole', async () => {
    const t = await parse('1\n00:00:01,000 --> 00:00:02,000\nOne\n\ntwo\n\n2\n00:00:05,000 --> 00:00:06,000\nThree\n', 'x.srt');
    expect(typeof t === 'string' ? t : t.text).toBe('One two\n\nThree');
  });

  it('refuses a file without timing lines', async () => {
    expect(await parse('Just some words\n', 'x.srt')).toMatch(/^x\.srt is not a valid \.srt subtitle file/);
  });
});
