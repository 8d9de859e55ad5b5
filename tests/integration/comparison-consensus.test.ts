import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoProject } from '../../src/backend';
import { computeProjectAgreement } from '../../src/backend/comparison/agreement';
import { resolveDisagreement } from '../../src/backend/comparison/consensus';
import { listDisagreements } from '../../src/backend/comparison/disagreements';
import type { CoderId } from '../../src/core/ids';
import { agreementParams } from '../../src/shared/features/comparison-contract';
import type { Resolution } from '../../src/shared/features/comparison-types';
import { code, codingKeys, twoCoderProject, withStore } from './helpers/comparison';
import { REAL_RESOURCES } from './helpers/fixtures';
import { tempDir } from './helpers/temp';

/** Ana codes K on [10, 30), Ben on [20, 40): one disagreement with overlap [20, 30). */
async function oneDisagreement() {
  const p = await twoCoderProject(tempDir());
  await withStore(p.path, (s) => {
    code(s, p.ana, p.documentId, 10, 30, [p.k]);
    code(s, p.ben, p.documentId, 20, 40, [p.k]);
  });
  return p;
}

function consensusRanges(keys: string[]): string[] {
  return keys.filter((k) => k.startsWith('Consensus|')).map((k) => k.split('|')[2] ?? '');
}

describe('disagreements and consensus', () => {
  it('lists the two coders’ segments side by side with their overlap', async () => {
    const p = await oneDisagreement();
    const list = await withStore(p.path, (s) =>
      listDisagreements(s, { coderA: p.ana, coderB: p.ben, codeId: p.k, unit: 'segment', overlap: 0.9 }),
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ start: 10, end: 40, overlap: [{ start: 20, end: 30 }], consensus: [] });
    expect(list[0]?.a.map((s) => [s.start, s.end])).toEqual([[10, 30]]);
    expect(list[0]?.b.map((s) => [s.start, s.end])).toEqual([[20, 40]]);
    // 10 shared characters of 30 covered together.
    expect(list[0]?.overlapRatio).toBeCloseTo(1 / 3, 10);
  });

  it('does not list a passage the coders agree on under the chosen threshold', async () => {
    const p = await oneDisagreement();
    const list = await withStore(p.path, (s) =>
      listDisagreements(s, { coderA: p.ana, coderB: p.ben, codeId: p.k, unit: 'segment', overlap: 0.3 }),
    );
    expect(list).toEqual([]);
  });

  const cases: Array<[Resolution, string[]]> = [
    [{ kind: 'acceptA' }, ['10-30']],
    [{ kind: 'acceptB' }, ['20-40']],
    [{ kind: 'union' }, ['10-40']],
    [{ kind: 'intersection' }, ['20-30']],
    [{ kind: 'edit', start: 12, end: 35 }, ['12-35']],
  ];
  it.each(cases)('writes the consensus segment for %o', async (resolution, expected) => {
    const p = await oneDisagreement();
    await withStore(p.path, (s) => {
      resolveDisagreement(s, { coderA: p.ana, coderB: p.ben, codeId: p.k, documentId: p.documentId, start: 10, end: 40, resolution });
      expect(consensusRanges(codingKeys(s, p.documentId))).toEqual(expected);
      expect(s.listCoders().find((c) => c.kind === 'consensus')?.name).toBe('Consensus');
    });
  });

  it('creates the consensus coder and its segment in one event, and a second resolution replaces the first', async () => {
    const p = await oneDisagreement();
    await withStore(p.path, (s) => {
      const params = { coderA: p.ana, coderB: p.ben, codeId: p.k, documentId: p.documentId, start: 10, end: 40 };
      const before = s.listEvents().length;
      resolveDisagreement(s, { ...params, resolution: { kind: 'acceptA' } });
      expect(s.listEvents().length).toBe(before + 1);
      const tables = new Set(
        s
          .listEvents()
          .at(-1)
          ?.changes.map((c) => c.table),
      );
      expect(tables).toEqual(new Set(['coders', 'segments', 'segment_codes']));
      resolveDisagreement(s, { ...params, resolution: { kind: 'acceptB' } });
      expect(consensusRanges(codingKeys(s, p.documentId))).toEqual(['20-40']);
      expect(s.listCoders().filter((c) => c.kind === 'consensus')).toHaveLength(1);
      // The resolved passage now shows the consensus coder's coding in the list.
      const list = listDisagreements(s, { coderA: p.ana, coderB: p.ben, codeId: p.k, unit: 'segment', overlap: 0.9 });
      expect(list[0]?.consensus).toEqual([{ start: 20, end: 40 }]);
    });
  });

  it('compares the demo study on every document either coder coded, saying why the rest were left out', async () => {
    const path = join(tempDir(), 'demo.gioia');
    await writeDemoProject(path, REAL_RESOURCES, { appVersion: 'test' });
    await withStore(path, (s) => {
      const [ana, ben] = s.listCoders();
      const result = computeProjectAgreement(s, agreementParams.parse({ coderIds: [ana?.id as CoderId, ben?.id as CoderId] }));
      // Ana coded all four interviews and Ben only 01 and 03 (resources/demo/project.json): where Ben
      // coded nothing, he disagrees with every coding of Ana's, which is what a reader of κ must see.
      expect(result.documents.map((d) => d.name.slice(0, 2))).toEqual(['P1', 'P2', 'P3', 'P4']);
      expect(result.excludedDocuments).toEqual([]);
      expect(result.parameters.documentScope).toBe('coded-by-any');
    });
  });
});
