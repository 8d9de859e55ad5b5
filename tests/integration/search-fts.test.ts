import { describe, expect, it } from 'vitest';
import { projectWithTexts } from './helpers/coding-backend';

const A = 'Interviewer: What happened?\nP1: 😀😀 The outage hit at night. We rang every customer.\nP1: The OUTAGE was long.\n';
const B = 'P2: Nobody rang\nus at all.\n';

describe('searchText', () => {
  it('returns exact UTF-16 ranges of every match, case-insensitively, after emoji', async () => {
    const { call, ids } = await projectWithTexts({ A, B });
    const { hits, truncated } = await call('searchText', { query: 'outage' });
    expect(truncated).toBe(false);
    expect(hits.map((h) => [h.documentId, h.start, h.end, h.match])).toEqual([
      [ids.A, A.indexOf('outage'), A.indexOf('outage') + 6, 'outage'],
      [ids.A, A.indexOf('OUTAGE'), A.indexOf('OUTAGE') + 6, 'OUTAGE'],
    ]);
    expect(hits.every((h) => A.slice(h.start, h.end) === h.match)).toBe(true);
    expect(hits[0]).toMatchObject({ speaker: 'P1', documentName: 'A' });
  });

  it('matches a phrase that wraps across a line break', async () => {
    const { call, ids } = await projectWithTexts({ A, B });
    const { hits } = await call('searchText', { query: 'rang us' });
    expect(hits).toEqual([expect.objectContaining({ documentId: ids.B, match: 'rang\nus', start: B.indexOf('rang') })]);
  });

  it('treats FTS syntax in the query as plain words', async () => {
    const { call } = await projectWithTexts({ A: 'He said "NEAR(a b)" OR* twice.\n', B });
    expect((await call('searchText', { query: '"NEAR(a b)" OR*' })).hits.map((h) => h.match)).toEqual(['"NEAR(a b)" OR*']);
    expect((await call('searchText', { query: 'AND' })).hits).toEqual([]);
  });

  it('finds words shorter than three characters by scanning', async () => {
    const { call } = await projectWithTexts({ A, B });
    expect((await call('searchText', { query: 'p2' })).hits.map((h) => h.match)).toEqual(['P2']);
  });

  it('leaves deleted documents out of the results', async () => {
    const { call, path, ids } = await projectWithTexts({ A, B });
    await call('closeProject');
    const { ProjectStore, softDeleteDocument } = await import('../../src/storage');
    const store = await ProjectStore.open(path, { create: false });
    store.mutate({ coderId: null, action: 'delete-document', summary: 'Delete A' }, (tx) => softDeleteDocument(tx, ids.A!));
    store.close();
    await call('openProject', { path });
    expect((await call('searchText', { query: 'outage' })).hits).toEqual([]);
    expect((await call('searchText', { query: 'nobody' })).hits).toHaveLength(1);
  });

  it('finds the text of a document imported after the project was opened and stops at the limit', async () => {
    const { call } = await projectWithTexts({ A, B: 'rang rang rang rang\n' });
    const result = await call('searchText', { query: 'rang', limit: 3 });
    expect(result.hits).toHaveLength(3);
    expect(result.truncated).toBe(true);
  });

  it('finds words anywhere in a long transcript indexed in parts, a phrase across a part boundary included', async () => {
    const filler = 'and then we waited. '.repeat(3276); // 65,520 characters: "boundary" straddles the first part's end
    const long = `P1: archipelago first.\n${filler}boundary crossing\n${'more words here. '.repeat(8000)}P1: zeppelin last.\n`;
    const { call, ids } = await projectWithTexts({ long, B });
    expect((await call('searchText', { query: 'boundary' })).hits.map((h) => h.start)).toEqual([long.indexOf('boundary')]);
    const both = await call('searchText', { query: 'archipelago' });
    expect(both.hits.map((h) => h.documentId)).toEqual([ids.long]);
    expect((await call('searchText', { query: 'zeppelin' })).hits).toHaveLength(1);
    expect((await call('searchText', { query: 'boundary crossing' })).hits.map((h) => h.match)).toEqual(['boundary crossing']);
  });
});
