import { describe, expect, it } from 'vitest';
import { assembleCues, type Cue } from '../../../src/core/cue-transcript';

const cue = (startMs: number, text: string, voice: string | null = null): Cue => ({ startMs, endMs: startMs + 1000, voice, text });

describe('assembleCues', () => {
  it('merges consecutive cues of the same speaker into one turn joined by a space', () => {
    const { text, turns } = assembleCues([cue(0, 'Hi', 'Ana'), cue(1000, 'there.', 'Ana')]);
    expect([text, turns.length, turns[0]?.endMs]).toEqual(['Hi there.', 1, 2000]);
  });

  it('separates turns of different speakers by a blank line', () => {
    expect(assembleCues([cue(0, 'Hi', 'Ana'), cue(1000, 'Hello', 'Bo')]).text).toBe('Hi\n\nHello');
  });

  it('keeps cues without a speaker as one turn each', () => {
    expect(assembleCues([cue(0, 'One'), cue(1000, 'Two')]).turns).toHaveLength(2);
  });

  it('moves a SPEAKER: prefix out of the text into the turn', () => {
    const { text, turns } = assembleCues([cue(0, 'SPEAKER 1: Hello.')]);
    expect([text, turns[0]?.speaker]).toEqual(['Hello.', 'SPEAKER 1']);
  });

  it('moves a [Name] prefix out of the text into the turn', () => {
    const { text, turns } = assembleCues([cue(0, '[Ana] Hello.')]);
    expect([text, turns[0]?.speaker]).toEqual(['Hello.', 'Ana']);
  });

  it('gives a label alone in its cue to the next cue', () => {
    const { text, turns } = assembleCues([cue(0, 'JOHN:'), cue(1000, 'Hello.')]);
    expect([text, turns[0]?.speaker]).toEqual(['Hello.', 'JOHN']);
  });

  it('leaves a long once-used colon phrase in the text', () => {
    expect(assembleCues([cue(0, 'What I really meant to say: no.')]).text).toBe('What I really meant to say: no.');
  });

  it('makes every turn range slice exactly its words', () => {
    const { text, turns } = assembleCues([cue(0, 'Hi 😀', 'Ana'), cue(1000, 'Yo', 'Bo'), cue(2000, 'ok', 'Bo')]);
    expect(turns.map((t) => text.slice(t.start, t.end))).toEqual(['Hi 😀', 'Yo ok']);
  });
});
