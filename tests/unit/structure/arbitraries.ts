import fc from 'fast-check';
import type { StructureCodeInput } from '../../../src/core/structure';
import { code } from './fixtures';

const LONG_WORDS = [
  'Donaudampfschifffahrtsgesellschaftskapitänsmütze',
  'https://example.org/a/very/long/path/without/spaces',
  'Supercalifragilisticexpialidocious',
];
const EMOJI = ['😀', '👩‍👩‍👧', '🇳🇱', '👍🏽', '顧客', 'é'];

/** Code names as researchers write them, plus the awkward ones: long words, emoji, CJK, markup. */
export const nameArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom('the', 'customer', 'calls', 'ahead', '"we', 'fix"', '<b>&', 'it'),
        fc.constantFrom(...LONG_WORDS),
        fc.constantFrom(...EMOJI),
      ),
      { maxLength: 14 },
    )
    .map((w) => w.join(' ')),
);

/** A random codebook: 0–3 dimensions, 0–6 themes each, 0–8 concepts each, plus a few ungrouped codes. */
export const codebookArb: fc.Arbitrary<StructureCodeInput[]> = fc
  .record({
    dimensions: fc.array(
      fc.record({
        name: nameArb,
        themes: fc.array(fc.record({ name: nameArb, concepts: fc.array(nameArb, { maxLength: 8 }) }), { maxLength: 6 }),
      }),
      { maxLength: 3 },
    ),
    looseThemes: fc.array(fc.record({ name: nameArb, concepts: fc.array(nameArb, { maxLength: 3 }) }), { maxLength: 2 }),
    looseConcepts: fc.array(nameArb, { maxLength: 3 }),
  })
  .map(({ dimensions, looseThemes, looseConcepts }) => {
    const codes: StructureCodeInput[] = [];
    const theme = (tid: string, parent: string | null, t: { name: string; concepts: string[] }, ti: number) => {
      codes.push(code(tid, 'theme', parent, t.name, ti));
      t.concepts.forEach((c, ci) => codes.push(code(`${tid}c${ci}`, 'concept', tid, c, ci)));
    };
    dimensions.forEach((d, di) => {
      codes.push(code(`d${di}`, 'dimension', null, d.name, di, '#5b8dbe'));
      d.themes.forEach((t, ti) => theme(`d${di}t${ti}`, `d${di}`, t, ti));
    });
    looseThemes.forEach((t, ti) => theme(`lt${ti}`, null, t, ti));
    looseConcepts.forEach((c, ci) => codes.push(code(`lc${ci}`, 'concept', null, c, ci)));
    return codes;
  });

export const layoutOptionsArb = fc.record({
  width: fc.integer({ min: 480, max: 1600 }),
  fontSize: fc.integer({ min: 10, max: 16 }),
  showCounts: fc.boolean(),
  connector: fc.constantFrom('bracket' as const, 'lines' as const),
});
