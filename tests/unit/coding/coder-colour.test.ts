import { describe, expect, it } from 'vitest';
import { CALM_PALETTE, newCoderColour } from '../../../src/backend/coding/colours';

describe('newCoderColour', () => {
  it('gives the first palette colour when no coder has one', () => {
    expect(newCoderColour(['#3f7cac'])).toBe(CALM_PALETTE[0]);
  });

  it('skips the colours live coders have, in any letter case', () => {
    expect(newCoderColour([CALM_PALETTE[0].toUpperCase(), CALM_PALETTE[1]])).toBe(CALM_PALETTE[2]);
  });

  it('gives the colour fewest coders have once every palette colour is taken', () => {
    expect(newCoderColour([...CALM_PALETTE, ...CALM_PALETTE.filter((c) => c !== CALM_PALETTE[3])])).toBe(CALM_PALETTE[3]);
  });
});
