import { describe, expect, it } from 'vitest';
import { exportRefi } from '../../src/backend/exchange/exchange';
import { readQdpx } from '../../src/adapters/refi';
import { moveCode, updateCode } from '../../src/backend/coding/codebook-ops';
import type { CodeId } from '../../src/core/ids';
import { exchangeCodes, exchangeSegments, type ExchangeCode } from '../../src/storage';
import { G } from '../fixtures/refi/qde-parts';
import { deepCodebookQdpx } from '../fixtures/refi/exchange-fixtures';
import { importFixture } from './helpers/refi-import';
import { outline } from './helpers/refi';

/** A fixture code's id as the use cases take it. */
const code = (n: number) => G(n) as CodeId;

/** The fixture's tree as a partner tool shows it. */
const SENT = [
  {
    guid: G(11),
    name: 'Service recovery',
    codable: true,
    children: [
      {
        guid: G(12),
        name: 'Repair work',
        codable: true,
        children: [
          {
            guid: G(13),
            name: 'Reaching out',
            codable: true,
            children: [
              {
                guid: G(14),
                name: 'Direct contact',
                codable: true,
                children: [{ guid: G(15), name: 'Calling back', codable: true, children: [] }],
              },
            ],
          },
        ],
      },
      { guid: G(16), name: 'Apologising', codable: true, children: [] },
    ],
  },
  {
    guid: G(17),
    name: 'Silence',
    codable: false,
    children: [
      { guid: G(18), name: 'Waiting', codable: true, children: [] },
      { guid: G(19), name: 'Not told', codable: true, children: [] },
    ],
  },
  { guid: G(20), name: 'Open code', codable: true, children: [] },
];

async function treeOf(bytes: Uint8Array) {
  return outline((await readQdpx(bytes, 'export.qdpx')).project.codes);
}

describe('a five-level NVivo codebook comes back to its owner as it was sent', () => {
  it('maps the tree onto the Gioia levels: themes under their nearest dimension, concepts under their nearest theme', async () => {
    await importFixture(deepCodebookQdpx(), (store) => {
      const byId = new Map<string, ExchangeCode>(exchangeCodes(store.conn).map((c) => [c.id, c] as const));
      const at = (n: number) => {
        const c = byId.get(G(n));
        return [c?.level, c?.parentId ?? null, c?.name];
      };
      expect(at(11)).toEqual(['dimension', null, 'Service recovery']);
      expect(at(12)).toEqual(['theme', G(11), 'Repair work']);
      expect(at(13)).toEqual(['theme', G(11), 'Reaching out']);
      expect(at(14)).toEqual(['theme', G(11), 'Direct contact']);
      expect(at(15)).toEqual(['concept', G(14), 'Calling back']);
      expect(at(16)).toEqual(['concept', null, 'Apologising']);
      expect(at(17)).toEqual(['theme', null, 'Silence']);
      expect(at(18)).toEqual(['concept', G(17), 'Waiting']);
      expect(at(20)).toEqual(['concept', null, 'Open code']);
      expect(
        exchangeSegments(store.conn)
          .map((s) => s.quote)
          .sort(),
      ).toEqual(['We phoned', 'We waited for news', 'every customer back', 'the manager apologised', 'told us anything'].sort());
    });
  });

  it('says at import how the tree was mapped and that it is kept for export', async () => {
    await importFixture(deepCodebookQdpx(), (_, result) => {
      expect(result.report?.mapped).toEqual(
        expect.arrayContaining([
          '2 codes were nested more than three levels deep: in the Gioia view they are 2nd-order themes directly under their dimension.',
          '1 code directly under a dimension became ungrouped 1st-order concepts (a concept belongs under a theme).',
          "3 of 10 codes sit elsewhere in the Gioia view than in the file's tree; every code keeps its name, its place in the file's tree and whether it was codable (1 was a folder), and an export gives that tree back.",
        ]),
      );
    });
  });

  it('exports the same tree, names and codability the file came with', async () => {
    await importFixture(deepCodebookQdpx(), async (store) => {
      expect(await treeOf(exportRefi(store, 'qdpx').bytes)).toEqual(SENT);
    });
  });

  it('tells at export that nothing in the tree differs from what was sent', async () => {
    await importFixture(deepCodebookQdpx(), (store) => {
      expect(exportRefi(store, 'qdpx').report.kept).toContain('10 codes of the tree the project came with, each where and as it was.');
    });
  });

  it('exports a code renamed or moved in the Gioia view where it is now, and says so', async () => {
    await importFixture(deepCodebookQdpx(), async (store) => {
      updateCode(store, { codeId: code(16), name: 'Saying sorry' });
      moveCode(store, { codeId: code(16), parentId: code(12) });
      const file = exportRefi(store, 'qdpx');
      const tree = await treeOf(file.bytes);
      const repair = (tree[0] as { children: Array<{ children: Array<{ name: string }> }> }).children[0];
      expect(repair?.children.map((c) => c.name)).toEqual(['Reaching out', 'Saying sorry']);
      expect(file.report.mapped).toEqual(
        expect.arrayContaining([
          '1 code renamed here: "Apologising" is now "Saying sorry".',
          '1 code moved here: "Saying sorry" from under "Service recovery" to under "Repair work".',
        ]),
      );
    });
  });
});
