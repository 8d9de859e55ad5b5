import { describe, expect, it } from 'vitest';
import { detectTurns } from '../../../src/core/turns';

const slice = (text: string, t: { start: number; end: number }) => text.slice(t.start, t.end);

describe('detectTurns', () => {
  it('returns no turns for an empty text', () => {
    expect(detectTurns('')).toEqual([]);
  });

  it('opens one turn per labelled line with the speaker name', () => {
    const text = 'Interviewer: How did it start?\nP1: Slowly.';
    expect(detectTurns(text).map((t) => t.speaker)).toEqual(['Interviewer', 'P1']);
  });

  it('puts textStart after the label, the colon and the following spaces', () => {
    const text = 'Interviewer:   How did it start?';
    const [turn] = detectTurns(text);
    expect(text.slice(turn!.textStart, turn!.end)).toBe('How did it start?');
  });

  it('uses half-open ranges whose slices are the turns without trailing newlines', () => {
    const text = 'Interviewer: Hi.\n\nP1: Hello.\n';
    expect(detectTurns(text).map((t) => slice(text, t))).toEqual(['Interviewer: Hi.', 'P1: Hello.']);
  });

  it('accepts labels with titles, dots and spaces such as "Dr. Ana Costa"', () => {
    expect(detectTurns('Dr. Ana Costa: We met weekly.')[0]?.speaker).toBe('Dr. Ana Costa');
  });

  it('keeps a multi-paragraph answer in one turn until the next label', () => {
    const text = 'P1: First part.\n\nSecond part.\nInterviewer: Thanks.';
    const turns = detectTurns(text);
    expect(turns).toHaveLength(2);
    expect(slice(text, turns[0]!)).toBe('P1: First part.\n\nSecond part.');
  });

  it('splits a text without labels into paragraphs with a null speaker', () => {
    const text = 'First paragraph\nstill first.\n\nSecond paragraph.';
    const turns = detectTurns(text);
    expect(turns.map((t) => [slice(text, t), t.speaker, t.textStart === t.start])).toEqual([
      ['First paragraph\nstill first.', null, true],
      ['Second paragraph.', null, true],
    ]);
  });

  it('makes a header before the first label its own unlabelled turn', () => {
    const text = 'Interview 3, 12 May\n\nInterviewer: Hi.\nP1: Hi.';
    expect(detectTurns(text).map((t) => t.speaker)).toEqual([null, 'Interviewer', 'P1']);
  });

  it('does not take a URL or a clock time for a label', () => {
    const text = 'https://example.org is where\n10:30 we met';
    expect(detectTurns(text).every((t) => t.speaker === null)).toBe(true);
  });

  it('ignores a long sentence with a colon that is used only once', () => {
    const text = 'P1: I told them.\nSo what I said was: no way.\nInterviewer: Right.\nP1: Yes.';
    expect(detectTurns(text).map((t) => t.speaker)).toEqual(['P1', 'Interviewer', 'P1']);
  });

  it('counts offsets in UTF-16 units so an emoji takes two', () => {
    const text = 'P1: 😀 great\nP2: ok';
    expect(detectTurns(text)[1]?.start).toBe('P1: 😀 great\n'.length);
  });

  it('covers every non-whitespace character exactly once, in order', () => {
    const text = 'Head\n\nA: one\ntwo\n\nB: three\n\n  \nA: four';
    const turns = detectTurns(text);
    const covered = turns.map((t) => slice(text, t)).join('');
    expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    turns.slice(1).forEach((t, i) => expect(t.start).toBeGreaterThanOrEqual(turns[i]!.end));
  });

  it('leaves timestamps empty for plain-text transcripts', () => {
    expect(detectTurns('P1: hi')[0]).toMatchObject({ startMs: null, endMs: null });
  });
});
