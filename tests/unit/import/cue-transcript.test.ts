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

  it('joins cues without a speaker into one turn while they follow each other closely', () => {
    expect(assembleCues([cue(0, 'One'), cue(1000, 'Two')]).text).toBe('One Two');
  });

  it('starts a new turn of unnamed cues after a pause of two seconds', () => {
    expect(assembleCues([cue(0, 'One'), cue(3000, 'Two')]).turns).toHaveLength(2);
  });

  it('starts a new turn of unnamed cues after a cue with an unknown time', () => {
    const broken: Cue = { startMs: null, endMs: null, voice: null, text: 'Two' };
    expect(assembleCues([cue(0, 'One'), broken, cue(1000, 'Three')]).turns).toHaveLength(3);
  });

  it('treats the cues of a refused speaker as unnamed', () => {
    const { turns } = assembleCues([cue(0, 'Hi', 'Ana'), cue(1000, 'there', 'Bo')], (name) => name !== 'Bo');
    expect(turns.map((t) => t.speaker)).toEqual(['Ana', null]);
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
