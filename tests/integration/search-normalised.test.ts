import { describe, expect, it } from 'vitest';
import { projectWithTexts } from './helpers/coding-backend';

const A =
  "Interviewer: Why didn’t it work?\nP1: The café – it was “closed” at night. We didn't know.\nInterviewer: And the e-mail?\nP1: Nobody read the e\u2011mail.\n";
const B = 'Interviewer: Cafe\u0301 or office?\nP2: The cafe, always. I didn’t mind.\n';

const matches = async (texts: Record<string, string>, query: string, more: Record<string, unknown> = {}) => {
  const { call } = await projectWithTexts(texts);
  return (await call('searchText', { query, ...more })).hits.map((h) => h.match);
};

describe('search that finds what was typed', () => {
  it('finds a straight apostrophe as a curly one and the other way round', async () => {
    expect(await matches({ A, B }, "didn't")).toEqual(['didn’t', "didn't", 'didn’t']);
  });

  it('finds words without their diacritics, composed or decomposed', async () => {
    expect(await matches({ A, B }, 'cafe')).toEqual(['café', 'Cafe\u0301', 'cafe']);
  });

  it('finds straight quotation marks as curly ones', async () => {
    expect(await matches({ A, B }, '"closed"')).toEqual(['“closed”']);
  });

  it('finds a hyphen as any dash', async () => {
    expect(await matches({ A, B }, 'e-mail')).toEqual(['e-mail', 'e\u2011mail']);
  });

  it('compares the characters as typed when exact', async () => {
    expect(await matches({ A, B }, 'didn’t', { exact: true })).toEqual(['didn’t', 'didn’t']);
  });

  it('keeps exact ranges of a decomposed match', async () => {
    const { call } = await projectWithTexts({ B });
    const [hit] = (await call('searchText', { query: 'café or' })).hits;
    expect([hit?.start, hit?.end]).toEqual([B.indexOf('Cafe'), B.indexOf('Cafe') + 'Cafe\u0301 or'.length]);
  });

  it('filters by document', async () => {
    const { call, ids } = await projectWithTexts({ A, B });
    const { hits } = await call('searchText', { query: 'didn’t', documentIds: [ids.B!] });
    expect(hits.map((h) => h.documentName)).toEqual(['B']);
  });

  it('filters by speaker', async () => {
    expect(await matches({ A, B }, 'cafe', { speakers: ['P2'] })).toEqual(['cafe']);
  });

  it('filters by attribute value', async () => {
    const { call, ids } = await projectWithTexts({ A, B });
    await call('setDocumentAttribute', { documentId: ids.A!, name: 'Firm', value: 'North' });
    const { hits } = await call('searchText', { query: 'cafe', attributes: [{ name: 'Firm', values: ['North'] }] });
    expect(hits.map((h) => h.documentName)).toEqual(['A']);
  });

  it('filters by code: only hits inside a coding of it', async () => {
    const { call, ids } = await projectWithTexts({ A, B });
    const start = B.indexOf('The cafe');
    const { segment } = await call('codeSelection', {
      documentId: ids.B!,
      start,
      end: start + 'The cafe, always'.length,
      newConcept: { name: 'Place' },
    });
    expect((await call('searchText', { query: 'cafe', codeIds: [...segment.codeIds] })).hits.map((h) => h.match)).toEqual(['cafe']);
  });
});

describe('coding the hits of a search', () => {
  it('codes every hit with a new concept in one step, one undo removing them all', async () => {
    const { call } = await projectWithTexts({ A, B });
    const result = await call('codeSearchHits', { query: 'cafe', conceptName: 'Cafés' });
    const quotes = async () => (await call('listQuotes', { codeId: result.createdCode!.id })).map((q) => q.quote);
    const before = await quotes();
    await call('undo', {});
    expect([result.coded, before, (await call('listCodes', {})).some((c) => c.name === 'Cafés')]).toEqual([
      3,
      ['café', 'Cafe\u0301', 'cafe'],
      false,
    ]);
  });

  it('codes the chosen hits only, as their sentences', async () => {
    const { call } = await projectWithTexts({ A, B });
    const { hits } = await call('searchText', { query: 'mail' });
    const result = await call('codeSearchHits', {
      query: 'mail',
      hits: [{ documentId: hits[1]!.documentId, start: hits[1]!.start, end: hits[1]!.end }],
      conceptName: 'E-mail',
      extent: 'sentence',
    });
    const quotes = (await call('listQuotes', { codeId: result.createdCode!.id })).map((q) => q.quote);
    expect(quotes).toEqual(['Nobody read the e\u2011mail.']);
  });

  it('codes each hit’s whole turn, and counts hits already coded', async () => {
    const { call } = await projectWithTexts({ A, B });
    const first = await call('codeSearchHits', { query: 'didn’t', conceptName: 'Not knowing', extent: 'turn' });
    const again = await call('codeSearchHits', { query: 'didn’t', codeId: first.createdCode!.id, extent: 'turn' });
    expect([first.coded, again.coded, again.alreadyCoded]).toEqual([3, 0, 3]);
  });
});
