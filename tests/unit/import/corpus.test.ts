import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTranscript, type ImportedTranscript } from '../../../src/adapters/import';
import { corpus } from '../../fixtures/transcripts/make-corpus';

const DIR = fileURLToPath(new URL('../../fixtures/transcripts', import.meta.url));

async function read(name: string): Promise<ImportedTranscript> {
  const outcome = await readTranscript(join(DIR, name));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.transcript;
}

/** The distinct speakers in order of first turn, the turn count, and the words of the given turns. */
async function shape(name: string, shown: readonly number[] = [0, 1]) {
  const t = await read(name);
  const speakers = [...new Set(t.turns.map((turn) => turn.speaker))];
  return { speakers, turns: t.turns.length, words: shown.map((i) => t.text.slice(t.turns[i]!.textStart, t.turns[i]!.end)) };
}

describe('the transcript corpus', () => {
  it('is exactly what make-corpus.ts generates', () => {
    for (const [name, bytes] of Object.entries(corpus())) expect(new Uint8Array(readFileSync(join(DIR, name))), name).toEqual(bytes);
  });

  it('reads Otter.ai text: "Name  0:03" headings over the words', async () => {
    expect(await shape('otter.txt', [0, 3])).toEqual({
      speakers: ['Ana Costa', 'Bruno Lima'],
      turns: 4,
      words: ['So how did the project start for you?', 'Then it grew faster than we could hire.'],
    });
  });

  it('reads Otter.ai Word exports the same way as their text', async () => {
    expect(await shape('otter.docx', [0, 3])).toEqual(await shape('otter.txt', [0, 3]));
  });

  it('gives Otter.ai turns their start times, hours included', async () => {
    expect((await read('otter.txt')).turns.map((t) => t.startMs)).toEqual([3000, 9000, 21000, 3_723_000]);
  });

  it('reads Rev: "Name (00:01:05):" with the words below or on the same line', async () => {
    expect(await shape('rev.txt', [0, 3])).toEqual({
      speakers: ['Interviewer', 'Dana Park'],
      turns: 4,
      words: ['Thanks for making the time today.', 'With the outage, I suppose.'],
    });
  });

  it('reads Trint: "Speaker 1 [00:00:02]" headings', async () => {
    expect(await shape('trint.txt', [1])).toEqual({
      speakers: ['Speaker 1', 'Speaker 2'],
      turns: 4,
      words: ['I run the support desk, nine people.'],
    });
  });

  it('reads Descript: "[00:00:04] Guest: words"', async () => {
    const t = await read('descript.txt');
    expect([t.turns.map((x) => x.speaker), t.turns.map((x) => x.startMs)]).toEqual([
      ['Host', 'Guest', 'Host', 'Guest'],
      [0, 4000, 8000, 12000],
    ]);
  });

  it('reads Zoom VTT without voice tags, one turn per run of a speaker', async () => {
    expect(await shape('zoom.vtt', [1])).toEqual({
      speakers: ['Ana Costa', 'Bruno Lima'],
      turns: 3,
      words: ['Yes, loud and clear. Shall we start with the timeline?'],
    });
  });

  it('reads Microsoft Teams VTT with voice tags and GUID cue ids', async () => {
    expect(await shape('teams.vtt', [0, 1])).toEqual({
      speakers: ['Chris Novak', 'Eva Moreau'],
      turns: 2,
      words: ["Good morning, everyone. Let's go through the incident review.", 'I have the numbers ready.'],
    });
  });

  it('reads Microsoft Teams Word transcripts: timing line, name line, words', async () => {
    const t = await read('teams.docx');
    expect([t.turns.map((x) => x.speaker), t.turns.map((x) => x.startMs), t.text.slice(t.turns[1]!.textStart, t.turns[1]!.end)]).toEqual([
      ['Chris Novak', 'Eva Moreau', 'Chris Novak'],
      [0, 4270, 9110],
      'Morning. I have the numbers from last week.',
    ]);
  });

  it('reads f4/f5 transcripts: I:/B: labels, the closing stamp gives the end and the next start', async () => {
    const t = await read('f4.txt');
    expect([t.turns.map((x) => x.speaker), t.turns.map((x) => [x.startMs, x.endMs])]).toEqual([
      ['I', 'B', 'I', 'B'],
      [
        [null, 5200],
        [5200, 12000],
        [12000, 14800],
        [14800, 21400],
      ],
    ]);
  });

  it('reads MAXQDA/NVivo-style stamps before the label: {…}, (…) and a bare clock', async () => {
    const t = await read('stamped.txt');
    expect([t.turns.map((x) => x.speaker), t.turns.map((x) => x.startMs)]).toEqual([
      ['INT', 'RESP', 'INT', 'RESP'],
      [3000, 9000, 15200, 21700],
    ]);
  });

  it('reads bracketed speakers and keeps [laughs] in the words', async () => {
    expect(await shape('bracketed.txt', [1])).toEqual({
      speakers: ['INT', 'RESP'],
      turns: 4,
      words: ['There was one in March. [laughs] He called every day.'],
    });
  });

  it('reads a hard-wrapped oral history with a header as two speakers, not seven', async () => {
    expect((await shape('oral-history.txt')).speakers).toEqual([null, 'SMITH', 'REYES']);
  });

  it('keeps the header lines as one turn without a speaker and makes them attributes', async () => {
    const t = await read('oral-history.txt');
    expect([t.turns[0]?.speaker, t.attributes]).toEqual([
      null,
      { Interviewer: 'Jane Smith', Interviewee: 'Walter Reyes', Date: 'June 3, 1985', Location: 'Wilmington, Delaware' },
    ]);
  });

  it('joins the hard-wrapped lines into paragraphs and keeps an editorial bracket as words', async () => {
    const t = await read('oral-history.txt');
    expect(t.text.slice(t.turns[2]!.textStart, t.turns[2]!.end)).toBe(
      'I was born in Burlington, Iowa, in 1921. My father taught chemistry at the high school there, and he took me to the laboratory on Saturdays when I was small. That is where I met the man who hired me later. [Wallace Hume] Carothers said that he had never seen a boy so interested in glassware, and he wrote to my father.',
    );
  });

  it('reads Q:/A: interviews with the asker as interviewer', async () => {
    const t = await read('qa.txt');
    expect([t.turns.length, t.plan.choices.roles]).toEqual([4, { Q: 'interviewer', A: 'informant' }]);
  });

  it('reads Q./A. interviews', async () => {
    expect(await shape('qa-dots.txt', [1])).toEqual({ speakers: ['Q', 'A'], turns: 4, words: ['Operations manager.'] });
  });

  it('reads all-caps labels with numbers', async () => {
    expect((await shape('all-caps.txt')).speakers).toEqual(['MODERATOR', 'PARTICIPANT 1', 'PARTICIPANT 2']);
  });

  it('reads noScribe HTML: S00/S01 labels with their times, the title and info as a header', async () => {
    const t = await read('noscribe.html');
    expect([t.turns.map((x) => x.speaker), t.turns.map((x) => x.startMs), t.attributes]).toEqual([
      [null, 'S00', 'S01', 'S00', 'S01'],
      [null, 1000, 6000, 19000, 22000],
      { 'Audio file': 'interview-7.mp3' },
    ]);
  });

  it('reads noScribe segments of one paragraph as one turn and decodes entities', async () => {
    expect((await shape('noscribe.html', [2, 3])).words).toEqual([
      'About forty thousand square metres. Three buildings, one of them listed.',
      'Listed & still in use?',
    ]);
  });

  it('reads oTranscribe .otr: timestamp spans before the labels, the media file as an attribute', async () => {
    const t = await read('otranscribe.otr');
    expect([t.turns.map((x) => [x.speaker, x.startMs]), t.attributes]).toEqual([
      [
        ['Interviewer', 2000],
        ['Respondent', 8000],
        ['Interviewer', 14000],
      ],
      { Media: 'week-interview.m4a' },
    ]);
  });

  it('reads RTF: code page escapes, \\u characters and quotes, without the info group or header', async () => {
    const t = await read('interview.rtf');
    expect([
      t.turns.length,
      t.text.includes('Secret'),
      t.text.includes('Running header'),
      (await shape('interview.rtf', [0, 3])).words,
    ]).toEqual([4, false, false, ['How was the café after the renovation?', 'Only about the music 😀.']]);
  });

  it('reads OpenDocument text: its spaces and tabs, without its footnotes', async () => {
    expect(await shape('interview.odt', [1, 3])).toEqual({
      speakers: ['Interviewer', 'P2'],
      turns: 4,
      words: ['At the depot.  Everyone was\tthere.', 'We waited for the trucks & the radios.'],
    });
  });

  it('reads a Word table with speaker, time and text columns as turns of those speakers', async () => {
    const t = await read('speaker-table.docx');
    expect([t.turns.map((x) => [x.speaker, x.startMs]), t.text.slice(t.turns[3]!.textStart, t.turns[3]!.end)]).toEqual([
      [
        ['Interviewer', 2000],
        ['Respondent', 6000],
        ['Interviewer', 11000],
        ['Respondent', 14000],
      ],
      'Kept the log. Best log we ever had.',
    ]);
  });

  it('keeps every cue of a VTT with broken timings and reports each broken one', async () => {
    const t = await read('broken-timings.vtt');
    expect([t.text, t.warnings.length, t.warnings[0]]).toEqual([
      'One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.',
      2,
      'cue 2 (line 7): the timing line “00:00:02,000 -> 00:00:03.000” is not valid; its text is kept without a time',
    ]);
  });

  it('never pastes a broken SRT timing line into the cue before it', async () => {
    const t = await read('broken-timings.srt');
    expect([t.text, t.warnings]).toEqual([
      'How did it go?\n\nBadly at first. Then better.',
      ['cue 2 (line 6): the timing line “00:00:02,500 -> 00:00:04,000” is not valid; its text is kept without a time'],
    ]);
  });

  it('reads UTF-8 with stray bytes as UTF-8: a legacy line as windows-1252, a bad byte as U+FFFD, both reported', async () => {
    const t = await read('stray-bytes.txt');
    expect([t.encoding, t.text, t.warnings]).toEqual([
      'UTF-8 (1 line windows-1252, 1 byte replaced)',
      'Interviewer: Was the café open?\nP1: Yes, café au lait all day.\nP1: Bad byte \uFFFD here.\n',
      ['line 2 is not UTF-8 and was read as windows-1252', '1 byte that is not UTF-8 on line 3 replaced by �'],
    ]);
  });
});
