import { describe, expect, it } from 'vitest';
import { demoBackend, projectWithTexts } from './helpers/coding-backend';

describe('listQuotes', () => {
  it('returns the quotes of every concept beneath a dimension, each segment once', async () => {
    const { call, code } = await demoBackend();
    const dimension = code('Anticipatory containment');
    const quotes = await call('listQuotes', { codeId: dimension.id });
    expect(quotes).toHaveLength(dimension.segmentCount);
    expect(new Set(quotes.map((q) => q.segmentId)).size).toBe(quotes.length);
  });

  it('gives each code of a quote its Gioia path, speaker and coder', async () => {
    const { call, code } = await demoBackend();
    const [quote] = await call('listQuotes', { codeId: code('Written apology').id });
    expect(quote).toMatchObject({
      quote: 'a written apology with a credit',
      speaker: 'P1',
      coderName: 'Ben',
      documentName: 'P1 Lead',
      codePaths: [['Relational repair', 'Making amends', 'Written apology']],
    });
  });

  it('filters by coder', async () => {
    const { call } = await demoBackend();
    const ben = (await call('listCoders')).find((c) => c.name === 'Ben')!;
    const quotes = await call('listQuotes', { coderId: ben.id });
    expect(quotes.map((q) => q.quote)).toEqual(['a written apology with a credit', 'they told the truth']);
  });

  it('cuts context at word boundaries around the quote', async () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const text = `P1: ${words} QUOTE HERE ${words}\n`;
    const { call, ids } = await projectWithTexts({ Long: text });
    const start = text.indexOf('QUOTE HERE');
    await call('codeSelection', { documentId: ids.Long!, start, end: start + 10, newConcept: { name: 'Q' } });
    const [q] = await call('listQuotes', {});
    expect(q!.contextBefore.length).toBeLessThanOrEqual(160);
    expect(q!.contextBefore).toMatch(/^word\d+ /);
    expect(q!.contextAfter).toMatch(/ word\d+$/);
    expect(text.slice(start - q!.contextBefore.length, start)).toBe(q!.contextBefore);
  });

  it('reports an unknown code as not found', async () => {
    const { call } = await demoBackend();
    await expect(call('listQuotes', { codeId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
