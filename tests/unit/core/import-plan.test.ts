import { describe, expect, it } from 'vitest';
import { planCueImport, planTextImport } from '../../../src/core/import-plan';
import { ORAL_HISTORY } from '../../fixtures/transcripts/make-corpus';

const words = (plan: ReturnType<typeof planTextImport>, i: number): string => plan.text.slice(plan.turns[i]!.textStart, plan.turns[i]!.end);

describe('planning a text import', () => {
  it('suggests the header block at the top and turns its key: value lines into attributes', () => {
    const plan = planTextImport({ text: 'DATE: 2024-03-01\nPLACE: Porto\n\nAna: Hello.\nBo: Hi.' });
    expect([plan.suggestedHeaderLines, plan.attributes]).toEqual([2, { Date: '2024-03-01', Place: 'Porto' }]);
  });

  it('takes no header when the first lines are turns', () => {
    expect(planTextImport({ text: 'Interviewer: Hello.\nP1: Hi.\nInterviewer: Date: tomorrow?' }).suggestedHeaderLines).toBe(0);
  });

  it('treats the header lines as text when the choice says there is no header', () => {
    const plan = planTextImport({ text: 'DATE: 2024-03-01\n\nAna: Hello.\nBo: Hi.\nAna: Bye.\nBo: Bye.' }, { headerLines: 0 });
    expect([plan.attributes, plan.turns[0]?.speaker, plan.labels.find((l) => l.speaker === 'DATE')?.suggested]).toEqual([{}, null, false]);
  });

  it('does not suggest a metadata key as a speaker', () => {
    const labels = planTextImport({ text: 'Ana: Hello.\nLocation: the depot\nBo: Hi.\nAna: So.' }, { headerLines: 0 }).labels;
    expect(labels.find((l) => l.speaker === 'Location')).toMatchObject({ suggested: false, why: 'a metadata key' });
  });

  it('does not suggest a bracket that starts a line inside a sentence', () => {
    const text = 'REYES: My father taught chemistry, and\n[Wallace Hume] Carothers said so.\n\nSMITH: Really?\nREYES: Yes.';
    expect(planTextImport({ text }).labels.find((l) => l.speaker === 'Wallace Hume')?.suggested).toBe(false);
  });

  it('does not suggest a once-used bracket in a transcript whose speakers use colons', () => {
    const text = 'SMITH: Where?\n\nREYES: Iowa.\n\n[Editor] Added later.\n\nSMITH: When?\n\nREYES: 1921.';
    expect(planTextImport({ text }).labels.find((l) => l.speaker === 'Editor')).toMatchObject({ suggested: false });
  });

  it('makes a refused label text of the turn before it', () => {
    const plan = planTextImport({ text: 'Ana: I said\nWell: fine.\nBo: Ok.' }, { speakers: { Well: false } });
    expect([plan.turns.map((t) => t.speaker), words(plan, 0)]).toEqual([['Ana', 'Bo'], 'I said\nWell: fine.']);
  });

  it('makes a label a speaker when chosen, even against the suggestion', () => {
    const text = 'SMITH: Where?\n\nREYES: Iowa, and\n[Editor] added this.\n\nSMITH: When?\n\nREYES: 1921.';
    expect(planTextImport({ text }, { speakers: { Editor: true } }).turns.map((t) => t.speaker)).toContain('Editor');
  });

  it('suggests joining a hard-wrapped transcript and joins its lines with single spaces', () => {
    const plan = planTextImport({ text: ORAL_HISTORY });
    expect([plan.hardWrapped, plan.choices.joinLines, words(plan, 1)]).toEqual([
      true,
      true,
      'Let us begin with your background. Where were you born, and what did your father do for a living in those years before the war?',
    ]);
  });

  it('keeps hard line breaks when told not to join them', () => {
    const plan = planTextImport({ text: ORAL_HISTORY }, { joinLines: false });
    expect(plan.text).toBe(ORAL_HISTORY);
  });

  it('does not take a transcript of short one-sentence lines for a hard-wrapped one', () => {
    expect(
      planTextImport({ text: 'Ana: Hi.\nBo: Hello there.\nAna: How are you?\nBo: Fine.\nAna: Good.\nBo: Yes.\nAna: Ok.' }).hardWrapped,
    ).toBe(false);
  });

  it('joins a word hyphenated across a line break without a space, keeping the hyphen', () => {
    const plan = planTextImport({ text: 'Ana: a well-\nknown place\n\nBo: ok' }, { joinLines: true });
    expect(words(plan, 0)).toBe('a well-known place');
  });

  it('never joins the line under a label that stands alone', () => {
    const plan = planTextImport({ text: '[Interviewer]\nHow did it start?\n[P1]\nSlowly.' }, { joinLines: true });
    expect(plan.text).toBe('[Interviewer]\nHow did it start?\n[P1]\nSlowly.');
  });

  it('suggests interviewer and informant roles from the labels', () => {
    expect(planTextImport({ text: 'INT: Why?\nRESP: Because.\nINT: Ok.' }).choices.roles).toEqual({
      INT: 'interviewer',
      RESP: 'informant',
    });
  });

  it('applies a chosen role and clears one chosen as none', () => {
    const roles = planTextImport({ text: 'INT: Why?\nRESP: Because.\nINT: Ok.' }, { roles: { RESP: 'interviewer', INT: null } }).choices
      .roles;
    expect(roles).toEqual({ RESP: 'interviewer' });
  });

  it('records the choices as applied: speakers, refused labels, header, joining', () => {
    const { choices } = planTextImport({ text: 'DATE: 1985\n\nAna: Hi.\nBo: Hello.' }, { speakers: { Bo: false } });
    expect(choices).toEqual({ speakers: ['Ana'], notSpeakers: ['Bo'], headerLines: 1, joinLines: false, roles: {} });
  });

  it('maps page starts to offsets of the joined text', () => {
    const plan = planTextImport({
      text: 'Ana: one two\nthree\nBo: four',
      pageStarts: [
        { page: 1, line: 0 },
        { page: 2, line: 2 },
      ],
      wrappedByLayout: true,
    });
    expect(plan.pages.map((p) => plan.text.slice(p.start, p.end))).toEqual(['Ana: one two three', 'Bo: four']);
  });
});

describe('planning a cue import', () => {
  it('offers the voices as speakers and turns a refused one into unnamed cues', () => {
    const cues = [
      { startMs: 0, endMs: 1000, voice: 'Ana', text: 'Hi.' },
      { startMs: 1000, endMs: 2000, voice: 'Music', text: 'la la' },
    ];
    const plan = planCueImport(cues, { speakers: { Music: false } });
    expect([plan.labels.map((l) => l.speaker), plan.turns.map((t) => t.speaker)]).toEqual([
      ['Ana', 'Music'],
      ['Ana', null],
    ]);
  });
});
