import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSpeakerLabel } from '../../../src/core/speaker-labels';
import { detectSpeakerTurns } from '../../../src/core/speaker-turns';

const words = (text: string, t: { textStart: number; end: number }): string => text.slice(t.textStart, t.end);
const speakers = (text: string): (string | null)[] => detectSpeakerTurns(text).map((t) => t.speaker);

describe('detectSpeakerTurns', () => {
  it('returns no turns for an empty text', () => {
    expect(detectSpeakerTurns('')).toEqual([]);
  });

  it('finds Interviewer: and P1: labels', () => {
    expect(speakers('Interviewer: Hi.\nP1: Hello.')).toEqual(['Interviewer', 'P1']);
  });

  it('finds a bracketed label at the start of a line', () => {
    const text = '[Customer – HR manager] We waited.\n[Interviewer] Why?';
    expect(speakers(text)).toEqual(['Customer – HR manager', 'Interviewer']);
  });

  it('gives a bracketed label alone on its line the words of the lines below', () => {
    const text = '[Interviewer]\nHow did it start?\n[P1]\nSlowly.';
    const turns = detectSpeakerTurns(text);
    expect(turns.map((t) => [t.speaker, words(text, t)])).toEqual([
      ['Interviewer', 'How did it start?'],
      ['P1', 'Slowly.'],
    ]);
  });

  it('keeps a bracketed stage direction such as [Laughter] in the text', () => {
    expect(speakers('P1: Yes.\n[Laughter] Really.')).toEqual(['P1']);
  });

  it('reads a transcription-service heading with its start time', () => {
    const text = 'SPEAKER 1  00:01:23\nWe began in May.\n\nSPEAKER 2  00:02:05\nWhy then?';
    expect(detectSpeakerTurns(text).map((t) => [t.speaker, t.startMs, words(text, t)])).toEqual([
      ['SPEAKER 1', 83_000, 'We began in May.'],
      ['SPEAKER 2', 125_000, 'Why then?'],
    ]);
  });

  it('reads a name followed by a time in parentheses and a colon', () => {
    const [turn] = detectSpeakerTurns('Ana Costa (00:01:23): We began.');
    expect(turn).toMatchObject({ speaker: 'Ana Costa', startMs: 83_000 });
  });

  it('reads a time followed by a name and a colon', () => {
    const text = '[00:00:05] Interviewer: Hello.';
    const [turn] = detectSpeakerTurns(text);
    expect([turn?.speaker, turn?.startMs, words(text, turn!)]).toEqual(['Interviewer', 5_000, 'Hello.']);
  });

  it('reads Markdown bold labels with the colon inside or outside the stars', () => {
    expect(speakers('**Interviewer:** Hi.\n**P1**: Hello.')).toEqual(['Interviewer', 'P1']);
  });

  it('includes the label in the turn range but starts the words after it', () => {
    const text = '**P1:** Hello.';
    const [turn] = detectSpeakerTurns(text);
    expect([turn?.start, text.slice(turn!.textStart, turn!.end)]).toEqual([0, 'Hello.']);
  });

  it('does not take a sentence ending in a clock time for a speaker heading', () => {
    expect(speakers('we met again at 10:30\nand talked.')).toEqual([null]);
  });

  it('keeps a multi-paragraph answer in one turn until the next label', () => {
    const text = 'P1: First.\n\nSecond.\nInterviewer: Thanks.';
    expect(detectSpeakerTurns(text).map((t) => text.slice(t.start, t.end))).toEqual(['P1: First.\n\nSecond.', 'Interviewer: Thanks.']);
  });

  it('splits unlabelled text into paragraphs with no speaker', () => {
    expect(speakers('One.\n\nTwo.')).toEqual([null, null]);
  });

  it('counts offsets in UTF-16 units so an emoji takes two', () => {
    expect(detectSpeakerTurns('P1: 😀\nP2: ok')[1]?.start).toBe('P1: 😀\n'.length);
  });

  it('returns ordered ranges inside the text for any input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('\n', 'P1: ', '[Ana] ', '**A:** ', 'S 1  0:03\n')), {
          maxLength: 30,
        }),
        (parts) => {
          const text = parts.join('');
          let previousEnd = 0;
          for (const t of detectSpeakerTurns(text)) {
            expect(previousEnd <= t.start && t.start <= t.textStart && t.textStart <= t.end && t.end <= text.length).toBe(true);
            previousEnd = t.end;
          }
        },
      ),
    );
  });
});

describe('matchSpeakerLabel', () => {
  it('does not take a URL for a label', () => {
    expect(matchSpeakerLabel('https://example.org')).toBeNull();
  });

  it('does not take a bracketed timestamp for a label', () => {
    expect(matchSpeakerLabel('[00:01:23]')).toBeNull();
  });
});
