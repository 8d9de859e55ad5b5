import { describe, expect, it } from 'vitest';
import type { CodeId, DocumentId } from '../../../src/core/ids';
import {
  computeSaturation,
  saturationCsv,
  saturationSvg,
  SATURATION_DEFINITION,
  type SaturationDocument,
} from '../../../src/core/saturation';

const doc = (name: string, position: number, key: string | number | null = null): SaturationDocument => ({
  id: name as DocumentId,
  name,
  position,
  key,
});
const coded = (document: string, ...codes: string[]) => codes.map((c) => ({ documentId: document as DocumentId, codeId: c as CodeId }));
const concept = (id: string, themeId: string | null = null) => ({ id: id as CodeId, name: id, themeId: themeId as CodeId | null });
const themes = [{ id: 'T1' as CodeId, name: 'T1' }];
const concepts = [concept('a', 'T1'), concept('b', 'T1'), concept('c'), concept('d')];

describe('saturation', () => {
  // By hand: D1 {a,b} → 2, D2 {a} → 0 new, D3 {c} → 1, D4 {b} → 0: cumulative 2, 2, 3, 3.
  const codings = [...coded('D1', 'a', 'b'), ...coded('D2', 'a'), ...coded('D3', 'c', 'a'), ...coded('D4', 'b')];

  it('counts new concepts per document and cumulatively in import order', () => {
    const s = computeSaturation([doc('D1', 0), doc('D2', 1), doc('D3', 2), doc('D4', 3)], codings, concepts, themes);
    expect(s.overall.steps.map((x) => [x.name, x.newConcepts.length, x.cumulative])).toEqual([
      ['D1', 2, 2],
      ['D2', 0, 2],
      ['D3', 1, 3],
      ['D4', 0, 3],
    ]);
  });

  it('puts the saturation point at the last document that added a concept, with the count of those after it', () => {
    const s = computeSaturation([doc('D1', 0), doc('D2', 1), doc('D3', 2), doc('D4', 3)], codings, concepts, themes);
    expect([s.overall.lastNewIndex, s.overall.documentsSinceLastNew]).toEqual([2, 1]);
  });

  it('breaks ties in the order by import order', () => {
    // Keys: D3 and D1 tie on 2020, D2 is earlier; so D2, D1, D3, then D4 whose key is missing.
    const docs = [doc('D1', 0, '2020'), doc('D2', 1, '2019'), doc('D3', 2, '2020'), doc('D4', 3, null)];
    const s = computeSaturation(docs, codings, concepts, themes);
    expect(s.overall.steps.map((x) => [x.name, x.newConcepts.map((c) => c.name).join(''), x.cumulative])).toEqual([
      ['D2', 'a', 1],
      ['D1', 'b', 2],
      ['D3', 'c', 3],
      ['D4', '', 3],
    ]);
  });

  it('orders numeric keys as numbers', () => {
    const s = computeSaturation([doc('D1', 0, 10), doc('D2', 1, 9)], [...coded('D1', 'a'), ...coded('D2', 'b')], concepts, themes);
    expect(s.overall.steps.map((x) => x.name)).toEqual(['D2', 'D1']);
  });

  it('draws a curve per theme and one for ungrouped concepts', () => {
    const s = computeSaturation([doc('D1', 0), doc('D2', 1), doc('D3', 2), doc('D4', 3)], codings, concepts, themes);
    expect(s.themes.map((t) => [t.theme?.name ?? null, t.curve.steps.map((x) => x.cumulative)])).toEqual([
      ['T1', [2, 2, 2, 2]],
      [null, [0, 0, 1, 1]],
    ]);
  });

  it('leaves out documents with no coding and ignores codings of codes that are not concepts', () => {
    const s = computeSaturation([doc('D1', 0), doc('Empty', 1)], [...coded('D1', 'a'), ...coded('Empty', 'T1')], concepts, themes);
    expect([s.overall.steps.map((x) => x.name), s.leftOut]).toEqual([['D1'], ['Empty']]);
  });

  it('says nothing saturated when no document added a concept', () => {
    const s = computeSaturation([doc('D1', 0)], [], concepts, themes);
    expect([s.overall.lastNewIndex, s.overall.total, s.overall.steps]).toEqual([null, 0, []]);
  });

  it('writes the definition into the CSV under a row per document', () => {
    const s = computeSaturation([doc('D1', 0), doc('D2', 1)], [...coded('D1', 'a'), ...coded('D2', 'a')], concepts, themes);
    const lines = saturationCsv(s, SATURATION_DEFINITION).trim().split('\r\n');
    expect([lines[1], lines[2], lines.at(-1)?.startsWith('definition,')]).toEqual(['1,D1,,1,1,a,1,1,0,0', '2,D2,,0,1,,0,1,0,0', true]);
  });

  it('marks the saturation point in the chart only when documents follow it', () => {
    const docs = [doc('D1', 0), doc('D2', 1)];
    const after = saturationSvg(computeSaturation(docs, [...coded('D1', 'a'), ...coded('D2', 'a')], concepts, themes), 'S').svg;
    const none = saturationSvg(computeSaturation(docs, [...coded('D1', 'a'), ...coded('D2', 'b')], concepts, themes), 'S').svg;
    expect([after.includes('saturation-point'), none.includes('saturation-point')]).toEqual([true, false]);
  });
});
