import { describe, expect, it } from 'vitest';
import { listAllDocumentAttributes, listCases, listMemos, listSets } from '../../src/storage';
import { G } from '../fixtures/refi/qde-parts';
import { casesQdpx, setsQdpx } from '../fixtures/refi/exchange-fixtures';
import { importFixture } from './helpers/refi-import';

describe('REFI-QDA sets become sets of documents, codes and memos', () => {
  it('keeps MAXQDA document sets, ATLAS.ti document and code groups and a set holding a note, with their members', async () => {
    await importFixture(setsQdpx(), (store) => {
      expect(listSets(store.conn).map((s) => [s.name, s.description, s.documentIds, s.codeIds, s.memoIds])).toEqual([
        ['Wave 1', 'First round of interviews.', [G(100), G(101)], [], []],
        ['gender: female', '', [G(100)], [], []],
        ['gender: male', '', [G(101), G(102)], [], []],
        ['Key codes', '', [], [G(10), G(11)], []],
        ['For the paper', '', [G(102)], [], [G(90)]],
      ]);
    });
  });

  it('gives the documents of "variable: value" groups that attribute, and says so', async () => {
    await importFixture(setsQdpx(), (store, result) => {
      const attributes = listAllDocumentAttributes(store.conn);
      expect([G(100), G(101), G(102)].map((d) => attributes.get(d)?.['gender'])).toEqual(['female', 'male', 'male']);
      expect(result.report?.mapped).toContain(
        'Document groups "gender: female", "gender: male" are sets and also set the attribute "gender" on 3 documents, so the matrix can use it.',
      );
    });
  });

  it('reports what the sets held that was not imported, and what was kept', async () => {
    await importFixture(setsQdpx(), (_, result) => {
      expect(result.report?.kept).toContain('3 document sets, 1 code set, 1 mixed set.');
      expect(result.report?.skipped).toContain('Set "For the paper": 1 member not kept: the picture source "Whiteboard".');
    });
  });
});

describe('REFI-QDA cases become cases with their names, memos and values', () => {
  it('keeps every case with its values and links, the one linked to nothing too', async () => {
    await importFixture(casesQdpx(), (store) => {
      expect(listCases(store.conn).map((c) => [c.name, c.documentIds, c.segmentIds, c.values, c.memo])).toEqual([
        ['Anna', [G(100), G(101)], [], { gender: 'female', age: '34' }, 'Team lead, ten years at the firm.'],
        ['Ben', [G(101), G(102)], [], { gender: 'male' }, ''],
        ['Carla', [], [], { gender: 'female', age: '51' }, 'Declined a second interview.'],
        ['Speaker P2', [], [G(201)], {}, ''],
      ]);
    });
  });

  it('keeps a case memo as a memo on the case that goes back out as its description', async () => {
    await importFixture(casesQdpx(), (store) => {
      const memo = listMemos(store.conn).find((m) => m.targetKind === 'case' && m.targetId === G(70));
      expect(memo).toMatchObject({ bodyText: 'Team lead, ten years at the firm.', refiForm: 'description' });
    });
  });

  it('gives each document its cases’ values, the first case winning a conflict, and names both cases in the report', async () => {
    await importFixture(casesQdpx(), (store, result) => {
      const attributes = listAllDocumentAttributes(store.conn);
      expect([G(100), G(101), G(102)].map((d) => attributes.get(d))).toEqual([
        { gender: 'female', age: '34' },
        { gender: 'female', age: '34' },
        { gender: 'male' },
      ]);
      expect(result.report?.mapped).toContain(
        '"Interview B": gender is "female" in case "Anna" and "male" in case "Ben"; the document was given "female" (the first case); each case keeps its own value.',
      );
    });
  });

  it('reports the cases kept and a link to a source that was not imported', async () => {
    await importFixture(casesQdpx(), (_, result) => {
      expect(result.report?.kept).toContain('4 cases with 5 attribute values, 1 of them linked to no document.');
      expect(result.report?.skipped).toContain('Case "Speaker P2": 1 link not kept, to the PDF source "Annual report".');
    });
  });
});
