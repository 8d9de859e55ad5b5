import { describe, expect, it } from 'vitest';
import { projectWithTexts } from './helpers/coding-backend';

// Three interviews. The concept "Calling customers ahead" is coded on one sentence of A; the other
// sentences about phoning customers before they call (marked ★ below) are the passages to find.
const A = [
  'Interviewer: What did you do when the outage began?',
  'Lead: We phoned every vulnerable customer before they could phone us, so nobody was left waiting.',
  'Lead: The canteen was closed that week, which annoyed the whole team more than the storm did.',
  'Lead: ★ The next morning we phoned the vulnerable customers again before they rang the hotline.',
].join('\n');
const B = [
  'Interviewer: How did the billing change afterwards?',
  'Agent: The invoices went out late because the billing system was frozen for a fortnight.',
  'Agent: ★ My supervisor asked us to call customers first, before they called us, and that calmed people.',
  'Agent: The weather was awful, rain and wind all night long, and the roads were flooded.',
].join('\n');
const C = [
  'Interviewer: Tell me about the repair crews.',
  'Technician: Our crews worked double shifts and the spare parts arrived from the north depot.',
  'Technician: ★ Dispatch phoned each vulnerable household before the household could phone the company.',
  'Technician: Lunch was sandwiches in the van, every single day of that month.',
].join('\n');

async function study() {
  const ctx = await projectWithTexts({ A, B, C });
  const codedSentence = A.indexOf('We phoned every');
  const r = await ctx.call('codeSelection', {
    documentId: ctx.ids.A!,
    start: codedSentence,
    end: A.indexOf('\n', codedSentence),
    newConcept: { name: 'Calling customers ahead' },
  });
  return { ...ctx, conceptId: r.createdCodes[0]!.id };
}

const starred = (text: string) => text.startsWith('★');

describe('passages like these', () => {
  it('ranks the known similar passages in the top five, and no coded one', async () => {
    const { call, conceptId } = await study();
    const r = await call('suggestPassages', { codeId: conceptId, limit: 5 });
    expect(
      r.suggestions
        .filter((s) => starred(s.text))
        .map((s) => s.documentName)
        .sort(),
    ).toEqual(['A', 'B', 'C']);
    expect(r.suggestions.some((s) => s.text.includes('We phoned every'))).toBe(false);
  });

  it('ranks the similar passages above every unrelated one', async () => {
    const { call, conceptId } = await study();
    const r = await call('suggestPassages', { codeId: conceptId, limit: 20 });
    expect(r.suggestions.slice(0, 3).every((s) => starred(s.text))).toBe(true);
  });

  it('shows the words that matched, as written', async () => {
    const { call, conceptId } = await study();
    const b = (await call('suggestPassages', { codeId: conceptId, limit: 5 })).suggestions.find((s) => s.documentName === 'B')!;
    expect(b.matches.find((m) => m.term === 'customer')?.words).toEqual(['customers']);
  });

  it('never returns a dismissed passage, and the dismissal is one undo step', async () => {
    const { call, conceptId } = await study();
    const first = (await call('suggestPassages', { codeId: conceptId, limit: 5 })).suggestions[0]!;
    await call('dismissSuggestion', { codeId: conceptId, documentId: first.documentId, start: first.start, end: first.end });
    const after = await call('suggestPassages', { codeId: conceptId, limit: 50 });
    expect([after.suggestions.some((s) => s.start === first.start && s.documentId === first.documentId), after.dismissed]).toEqual([
      false,
      1,
    ]);
    await call('undo');
    expect((await call('suggestPassages', { codeId: conceptId, limit: 1 })).suggestions[0]?.start).toBe(first.start);
  });

  it('stops suggesting a passage once it is coded with the concept', async () => {
    const { call, conceptId } = await study();
    const first = (await call('suggestPassages', { codeId: conceptId, limit: 5 })).suggestions[0]!;
    await call('codeSelection', { documentId: first.documentId, start: first.start, end: first.end, codeIds: [conceptId] });
    const after = await call('suggestPassages', { codeId: conceptId, limit: 50 });
    expect(after.suggestions.some((s) => s.documentId === first.documentId && s.start === first.start)).toBe(false);
  });

  it('refuses a theme, naming it', async () => {
    const { call } = await study();
    const theme = await call('createCode', { level: 'theme', name: 'Anticipation' });
    await expect(call('suggestPassages', { codeId: theme.id })).rejects.toThrow('“Anticipation” is a theme');
  });
});
