import { describe, expect, it } from 'vitest';
import { exportRefi, importQdcInto } from '../../src/backend/exchange/exchange';
import { readQdpx } from '../../src/adapters/refi';
import {
  casesQdpx,
  codersQdpx,
  deepCodebookQdpx,
  descriptionsQdpx,
  missingPiecesQdpx,
  mixedUnitsQdpx,
  setsQdpx,
} from '../fixtures/refi/exchange-fixtures';
import { HAVE_XSD, qdeOf, XSD_SKIP_REASON, xsdProblems } from './helpers/refi';
import { importFixture, roundTrip } from './helpers/refi-import';
import { tempDir } from './helpers/temp';

const FIXTURES: Record<string, () => Uint8Array> = {
  'mixed position units': mixedUnitsQdpx,
  'a five-level codebook': deepCodebookQdpx,
  sets: setsQdpx,
  cases: casesQdpx,
  'descriptions, notes and links': descriptionsQdpx,
  'missing and nameless sources': missingPiecesQdpx,
  'an ATLAS.ti pseudo-user': codersQdpx,
};

describe('each fixture survives export → import → export unchanged', () => {
  for (const [what, bytes] of Object.entries(FIXTURES)) {
    it(`keeps ${what}: the same project (sets, cases, memos, relations, tree, active coder) and the same project.qde`, async () => {
      const trip = await roundTrip(bytes());
      expect(trip.second.snap).toEqual(trip.first.snap);
      expect(trip.secondQde).toBe(trip.firstQde);
    });
  }
});

describe.skipIf(!HAVE_XSD)(
  `exports of each fixture validate against Project.xsd${HAVE_XSD ? '' : ` (skipped: ${XSD_SKIP_REASON})`}`,
  () => {
    for (const [what, bytes] of Object.entries(FIXTURES)) {
      it(`writes a valid project.qde for ${what}`, async () => {
        await importFixture(bytes(), (store, _, dir) => {
          expect(xsdProblems(qdeOf(exportRefi(store, 'qdpx').bytes), 'Project.xsd', dir)).toBeNull();
        });
      });
    }
  },
);

describe('what the colleague sent comes back to them', () => {
  it('gives back the sets, cases, links and descriptions of the file, each under its own GUID', async () => {
    await importFixture(descriptionsQdpx(), async (store) => {
      const back = (await readQdpx(exportRefi(store, 'qdpx').bytes, 'back.qdpx')).project;
      expect(back.description).toBe('A study of outages.');
      expect(back.sources.map((s) => [s.guid, s.description])).toEqual([
        [expect.stringMatching(/100$/), 'Site manager, night shift.'],
        [expect.stringMatching(/101$/), ''],
      ]);
      const selection = back.sources[0]?.selections[0];
      expect(selection?.description).toBe('Said with a laugh.');
      expect(selection?.codings[0]?.noteGuids).toEqual([expect.stringMatching(/92$/)]);
      expect(back.links.map((l) => [l.guid.slice(-2), l.name, l.direction])).toEqual([
        ['85', 'causes', 'OneWay'],
        ['86', '', 'Associative'],
      ]);
    });
  });

  it('says at export what does not come back: the media, the graph and the link to the PDF', async () => {
    await importFixture(descriptionsQdpx(), (store) => {
      const skipped = exportRefi(store, 'qdpx').report.skipped.join('\n');
      expect(skipped).toMatch(/^Not in this file, as it did not come in from fixture\.qdpx either: PDF source "Annual report"/m);
      expect(skipped).toContain('Graph "Network 1"');
    });
  });

  it('gives back cases with their descriptions, values and links, and the one linked to nothing', async () => {
    await importFixture(casesQdpx(), async (store) => {
      const back = (await readQdpx(exportRefi(store, 'qdpx').bytes, 'back.qdpx')).project;
      const real = back.cases.filter((c) => c.name !== 'Interview A' && c.name !== 'Interview B' && c.name !== 'Interview C');
      expect(real.map((c) => [c.name, c.description, c.sourceGuids.length, c.selectionGuids.length, c.values.length])).toEqual([
        ['Anna', 'Team lead, ten years at the firm.', 2, 0, 2],
        ['Ben', '', 2, 0, 1],
        ['Carla', 'Declined a second interview.', 0, 0, 2],
        ['Speaker P2', '', 0, 1, 0],
      ]);
    });
  });

  it('writes the active coder as the modifying user and keeps the creating user', async () => {
    await importFixture(codersQdpx(), (store) => {
      const qde = qdeOf(exportRefi(store, 'qdpx').bytes);
      expect(qde).toMatch(/creatingUserGUID="00000000-0000-4000-8000-000000000002"/);
      expect(qde).toMatch(/modifyingUserGUID="00000000-0000-4000-8000-000000000002"/);
    });
  });
});

describe('.qdc codebooks in the namespaces tools wrote before the standard settled', () => {
  for (const ns of ['urn:QDA-XML:codebook:0:4', 'urn:QDA-XML:codebook:1:0']) {
    it(`reads ${ns} with its code groups and says which namespace it read`, async () => {
      await importFixture(codersQdpx(), async (store, _, dir) => {
        const { writeFileSync } = await import('node:fs');
        const { join } = await import('node:path');
        const { codebookQdc } = await import('../fixtures/refi/exchange-fixtures');
        const file = join(dir, 'book.qdc');
        writeFileSync(file, codebookQdc(ns));
        const result = await importQdcInto(store, file);
        expect(result.report?.mapped).toContain(`The file uses the namespace "${ns}"; it was read as urn:QDA-XML:codebook:1.0.`);
        expect(result.report?.kept).toContain('1 code set added.');
      });
    });
  }

  it('writes the standard namespace back', async () => {
    const dir = tempDir();
    expect(dir).not.toBe('');
    await importFixture(deepCodebookQdpx(), (store) => {
      expect(new TextDecoder().decode(exportRefi(store, 'qdc').bytes)).toContain('xmlns="urn:QDA-XML:codebook:1.0"');
    });
  });
});
